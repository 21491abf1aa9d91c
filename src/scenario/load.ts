// Reading a scenario: text in, a checked scenario (or every problem, each with file, line and path)
// out. Runs the same in the browser and in Node; it never throws, never prints, and never runs
// anything from the file as code.
import { contentHash } from './contentHash';
import { checkConditionSizes } from './conditionSize';
import { commentsInText } from './commentInText';
import { checkCrossReferences } from './crossRefs';
import { conditionReach } from './conditionReach';
import { checkDeadParts } from './deadParts';
import { checkEndingReach } from './endingReach';
import { checkGroupWord } from './groupWord';
import { checkHiddenCharacters } from './hiddenCharacters';
import { checkForeignInSentence } from './foreignInSentence';
import { checkHtmlInText } from './htmlInText';
import { checkUnusedFlags } from './unusedFlags';
import { checkWrittenTwice } from './writtenTwice';
import { FILE_PATH, renderPath, type Path, type Problem, type ScenarioError } from './errors';
import { guardStructure } from './guard';
import { MAX_ERRORS } from './limits';
import { Locator } from './locate';
import type { Parsed } from './parsed';
import { parseJson } from './parseJson';
import { parseYaml } from './parseYaml';
import { plainCopy } from './plainCopy';
import { checkRawText, stripByteOrderMark } from './rawText';
import { scenarioSchema, type Scenario } from './schema';
import { plural } from './plural';
import { plainMessages, SchemaIssueReader } from './schemaIssues';
import { writtenBetween } from './writtenBetween';
import { explainMissing, swallowedFields } from './swallowedFields';
import { colonsInListItems } from './colonInListItem';

/**
 * `warnings`: what a valid file holds that can never come into play (deadParts.ts), endings never
 * reached and an early ending that holds from the start (endingReach.ts), texts a
 * comment cut short (commentInText.ts), `group: russia` where the player is someone else
 * (groupWord.ts), an `inSentence` in a scenario not in English (foreignInSentence.ts), flags named but never used (unusedFlags.ts) and a trigger or a flag's name
 * written twice (writtenTwice.ts), at their lines.
 * `unread`: no text could be read at all (a missing file, a folder, one too big, a name that does
 * not end in .yaml, .yml or .json), as opposed to a file that is not a valid scenario.
 */
export type LoadResult = { ok: true; scenario: Scenario; hash: string; warnings: ScenarioError[] } | { ok: false; errors: ScenarioError[]; unread?: boolean };

const PARSERS: Record<string, (text: string) => Parsed> = {
  yaml: parseYaml,
  yml: parseYaml,
  json: parseJson,
};

/**
 * What else to hold a scenario to, once it is valid: `validate` holds a file shipped in scenarios/ to
 * the sources' facts (checkShippedSources), which the browser never loads.
 */
export interface LoadOptions {
  alsoCheck?: (scenario: Scenario, text: string) => Problem[];
}

export function loadScenario(text: string, fileName: string, options: LoadOptions = {}): LoadResult {
  try {
    const read = stripByteOrderMark(text);
    return atOffsetsOf(load(read, fileName, options), text.length - read.length);
  } catch (e) {
    // A bug of ours, not the teacher's: still one readable line, never a stack trace.
    const message = `internal error while reading the scenario (${e instanceof Error ? e.message : String(e)}); please report it`;
    return { ok: false, errors: [{ file: fileName, path: FILE_PATH, message }] };
  }
}

/** The result with its fixes' offsets in the text as given, byte-order mark included (`shift` characters before the read text). */
function atOffsetsOf(result: LoadResult, shift: number): LoadResult {
  if (shift === 0) return result;
  const moved = (e: ScenarioError): ScenarioError => (e.fix ? { ...e, fix: { ...e.fix, from: e.fix.from + shift, to: e.fix.to + shift } } : e);
  return result.ok ? { ...result, warnings: result.warnings.map(moved) } : { ...result, errors: result.errors.map(moved) };
}

