// The last step of a turn: end the game if an ending holds, and record the turn's numbers and
// checksum.
import { CHECKSUM_SCHEME, turnChecksum, type ChecksumScheme } from './checksum';
import { endingNow, finishGame } from './endings';
import type { ScenarioIndex } from './scenarioIndex';
import type { GameState } from './state';
import { copyState } from './stateCopy';

/** `scheme`: the game's checksum scheme (checksum.ts), that of new games by default. */
export function endCheck(state: GameState, index: ScenarioIndex, scheme: ChecksumScheme = CHECKSUM_SCHEME): GameState {
  const ending = endingNow(state, index);
  const next = ending ? finishGame(state, index, ending) : copyState(state);
  const previous = state.history.at(-1)?.checksum ?? '';
  next.history = [...state.history, { turn: next.turn, tracks: next.tracks, capital: next.capital, checksum: turnChecksum(next, index, previous, scheme) }];
  return next;
}
