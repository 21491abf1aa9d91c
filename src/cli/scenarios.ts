// Finding and loading scenario files for the commands: by file name, or by scenario id among the
// files in scenarios/ (the folder under the current directory, then the project's own).
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { indexScenario, type ScenarioIndex } from '../engine';
import { EXIT } from './command';
import { decodeText } from '../scenario/decodeText';
import { FILE_PATH, formatError } from '../scenario/errors';
import { ID_PATTERN } from '../scenario/idPattern';
import { MAX_FILE_BYTES } from '../scenario/limits';
import type { LoadOptions, LoadResult } from '../scenario/load';
import { sourceFactsFileSchema, type SourceFacts } from '../scenario/sourceFacts';
import { readScenarioFile } from '../scenario/readScenarioFile';
import type { Scenario } from '../scenario/schema';

export interface LoadedScenario {
  /** The file name as shown to the user. */
  file: string;
  scenario: Scenario;
  hash: string;
  index: ScenarioIndex;
}

/** `unread`: the file could not be read at all (a mistake in the command line: exit 2), as opposed to one that is not a valid scenario. */
export type ScenarioLoad = { ok: true; loaded: LoadedScenario } | { ok: false; errors: string[]; unread: boolean };

/** What went wrong with a scenario that did not load, for a command's first line: "the scenario …". */
export const whatFailed = (load: { unread: boolean }): string => (load.unread ? 'cannot be read' : 'is not valid');

/** The exit code for a scenario that did not load: a mistake in the command line when it cannot be read, else a failed check. */
export const failedScenarioExit = (load: { unread: boolean }): number => (load.unread ? EXIT.usage : EXIT.failed);

/** The project's own scenarios folder, wherever the command is run from. */
export const PROJECT_SCENARIOS = fileURLToPath(new URL('../../scenarios/', import.meta.url));

const SCENARIO_FILE = /\.(ya?ml|json)$/i;
const SOURCE_FACTS_NAME = 'sources.json';

/** A scenario file by its name: .yaml, .yml or .json, but not the data kept beside the scenarios
 *  (the JSON Schema, and sources.json: the facts of the source texts the citations are checked against). */
export function isScenarioFileName(name: string): boolean {
  return SCENARIO_FILE.test(name) && !name.endsWith('.schema.json') && name !== SOURCE_FACTS_NAME;
}

/** The sources' facts a scenario is held to, read from `file` (named in messages). */
export type SourceFactsOnFile = { file: string; sources: SourceFacts[] };

/**
 * The sources' facts a file in a scenarios folder is held to (`validate`: the project's tests hold
 * a shipped scenario to them), read from that folder's sources.json; null for a file elsewhere.
 * A facts file that cannot be read is said as the scenario's problem.
 */
export async function shippedSourcesFor(file: string, cwd: string): Promise<SourceFactsOnFile | { error: string } | null> {
  const path = resolve(cwd, file);
  const folder = scenarioFolders(cwd).find((f) => resolve(f, basename(path)) === path);
  if (folder === undefined) return null;
  return readSourceFacts(join(folder, SOURCE_FACTS_NAME), cwd);
}

/**
 * The facts in the file at `path` (`npm run sources` writes it); null when there is no such file,
 * an error in words when it is no facts file of this version.
 */
export async function readSourceFacts(path: string, cwd: string): Promise<SourceFactsOnFile | { error: string } | null> {
  const shown = displayPath(resolve(cwd, path), cwd);
  let text: string;
  try {
    text = await readFile(resolve(cwd, path), 'utf8');
  } catch {
    return null; // none there (beside a scenario: a folder of the teacher's own, not the project's)
  }
  try {
    return { file: shown, sources: sourceFactsFileSchema.parse(JSON.parse(text)).sources };
  } catch (e) {
    return { error: `${shown} cannot be read, so the citations cannot be checked against it (${e instanceof SyntaxError ? e.message : 'not a sources file of this version'}); rewrite it with npm run sources -- FOLDER` };
  }
}

