// The class view in the page: the students' record files read as text, parsed as records, their
// scenario loaded (shipped, or a scenario file loaded in this visit), then compared. A file that
// cannot be read or is not a record is listed with the refused ones; only "nothing to compare" fails.
import { compareRecords, scenarioIdsOf, type ClassComparison, type ClassRecord } from '../classView';
import { parseRecord, type GameRecord } from '../record';
import { readTextFile } from './files';
import type { LoadedScenario } from './game';

/** More files than a class has; beyond this the page would stall replaying them. */
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
  if (files.length > MAX_CLASS_FILES) return { ok: false, title: `${files.length} files are too many`, errors: [`Choose at most ${MAX_CLASS_FILES} record files at once.`] };
  const records: ClassRecord[] = [];
  const unreadable: { name: string; reason: string }[] = [];
  const seen = new Map<string, number>();
  for (const file of files) {
    // Two files of one name (from two folders) stay two students.
    const times = (seen.get(file.name) ?? 0) + 1;
    seen.set(file.name, times);
    const name = times === 1 ? file.name : `${file.name} (${times})`;
    const read = await readTextFile(file);
    const parsed = read.ok ? parseRecord(read.text) : { ok: false as const, error: read.reason };
    if (parsed.ok) records.push({ name, record: parsed.record });
    else unreadable.push({ name, reason: parsed.error });
  }
  if (records.length === 0) {
    return { ok: false, title: `None of the ${files.length === 1 ? 'file' : `${files.length} files`} is a game record`, errors: unreadable.map((u) => `${u.name}: ${u.reason}`) };
  }
  // A class plays one scenario: the one most records name, else the next that can be loaded.
  const problems: string[] = [];
  for (const { id } of scenarioIdsOf(records)) {
    const loaded = await scenarioFor(id);
    if (loaded?.ok) {
      const comparison = compareRecords(records, loaded.scenario.index, unreadable);
      return { ok: true, data: { comparison, scenario: loaded.scenario, records: new Map(records.map((r) => [r.name, r.record])) } };
    }
    const title = records.find((r) => r.record.scenario.id === id)!.record.scenario.title;
    problems.push(
      loaded === null
        ? `The records are of the scenario “${title}” (${id}), which is not shipped with the game: load its scenario file first, then the records.`
        : `The scenario “${id}” cannot be loaded: ${loaded.errors[0] ?? ''}`,
    );
  }
  return { ok: false, title: 'The records cannot be checked', errors: problems };
}
