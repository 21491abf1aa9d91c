// What the files of a comparison say that their replay corrects, for the class view (the notes above
// its table) and `compare` (its "Notes"); each game is verified and counted all the same. The games
// made with another version of the scenario, said once for the files of each version: "anna.json
// and ben.json: made with another version of this scenario (…); each replays exactly the same …".
// Then each file whose stated result was written over after the game, counted as its moves give
// it: "Rafael.json: the result written in the file was changed after the game: … it is counted
// as its moves give it".
import type { StudentGame } from './classView';
import { namesList } from './namesList';
import { scenarioVersionNote } from './replay';

export function versionNotes(students: readonly Pick<StudentGame, 'name' | 'scenarioVersionChanged' | 'resultChanged'>[]): string[] {
  const byVersion = new Map<string, { names: string[]; change: NonNullable<StudentGame['scenarioVersionChanged']> }>();
  for (const { name, scenarioVersionChanged: change } of students) {
    if (change === null) continue;
    const key = `${change.record} ${change.current}`;
    const group = byVersion.get(key) ?? { names: [], change };
    group.names.push(name);
    byVersion.set(key, group);
  }
  const versions = [...byVersion.values()].map(({ names, change }) => `${namesList(names)}: ${scenarioVersionNote(change, names.length)}`);
  const results = students.flatMap((s) => (s.resultChanged === null ? [] : [`${s.name}: ${s.resultChanged.note}; it is counted as its moves give it`]));
  return [...versions, ...results];
}