function load(text: string, fileName: string, options: LoadOptions): LoadResult {
  const extension = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  const parse = PARSERS[extension];
  // Not read as a scenario at all, like a missing file: the command names the wrong file.
  if (!parse) return { ok: false, errors: placed(fileName, new Locator(''), [{ path: [], message: 'a scenario file name ends in .yaml, .yml or .json' }]), unread: true };

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

  const lineOf = (path: Path) => locator.atPath(path)?.line;
  // Fields indented into the multi-line text above them: mistakes even when the file fits the schema.
  const swallowed = parsed.doc ? swallowedFields(parsed.doc, text, parsed.value, scenarioSchema) : [];
  const checked = scenarioSchema.safeParse(parsed.value, { error: plainMessages });
  if (!checked.success) {
    // Every mistake in one run: the references too, wherever the parts that hold them can be read.
    const written = parsed.doc && writtenBetween(parsed.doc, text);
    const reader = new SchemaIssueReader(scenarioSchema, parsed.value, parse === parseYaml, written).read(checked.error.issues);
    const read = reader.problems;
    // A list item read as a mapping because of a ": " in its text: one message instead of the schema's.
    const colons = parsed.doc ? colonsInListItems(parsed.doc, text) : [];
    const schemaProblems = [...explainMissing(withoutInside(read, colons), swallowed), ...swallowed, ...colons];
    // Conditions too large to walk are reported as such, and the references are not walked.
    const tooLarge = checkConditionSizes(parsed.value as Scenario);
    if (tooLarge.length > 0) return fail(fileName, locator, [...schemaProblems, ...tooLarge]);
    // What a mapping whose field the schema's reading wrote out lacks ("give add or set") is that field: said once.
    const references = withoutInside(checkCrossReferences(parsed.value, lineOf).filter((p) => !reader.mended(p.path)), schemaProblems);
    return fail(fileName, locator, [...schemaProblems, ...references]);
  }

  const oversized = checkConditionSizes(checked.data);
  if (oversized.length > 0) return fail(fileName, locator, [...swallowed, ...oversized]);

  const references = checkCrossReferences(checked.data, lineOf);
  if (references.length > 0 || swallowed.length > 0) return fail(fileName, locator, [...swallowed, ...references]);

  const more = options.alsoCheck?.(checked.data, text) ?? [];
  if (more.length > 0) return fail(fileName, locator, more);

  // Every id exists: what can never come into play, and a text a comment cut short, are worth a warning.
  const hash = contentHash(checked.data);
  // What each condition can reach over a game: read by two of the warnings, worked out once.
  const anyTime = conditionReach(checked.data);
  const warnings = [
    ...checkDeadParts(checked.data, anyTime),
    ...checkEndingReach(checked.data, hash, lineOf, anyTime),
    ...checkGroupWord(checked.data),
    ...checkForeignInSentence(checked.data),
    ...checkUnusedFlags(checked.data),
    ...checkWrittenTwice(checked.data, lineOf),
    ...checkHtmlInText(checked.data),
    ...checkHiddenCharacters(checked.data),
    ...(parsed.doc ? commentsInText(parsed.doc, text) : []),
  ];
  return { ok: true, scenario: plainCopy(checked.data), hash, warnings: placed(fileName, locator, warnings, 'warning') };
}

/**
 * The problems that do not lie at or inside a part that `explained` already speaks of (a list item
 * that is not a mapping, a field of the wrong type): that part was read as empty, so what a later
 * check says of it would only repeat the earlier point, or mislead. Each path's prefixes are looked
 * up in a set, so this takes time linear in the number of problems.
 */
function withoutInside(problems: readonly Problem[], explained: readonly Problem[]): Problem[] {
  const parts = new Set(explained.filter((p) => p.path.length > 0).map((p) => JSON.stringify(p.path)));
  if (parts.size === 0) return [...problems];
  return problems.filter((p) => !p.path.some((_, i) => parts.has(JSON.stringify(p.path.slice(0, i + 1)))));
}

function fail(file: string, locator: Locator, problems: readonly Problem[]): LoadResult {
  return { ok: false, errors: placed(file, locator, problems) };
}

/** Problems placed in the file, in the order of their lines, duplicates dropped, at most MAX_ERRORS. */
function placed(file: string, locator: Locator, problems: readonly Problem[], kind: 'error' | 'warning' = 'error'): ScenarioError[] {
  const seen = new Set<string>();
  const errors: ScenarioError[] = [];
  for (const p of problems) {
    const position = p.offset !== undefined ? locator.atOffset(p.offset) : locator.atPath(p.path);
    const error: ScenarioError = { file, ...position, path: renderPath(p.path), message: p.message, ...(p.fix && { fix: p.fix }) };
    const key = `${error.line}:${error.path}:${error.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    errors.push(error);
  }
  errors.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  if (errors.length > MAX_ERRORS) {
    const more = errors.length - MAX_ERRORS;
    errors.length = MAX_ERRORS;
    errors.push({ file, path: FILE_PATH, message: `${plural(more, `more ${kind}`)} not shown${kind === 'error' ? '; fix these first' : ''}` });
  }
  return errors;
}
