// Replaying a record re-runs the game actor with the same events and compares the checksum after
// every turn, so a divergence names its turn. A record names its scenario's version (the content
// hash); one made with another version of the same scenario (its texts corrected, say) is still
// replayed, and accepted when every turn comes out the same: the checksums cover the game, not the
// scenario's wording. Every reader of records (CLI, class view, browser) goes through here.
import { CHECKSUM_SCHEMES, ENGINE_VERSION, seatsProblem, type ScenarioIndex } from '../engine';
import { checksumSchemeOf, type GameRecord } from './record';
import { startSession, type GameSession } from './session';

/** The scenario version (content hash) the record names, and the one it was replayed against. */
export interface ScenarioVersionChange {
  record: string;
  current: string;
}

export type ReplayResult =
  | { ok: true; session: GameSession; turns: number; scenarioVersionChanged: ScenarioVersionChange | null }
  | { ok: false; session: GameSession | null; turn: number | null; reason: string };

/** The plain-words note for a record that replays the same with another version of its scenario. */
/** `records`: how many records the note is said of at once ("each replays"). */
export function scenarioVersionNote(change: ScenarioVersionChange, records = 1): string {
  return `made with another version of this scenario (version ${change.record}); ${records === 1 ? 'it replays' : 'each replays'} exactly the same with the current one (version ${change.current})`;
}

/** `schemeHint` false: no retrying with another checksum scheme to explain a divergence (schemeNote's own replays). */
export function replayRecord(record: GameRecord, index: ScenarioIndex, upToEvent = record.events.length, schemeHint = true): ReplayResult {
  if (record.scenario.id !== index.scenario.id) {
    return { ok: false, session: null, turn: null, reason: `the record is of scenario "${record.scenario.id}", not "${index.scenario.id}"` };
  }
  const changed = record.scenario.hash === index.hash ? null : { record: record.scenario.hash, current: index.hash };
  // Every refusal of a record made with another version says so: that is the likely cause.
  const why = (reason: string) => (changed ? `${reason}; the record was made with another version of this scenario (version ${changed.record}), this is version ${changed.current}` : reason);
  const seating = seatsProblem(index, record.seats ?? {});
  if (seating !== null) return { ok: false, session: null, turn: null, reason: why(`the record's seats cannot be played: ${seating}`) };
  const session = sessionOfRecord(index, record);
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
      return { ok: false, session, turn: session.game().turn, reason: why(`event ${i + 1} (${event.type}) was refused: ${refusal.reason}`) };
    }
    const turn = mismatch();
    if (turn !== null) return { ok: false, session, turn, reason: why(`turn ${turn} differs from the record (checksum)${engineNote(record)}${schemeHint ? schemeNote(record, index, i + 1) : ''}`) };
  }
  const played = session.game().history.length;
  if (upToEvent === record.events.length && played !== record.checksums.length) {
    return { ok: false, session, turn: Math.min(played, record.checksums.length) + 1, reason: why(`the record has ${record.checksums.length} turns, the replay played ${played}`) };
  }
  const result = session.record().result;
  if (upToEvent === record.events.length && JSON.stringify(result) !== JSON.stringify(record.result)) {
    return { ok: false, session, turn: played, reason: why(`the record states the result ${describe(record.result)}, the replay gives ${describe(result)}`) };
  }
  return { ok: true, session, turns: played, scenarioVersionChanged: changed };
}

/** A fresh session with the record's seats and checksum scheme, which takes every seat's decision from the record's events. */
export function sessionOfRecord(index: ScenarioIndex, record: GameRecord): GameSession {
  return startSession(index, record.seed, { seats: record.seats ?? {}, botsAnswer: false, checksums: checksumSchemeOf(record) });
}

/**
 * A record whose checksums are another scheme's than it names (its `checksumScheme` removed or
 * changed by hand) diverges at once: says so when the first `events` replay with the other scheme.
 */
function schemeNote(record: GameRecord, index: ScenarioIndex, events: number): string {
  const named = checksumSchemeOf(record);
  for (const other of CHECKSUM_SCHEMES) {
    if (other === named) continue;
    const retried = replayRecord({ ...record, checksumScheme: other }, index, events, false);
    if (retried.ok) {
      return `; its checksums are those of the "${other}" scheme, but the record ${record.checksumScheme === undefined ? 'names no checksumScheme (and so is read as "text")' : `names "${named}"`}: was its "checksumScheme" field removed or changed by hand?`;
    }
  }
  return '';
}

/** A divergence is expected when the record was made by another version of the rules. */
function engineNote(record: GameRecord): string {
  return record.engineVersion === ENGINE_VERSION ? '' : `; the record was made with engine ${record.engineVersion}, this is engine ${ENGINE_VERSION}`;
}

function describe(result: GameRecord['result']): string {
  return result ? `"${result.ending}" with ${result.score} points after ${result.turns} turns` : '(unfinished)';
}
