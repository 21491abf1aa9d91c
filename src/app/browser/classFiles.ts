// The class view in the page: the students' record files read as text, parsed as records, their
// scenario loaded (shipped, or a scenario file loaded in this visit), then compared. Every file left
// out (unreadable, too large, not a record, another scenario, tampered, beyond the first 300) is
// listed with its reason, also when nothing can be compared.
import { compareNames, compareRecords, scenarioIdsOf, type ClassComparison, type ClassRecord } from '../classView';
import { recordRowName } from '../playerName';
import { parseRecord, type GameRecord } from '../record';
import { recordReadReason } from '../recordFileWords';
import { readTextFile } from './files';
import type { LoadedScenario } from './game';

/** More files than a class has; beyond this the page would stall replaying them, so the rest are left out. */
export const MAX_CLASS_FILES = 300;

export interface ClassData {
  comparison: ClassComparison;
  scenario: LoadedScenario;
  /** Each student's record, by the name the comparison gives it. */
  records: ReadonlyMap<string, GameRecord>;
}

/**
 * Loads a scenario by id the way a single record's replay does: null when it is neither shipped nor
 * loaded from a file in this visit.
 */
export type ScenarioFor = (id: string) => Promise<{ ok: true; scenario: LoadedScenario } | { ok: false; errors: string[] } | null>;

export type ClassFilesResult = { ok: true; data: ClassData } | { ok: false; title: string; errors: string[] };

export async function compareClassFiles(files: readonly File[], scenarioFor: ScenarioFor): Promise<ClassFilesResult> {
  if (files.length === 0) return { ok: false, title: 'No file was chosen', errors: ['Choose the students’ game record files (.json), several at once.'] };
  const records: ClassRecord[] = [];
  // Every file not compared, with why: it is listed whether or not a comparison can be made.
  const leftOut: { name: string; reason: string }[] = [];
  const seen = new Map<string, number>();
  // Two files of one name (from two folders) stay two students.
  const unique = (name: string) => {
    const times = (seen.get(name) ?? 0) + 1;
    seen.set(name, times);
    return times === 1 ? name : `${name} (${times})`;
  };
  for (const [i, file] of files.entries()) {
    if (i >= MAX_CLASS_FILES) {
      leftOut.push({ name: unique(file.name), reason: `not read: at most ${MAX_CLASS_FILES} files are compared at once` });
      continue;
    }
    const read = await readTextFile(file);
    const parsed = read.ok ? parseRecord(read.text) : { ok: false as const, error: recordReadReason(read) };
    // "Anna Petrova (pivot-east-…-turn-10.json)": the name the student put on it, then whose file it is.
    if (parsed.ok) records.push({ name: unique(recordRowName(file.name, parsed.record)), record: parsed.record });
    else leftOut.push({ name: unique(file.name), reason: parsed.error });
  }
  const lines = (list: readonly { name: string; reason: string }[]) => list.map((u) => `${u.name}: ${u.reason}`);
  if (records.length === 0) {
    return { ok: false, title: `None of the ${files.length === 1 ? 'file' : `${files.length} files`} is a game record`, errors: lines(leftOut) };
  }
  // A class plays one scenario: the one most records name, else the next that can be loaded.
  const problems: string[] = [];
  for (const { id } of scenarioIdsOf(records)) {
    const loaded = await scenarioFor(id);
    if (loaded?.ok) {
      const comparison = compareRecords(records, loaded.scenario.index, leftOut);
      return { ok: true, data: { comparison, scenario: loaded.scenario, records: new Map(records.map((r) => [r.name, r.record])) } };
    }
    const title = records.find((r) => r.record.scenario.id === id)!.record.scenario.title;
    problems.push(
      loaded === null
        ? `The records are of the scenario “${title}” (${id}), which is not shipped with the game: choose its scenario file with the records.`
        : `The scenario “${id}” cannot be loaded: ${loaded.errors[0] ?? ''}`,
    );
  }
  // No scenario could be loaded: still every file, with why it was not compared.
  const unchecked = records.map((r) => ({ name: r.name, reason: `not checked: its scenario “${r.record.scenario.title}” (${r.record.scenario.id}) cannot be loaded` }));
  const everyFile = [...unchecked, ...leftOut].sort((a, b) => compareNames(a.name, b.name));
  return { ok: false, title: 'The records cannot be checked', errors: [...problems, ...lines(everyFile)] };
}
