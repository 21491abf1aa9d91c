// A game's whole log: the turns past, then the present one. The state keeps the two apart
// (state.ts) so that a step copies only the present turn's entries: copying the whole log at every
// step took about a tenth of a 2019 game's time in the engine alone.
import type { GameState, LogEntry } from './state';

export function gameLog(state: Pick<GameState, 'pastLog' | 'turnLog'>): readonly LogEntry[] {
  if (state.turnLog.length === 0) return state.pastLog;
  if (state.pastLog.length === 0) return state.turnLog;
  return [...state.pastLog, ...state.turnLog];
}

/** One turn's entries: the present turn's are the state's own list, an earlier one's are found among the turns past. */
export function logOfTurn(state: Pick<GameState, 'turn' | 'pastLog' | 'turnLog'>, turn: number): readonly LogEntry[] {
  return turn === state.turn ? state.turnLog : state.pastLog.filter((e) => e.turn === turn);
}
