// What follows a turn's negotiations, in the game statechart's order: the other states' moves,
// then the turn's resolution, then the end check. For code that plays the engine directly (the
// bench, the claim tests); the statechart runs the same three steps as states of its own.
import { endCheck } from './endCheck';
import { resolveTurn } from './resolution';
import type { ScenarioIndex } from './scenarioIndex';
import type { GameState } from './state';
import { worldMoves } from './worldMoves';

export function closeTurn(state: GameState, index: ScenarioIndex): GameState {
  return endCheck(resolveTurn(worldMoves(state, index), index), index);
}
