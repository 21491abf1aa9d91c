// The last step of a turn: record the turn's numbers and checksum, and end the game if an
// ending holds.
import { turnChecksum } from './checksum';
import { draft } from './draft';
import { endingNow, finishGame } from './endings';
import type { ScenarioIndex } from './scenarioIndex';
import type { GameState } from './state';

export function endCheck(state: GameState, index: ScenarioIndex): GameState {
  const next = draft(state);
  const ending = endingNow(next, index);
  if (ending) finishGame(next, index, ending);
  const previous = next.history.at(-1)?.checksum ?? '';
  next.history.push({ turn: next.turn, tracks: { ...next.tracks }, capital: next.capital, checksum: turnChecksum(next, previous) });
  return next;
}
