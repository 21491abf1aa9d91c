// Reading a scenario: text in, a checked scenario (or every problem, each with file, line and path)
// out. Runs the same in the browser and in Node; it never throws, never prints, and never runs
// anything from the file as code.
import { contentHash } from './contentHash';
import { checkConditionSizes } from './conditionSize';
import { checkCrossReferences } from './crossRefs';
import { FILE_PATH, renderPath, type Problem, type ScenarioError } from './errors';
import { guardStructure } from './guard';
import { MAX_ERRORS } from './limits';
import { Locator } from './locate';
import type { Parsed } from './parsed';
import { parseJson } from './parseJson';
import { parseYaml } from './parseYaml';
import { checkRawText, stripByteOrderMark } from './rawText';
import { scenarioSchema, type Scenario } from './schema';
import { plainMessages, SchemaIssueReader } from './schemaIssues';

export type LoadResult = { ok: true; scenario: Scenario; hash: string } | { ok: false; errors: ScenarioError[] };

const PARSERS: Record<string, (text: string) => Parsed> = {
  yaml: parseYaml,
  yml: parseYaml,
  json: parseJson,
};

export function loadScenario(text: string, fileName: string): LoadResult {
  try {
    return load(stripByteOrderMark(text), fileName);
  } catch (e) {
    // A bug of ours, not the teacher's: still one readable line, never a stack trace.
    const message = `internal error while reading the scenario (${e instanceof Error ? e.message : String(e)}); please report it`;
    return { ok: false, errors: [{ file: fileName, path: FILE_PATH, message }] };
  }
}

function load(text: string, fileName: string): LoadResult {
  const extension = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  const parse = PARSERS[extension];
  if (!parse) return fail(fileName, new Locator(''), [{ path: [], message: 'a scenario file name ends in .yaml, .yml or .json' }]);

  const raw = checkRawText(text);
  if (raw) return fail(fileName, new Locator(text), [raw]);

  const parsed = parse(text);
  const locator = new Locator(text, parsed.doc);
  if (parsed.problems.length > 0) return fail(fileName, locator, parsed.problems);

  const structural = guardStructure(parsed.value);
  if (structural.length > 0) return fail(fileName, locator, structural);

  // A game record given where a scenario belongs would otherwise give dozens of missing fields.
  if (/^pivot-east-record\/\d+$/.test(String((parsed.value as { format?: unknown }).format))) {
    return fail(fileName, locator, [{ path: ['format'], message: 'this file is a game record, not a scenario: replay it (cli replay, or "Replay a game record" on the start screen)' }]);
  }

  const checked = scenarioSchema.safeParse(parsed.value, { error: plainMessages });
  if (!checked.success) {
    return fail(fileName, locator, new SchemaIssueReader(scenarioSchema, parsed.value).read(checked.error.issues).problems);
  }

  const oversized = checkConditionSizes(checked.data);
  if (oversized.length > 0) return fail(fileName, locator, oversized);

  const references = checkCrossReferences(checked.data, (path) => locator.atPath(path)?.line);
  if (references.length > 0) return fail(fileName, locator, references);

  return { ok: true, scenario: checked.data, hash: contentHash(checked.data) };
}

/** Problems placed in the file, in the order of their lines, duplicates dropped, at most MAX_ERRORS. */
function fail(file: string, locator: Locator, problems: readonly Problem[]): LoadResult {
  const seen = new Set<string>();
  const errors: ScenarioError[] = [];
  for (const p of problems) {
    const position = p.offset !== undefined ? locator.atOffset(p.offset) : locator.atPath(p.path);
    const error: ScenarioError = { file, ...position, path: renderPath(p.path), message: p.message };
    const key = `${error.line}:${error.path}:${error.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    errors.push(error);
  }
  errors.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  if (errors.length > MAX_ERRORS) {
    const more = errors.length - MAX_ERRORS;
    errors.length = MAX_ERRORS;
    errors.push({ file, path: FILE_PATH, message: `${more} more error${more === 1 ? '' : 's'} not shown; fix these first` });
  }
  return { ok: false, errors };
}