/** Loads one scenario file; `file` is shown in messages as written, read relative to `cwd`. */
export async function loadScenarioFile(file: string, cwd: string, options: LoadOptions = {}): Promise<LoadResult> {
  // readScenarioFile looks before it reads: a missing file, a folder or a device (/dev/zero) is refused in its own words.
  const result = await readScenarioFile(resolve(cwd, file), options);
  // Messages name the file as the user wrote it.
  if (result.ok) return { ...result, warnings: result.warnings.map((e) => ({ ...e, file })) };
  return { ...result, errors: result.errors.map((e) => ({ ...e, file })) };
}

/** Loads a scenario and indexes it for the engine, or gives one line per error. */
export async function openScenario(file: string, cwd: string): Promise<ScenarioLoad> {
  const result = await loadScenarioFile(file, cwd);
  if (!result.ok) return { ok: false, errors: result.errors.map(formatError), unread: result.unread === true };
  return { ok: true, loaded: { file, scenario: result.scenario, hash: result.hash, index: indexScenario(result.scenario, result.hash) } };
}

/** The folders searched for scenarios by id, in order, each once. */
export function scenarioFolders(cwd: string): string[] {
  const folders = [resolve(cwd, 'scenarios'), resolve(PROJECT_SCENARIOS)];
  return folders.filter((f, i) => folders.indexOf(f) === i);
}

/** A path for messages: relative to the current folder when inside it. */
export function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

/** Every scenario file in the folders, sorted by name. */
export async function scenarioFiles(cwd: string): Promise<string[]> {
  const files: string[] = [];
  for (const folder of scenarioFolders(cwd)) {
    let names: string[];
    try {
      names = await readdir(folder);
    } catch {
      continue; // no such folder here
    }
    for (const name of names.sort()) {
      if (isScenarioFileName(name)) files.push(displayPath(join(folder, name), cwd));
    }
  }
  return files;
}

/** The scenario files whose id is `id`; the first whose content hash is `hash`, if given, comes first. */
export async function findScenarioById(id: string, cwd: string, hash?: string): Promise<{ found: LoadedScenario[]; searched: string[] }> {
  const found: LoadedScenario[] = [];
  for (const file of await scenarioFiles(cwd)) {
    // Loading a scenario takes a while (a large YAML file, most of a second when cold): first
    // skip the files that do not even contain the id.
    if (!(await mentions(resolve(cwd, file), id))) continue;
    const opened = await openScenario(file, cwd);
    if (opened.ok && opened.loaded.scenario.id === id) found.push(opened.loaded);
  }
  if (hash !== undefined) found.sort((a, b) => Number(b.hash === hash) - Number(a.hash === hash));
  return { found, searched: scenarioFolders(cwd).map((f) => displayPath(f, cwd) + sep) };
}

/**
 * What `--scenario` names: a file, or else (a bare word such as `tutorial`) the id of a scenario
 * in scenarios/.
 */
export async function resolveScenario(arg: string, cwd: string): Promise<ScenarioLoad> {
  const looksLikeId = ID_PATTERN.test(arg);
  if (looksLikeId && !(await exists(resolve(cwd, arg)))) {
    const { found, searched } = await findScenarioById(arg, cwd);
    if (found[0]) return { ok: true, loaded: found[0] };
    return { ok: false, errors: [`${arg}: ${FILE_PATH}: no such file, and no scenario with the id "${arg}" in ${searched.join(' or ')}`], unread: true };
  }
  return openScenario(arg, cwd);
}

async function mentions(path: string, text: string): Promise<boolean> {
  try {
    const info = await stat(path);
    if (!info.isFile() || info.size > MAX_FILE_BYTES) return false;
    const decoded = decodeText(await readFile(path)); // a UTF-16 scenario is found too
    return decoded.ok && decoded.text.includes(text);
  } catch {
    return false;
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
