// A record whose later turns no longer replay (a changed save, a bug fixed since) still holds the
// turns before: this cuts it to the end of its last good turn, so that a game can go on from there.
import type { ScenarioIndex } from '../engine';
import type { GameRecord } from './record';
import { replayRecord, sessionOfRecord, type ReplayResult } from './replay';

export interface GoodPart {
  /** The record up to the end of turn `goodTurns`: its events and checksums, no result. */
  record: GameRecord;
  /** Turns that replay exactly (0: not even the first). */
  goodTurns: number;
  /** The first turn that differs, as the replay names it. */
  firstBadTurn: number;
  /** The replay's reason, e.g. "turn 3 differs from the record (checksum)". */
  reason: string;
}

/**
 * Null when the record replays whole, or when no turn of it can be trusted (another scenario): then
 * there is nothing to go back to. A record of another version of its scenario is cut like any other.
 * `replayed`: the record's whole replay, when the caller has it already.
 */
export function lastGoodTurn(record: GameRecord, index: ScenarioIndex, replayed: ReplayResult = replayRecord(record, index)): GoodPart | null {
  if (replayed.ok || replayed.turn === null || replayed.session === null) return null;
  const firstBadTurn = Math.max(1, replayed.turn);
  const goodTurns = firstBadTurn - 1;
  // The events up to the one that closed turn `goodTurns` (its checksum is then in the history).
  let upTo = 0;
  if (goodTurns > 0) {
    const session = sessionOfRecord(index, record);
    upTo = record.events.findIndex((event) => session.send(event) !== null || session.game().history.length >= goodTurns) + 1;
    if (upTo === 0 || session.game().history.length !== goodTurns) return null;
  }
  const good: GameRecord = { ...record, events: record.events.slice(0, upTo), checksums: record.checksums.slice(0, goodTurns), result: null };
  return replayRecord(good, index).ok ? { record: good, goodTurns, firstBadTurn, reason: replayed.reason } : null;
}
