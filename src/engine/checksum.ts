// A checksum of the state after every turn, chained with the previous one, so that a replay that
// diverges names the first turn where it does.
import { fnv1a64 } from './hash';
import type { GameState } from './state';

export function turnChecksum(state: GameState, previous: string): string {
  const { log, history, ...rest } = state;
  let firstOfTurn = log.length;
  while (firstOfTurn > 0 && log[firstOfTurn - 1]!.turn === state.turn) firstOfTurn--;
  return fnv1a64(previous + JSON.stringify(rest) + JSON.stringify(log.slice(firstOfTurn)));
}
