// A checksum of the state after every turn, chained with the previous one, so that a replay that
// diverges names the first turn where it does. The log and the history are left out: they follow
// from the same draws and numbers (the generator's state is hashed), and hashing them would cost
// more than the rest of a turn.
import { checksum64 } from './hash';
import type { GameState } from './state';

export function turnChecksum(state: GameState, previous: string): string {
  const { log: _log, history: _history, ...rest } = state;
  return checksum64(previous, JSON.stringify(rest));
}
