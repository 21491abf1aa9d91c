// An actor's numbers by id. The state keeps its actors in the file's order (state.ts), as it does
// its tracks: the rules read them by a slot found once (an effect's step, a condition's test, a
// derived track, a proposal's target), the rest of the game by id here.
import type { ScenarioIndex } from './scenarioIndex';
import type { ActorState } from './state';

/** The numbers of actor `id` (undefined for an id the file does not have: a condition may name one). */
export function actorOf(actors: readonly ActorState[], index: Pick<ScenarioIndex, 'actorSlots'>, id: string): ActorState | undefined {
  const slot = index.actorSlots.get(id);
  return slot === undefined ? undefined : actors[slot];
}

/** The actors keyed by id, in the file's order: as the first checksum scheme writes them. */
export function actorsById(actors: readonly ActorState[], index: Pick<ScenarioIndex, 'scenario'>): Record<string, ActorState> {
  return Object.fromEntries(index.scenario.actors.map((a, slot) => [a.id, actors[slot]!]));
}
