// `validate FILE…`: loads each scenario and reports every problem as `file:line: path: message`.
import { booleanArg, stringArg } from '../args';
import { EXIT, printJson, PROGRAM, type Command } from '../command';
import type { CliIo } from '../io';
import { FILE_PATH, formatError, type ScenarioError } from '../../scenario/errors';
import { plural } from '../../scenario/plural';
import { checkShippedSources } from '../../scenario/sourceFacts';
import { loadScenarioFile, readSourceFacts, shippedSourcesFor, type SourceFactsOnFile } from '../scenarios';

export type ValidateResult =
  | { file: string; ok: true; id: string; title: string; turns: number; hash: string; warnings: ScenarioError[] }
  | { file: string; ok: false; errors: ScenarioError[]; unread: boolean };

/**
 * `facts`: the sources' facts to hold every file to (`--sources`, a teacher's own texts); without
 * them, a file shipped in a scenarios folder is held to that folder's sources.json.
 */
export async function validateFiles(files: readonly string[], cwd: string, facts?: SourceFactsOnFile): Promise<ValidateResult[]> {
  const results: ValidateResult[] = [];
  for (const file of files) {
    const shipped = facts ?? (await shippedSourcesFor(file, cwd));
    if (shipped !== null && 'error' in shipped) {
      results.push({ file, ok: false, errors: [{ file, path: FILE_PATH, message: shipped.error }], unread: false });
      continue;
    }
    const loaded = await loadScenarioFile(file, cwd, shipped === null ? {} : { alsoCheck: (scenario, text) => checkShippedSources(scenario, text, shipped.sources, shipped.file) });
    results.push(
      loaded.ok
        ? { file, ok: true, id: loaded.scenario.id, title: loaded.scenario.title, turns: loaded.scenario.calendar.turns, hash: loaded.hash, warnings: loaded.warnings }
        : { file, ok: false, errors: loaded.errors, unread: loaded.unread === true },
    );
  }
  return results;
}

/**
 * The lines to print: valid files on standard output, one line per error on standard error, and
 * a valid file's warnings (what can never come into play, a text a comment cut short) on standard error too, marked so.
 */
export function formatValidation(results: readonly ValidateResult[]): { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  for (const r of results) {
    if (r.ok) {
      const warned = r.warnings.length > 0 ? `; ${plural(r.warnings.length, 'warning')}` : '';
      out.push(`${r.file}: valid (scenario "${r.id}", ${r.turns} turns, hash ${r.hash}${warned})`);
      err.push(...r.warnings.map((w) => formatError({ ...w, message: `warning: ${w.message}` })));
    } else err.push(...r.errors.map(formatError));
  }
  const bad = results.filter((r) => !r.ok);
  if (bad.length > 0) {
    const count = bad.reduce((n, r) => n + (r.ok ? 0 : r.errors.length), 0);
    err.push(`${plural(count, 'problem')} in ${bad.length} of ${plural(results.length, 'file')}`);
  }
  return { out, err };
}

export const validateCommand: Command = {
  name: 'validate',
  summary: 'check scenario files and name every mistake with its line',
  help: `Usage: ${PROGRAM} validate FILE... [--json]

Checks one or more scenario files (.yaml, .yml or .json). A valid file prints
  FILE: valid (scenario "ID", N turns, hash H)
Each problem prints one line, FILE:LINE: PATH: MESSAGE, for example
  scenarios/mine.yaml:42: options[3].target: no actor "japn" (did you mean "japan"?)

A file in the folder scenarios/ of the current folder or of the project, when a
sources.json is beside it, is shipped with the project: its sources must be
documents of that sources.json, with the same references, its citations'
paragraphs must exist and its figures in billions ("N billion", "N milliards",
…) be its sources' (what the project's tests check). A file anywhere else (another folder named scenarios
too) is not checked against any sources.json.

A valid file may have warnings, one line each, FILE:LINE: PATH: warning: MESSAGE:
parts that can never come into play (a condition no game can meet, a flag no
effect sets, an option nothing opens) and texts a # cut short (a # after a
space starts a comment). The game plays such a file all the same.

Options:
  --sources FACTS.json
           hold every file to the facts of these sources instead, as a
           shipped scenario is held: each source it lists must be there with
           the same reference, each cited paragraph must exist, each figure
           in billions be one of its sources'. Make FACTS.json from your own
           texts with npm run sources -- FOLDER --facts FACTS.json, and fill
           in the references it leaves blank
  --json   print one JSON list: [{file, ok, id, turns, hash, warnings} or
           {file, ok, errors, unread}]; a problem whose mend is mechanical
           carries it as fix: {label, from, to, expect, insert}, offsets in
           the decoded text (any byte-order mark left out), in UTF-16 code
           units as JavaScript counts them

Exit code: 0 when every file is valid (with or without warnings); 1 when one
is not; 2 when a file cannot be read at all (missing, a folder, too big, or
not named .yaml, .yml or .json).

Examples:
  ${PROGRAM} validate scenarios/*.yaml
  ${PROGRAM} validate my-scenario.yaml --sources my-sources.json`,
  options: { json: { type: 'boolean' }, sources: { type: 'string' } },
  positionals: { min: 1, max: 1000 },
  async run(args, io: CliIo) {
    const factsFile = stringArg(args, 'sources');
    const facts = factsFile === undefined ? undefined : await readSourceFacts(factsFile, io.cwd);
    // A facts file named on the command line that cannot be read is a mistake in the command line.
    if (facts === null || (facts !== undefined && 'error' in facts)) {
      io.err(facts === null ? `--sources ${factsFile}: no such file; make it from your texts with npm run sources -- FOLDER --facts ${factsFile}` : `--sources: ${facts.error}`);
      return EXIT.usage;
    }
    const results = await validateFiles(args.positionals, io.cwd, facts);
    if (booleanArg(args, 'json')) printJson(io, results);
    else {
      const { out, err } = formatValidation(results);
      out.forEach((line) => io.out(line));
      err.forEach((line) => io.err(line));
    }
    if (results.some((r) => !r.ok && r.unread)) return EXIT.usage;
    return results.every((r) => r.ok) ? EXIT.ok : EXIT.failed;
  },
};
