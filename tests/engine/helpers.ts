// Small builders for engine tests: a started game at turn 1 and a state with chosen numbers.
import { beginTurn, newGame, type GameState, type ScenarioIndex } from '../../src/engine';

export function startedGame(index: ScenarioIndex, seed = 'test'): GameState {
  return beginTurn(newGame(index, seed), index);
}

/** A copy of a state with some actor numbers or tracks replaced, to set up a position. */
export function withPosition(
  state: GameState,
  changes: { actors?: Record<string, Partial<GameState['actors'][string]>>; tracks?: Record<string, number>; capital?: number },
): GameState {
  const actors = { ...state.actors };
  for (const [id, attrs] of Object.entries(changes.actors ?? {})) actors[id] = { ...actors[id]!, ...attrs };
  return { ...state, actors, tracks: { ...state.tracks, ...changes.tracks }, capital: changes.capital ?? state.capital };
}
