// Replaying a record re-runs the game actor with the same events and compares the checksum after
// every turn, so a divergence names its turn.
import { ENGINE_VERSION, type ScenarioIndex } from '../engine';
import type { GameRecord } from './record';
import { startSession, type GameSession } from './session';

export type ReplayResult =
  | { ok: true; session: GameSession; turns: number }
  | { ok: false; session: GameSession | null; turn: number | null; reason: string };

export function replayRecord(record: GameRecord, index: ScenarioIndex, upToEvent = record.events.length): ReplayResult {
  if (record.scenario.id !== index.scenario.id) {
    return { ok: false, session: null, turn: null, reason: `the record is of scenario "${record.scenario.id}", not "${index.scenario.id}"` };
  }
  if (record.scenario.hash !== index.hash) {
    return { ok: false, session: null, turn: null, reason: `the scenario file has changed since this game was played (version ${record.scenario.hash}, now ${index.hash})` };
  }
  const session = startSession(index, record.seed);
  const mismatch = () => {
    const history = session.game().history;
    for (let t = 0; t < history.length && t < record.checksums.length; t++) {
      if (history[t]!.checksum !== record.checksums[t]) return t + 1;
    }
    return null;
  };
  for (let i = 0; i < upToEvent; i++) {
    const event = record.events[i]!;
    const refusal = session.send(event);
    if (refusal) {
      return { ok: false, session, turn: session.game().turn, reason: `event ${i + 1} (${event.type}) was refused: ${refusal.reason}` };
    }
    const turn = mismatch();
    if (turn !== null) return { ok: false, session, turn, reason: `turn ${turn} differs from the record (checksum)${engineNote(record)}` };
  }
  const played = session.game().history.length;
  if (upToEvent === record.events.length && played !== record.checksums.length) {
    return { ok: false, session, turn: Math.min(played, record.checksums.length) + 1, reason: `the record has ${record.checksums.length} turns, the replay played ${played}` };
  }
  const result = session.record().result;
  if (upToEvent === record.events.length && JSON.stringify(result) !== JSON.stringify(record.result)) {
    return { ok: false, session, turn: played, reason: `the record states the result ${describe(record.result)}, the replay gives ${describe(result)}` };
  }
  return { ok: true, session, turns: played };
}

/** A divergence is expected when the record was made by another version of the rules. */
function engineNote(record: GameRecord): string {
  return record.engineVersion === ENGINE_VERSION ? '' : `; the record was made with engine ${record.engineVersion}, this is engine ${ENGINE_VERSION}`;
}

function describe(result: GameRecord['result']): string {
  return result ? `"${result.ending}" with ${result.score} points after ${result.turns} turns` : '(unfinished)';
}
