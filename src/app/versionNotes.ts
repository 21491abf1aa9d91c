// The games of a comparison made with another version of the scenario (each verified all the
// same), said once for the files of each version, for the class view and `compare`: "anna.json and
// ben.json: made with another version of this scenario (…); each replays exactly the same …".
import type { StudentGame } from './classView';
import { namesList } from './namesList';
import { scenarioVersionNote } from './replay';

export function versionNotes(students: readonly Pick<StudentGame, 'name' | 'scenarioVersionChanged'>[]): string[] {
  const byVersion = new Map<string, { names: string[]; change: NonNullable<StudentGame['scenarioVersionChanged']> }>();
  for (const { name, scenarioVersionChanged: change } of students) {
    if (change === null) continue;
    const key = `${change.record} ${change.current}`;
    const group = byVersion.get(key) ?? { names: [], change };
    group.names.push(name);
    byVersion.set(key, group);
  }
  return [...byVersion.values()].map(({ names, change }) => `${namesList(names)}: ${scenarioVersionNote(change, names.length)}`);
}
