// A track's value by id. The state keeps its tracks in the file's order (state.ts): the rules read
// them by a slot found once (an effect's step, a condition's test, a derived track), the rest of
// the game by id here.
import type { ScenarioIndex } from './scenarioIndex';

/** The value of track `id` in a state's or a history row's tracks (0 for a track the file does not have: a condition may name one). */
export function trackValue(tracks: readonly number[], index: Pick<ScenarioIndex, 'trackSlots'>, id: string): number {
  const slot = index.trackSlots.get(id);
  return slot === undefined ? 0 : tracks[slot]!;
}

/** The tracks keyed by id, in the file's order: as the first checksum scheme and the class's tables write them. */
export function tracksById(tracks: readonly number[], index: Pick<ScenarioIndex, 'scenario'>): Record<string, number> {
  return Object.fromEntries(index.scenario.tracks.map((t, slot) => [t.id, tracks[slot]!]));
}
