// Small builders for engine tests: a started game at turn 1 and a state with chosen numbers.
import { beginTurn, countOf, newGame, type ActorState, type GameState, type ScenarioIndex } from '../../src/engine';
import { COUNT_TABLES, type CountTable } from '../../src/engine/counts';

export function startedGame(index: ScenarioIndex, seed = 'test'): GameState {
  return beginTurn(newGame(index, seed), index);
}

/** A copy of a state with some actor numbers or tracks (by id) replaced, to set up a position. */
export function withPosition(
  state: GameState,
  index: ScenarioIndex,
  changes: { actors?: Record<string, Partial<ActorState>>; tracks?: Record<string, number>; capital?: number },
): GameState {
  const actors = [...state.actors];
  for (const [id, attrs] of Object.entries(changes.actors ?? {})) {
    const slot = index.actorSlots.get(id)!;
    actors[slot] = { ...actors[slot]!, ...attrs };
  }
  const tracks = [...state.tracks];
  for (const [id, value] of Object.entries(changes.tracks ?? {})) tracks[index.trackSlots.get(id)!] = value;
  return { ...state, actors, tracks, capital: changes.capital ?? state.capital };
}

/** A state's count of an id (an option, an event, an `actor/move` or `actor/offer`) in one of its tables. */
export function countIn(state: GameState, index: ScenarioIndex, table: CountTable, id: string): number {
  return countOf(state[table], index.slots[COUNT_TABLES[table]], id);
}

/** A copy of a state with some counts set by id, e.g. `{ optionTimes: { loan: 2 } }`. */
export function withCounts(state: GameState, index: ScenarioIndex, counts: Partial<Record<CountTable, Record<string, number>>>): GameState {
  const next = { ...state };
  for (const [table, byId] of Object.entries(counts) as [CountTable, Record<string, number>][]) {
    const copy = [...state[table]];
    for (const [id, n] of Object.entries(byId)) copy[index.slots[COUNT_TABLES[table]].get(id)!] = n;
    next[table] = copy;
  }
  return next;
}

/** Whether an option is open in a state. */
export const optionIsOpen = (state: GameState, index: ScenarioIndex, id: string): boolean => state.optionOpen[index.slots.options.get(id)!] === true;
