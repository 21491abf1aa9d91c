// Replaying a record re-runs the game actor with the same events and compares the checksum after
// every turn, so a divergence names its turn. A record names its scenario's version (the content
// hash); one made with another version of the same scenario (its texts corrected, say) is still
// replayed, and accepted when every turn comes out the same: the checksums cover the game, not the
// scenario's wording. A stated result its moves do not give (written over by hand: the result is
// outside the checksums) is said, and the game is its moves'. Every reader of records (CLI, class
// view, browser) goes through here.
import { CHECKSUM_SCHEMES, ENGINE_VERSION, seatsProblem, type ScenarioIndex } from '../engine';
import { checksumSchemeOf, type GameRecord } from './record';
import { startSession, type GameSession } from './session';
import { plural } from '../scenario/plural';

/** The scenario version (content hash) the record names, and the one it was replayed against. */
export interface ScenarioVersionChange {
  record: string;
  current: string;
}

/**
 * A record whose every turn replays but whose stated result is not the one its moves give: the
 * result is outside the checksums, so it was written over after the game (by hand). The game is
 * its moves': `replayed` is the result they give, `stated` what the file says.
 */
export interface ResultChange {
  stated: GameRecord['result'];
  replayed: GameRecord['result'];
}

export type ReplayResult =
  | { ok: true; session: GameSession; turns: number; scenarioVersionChanged: ScenarioVersionChange | null; resultChanged: ResultChange | null }
  | { ok: false; session: GameSession | null; turn: number | null; reason: string };

/** The plain-words note for a record that replays the same with another version of its scenario. */
/** `records`: how many records the note is said of at once ("each replays"). */
export function scenarioVersionNote(change: ScenarioVersionChange, records = 1): string {
  return `made with another version of this scenario (version ${change.record}); ${records === 1 ? 'it replays' : 'each replays'} exactly the same with the current one (version ${change.current})`;
}

/**
 * "the result written in the file was changed after the game: the file says “A pivot to nowhere”
 * with 412 points after 10 turns, while its moves give “A pivot to nowhere” with 208 points after 10 turns".
 */
export function resultChangeNote(change: ResultChange, index: ScenarioIndex): string {
  return `the result written in the file was changed after the game: the file says ${resultWords(change.stated, index)}, while its moves give ${resultWords(change.replayed, index)}`;
}

/** A result in words, its ending by title (an ending the scenario does not have, by what the file says). */
function resultWords(result: GameRecord['result'], index: ScenarioIndex): string {
  if (result === null) return 'no result (a game not finished)';
  const title = index.scenario.endings.find((e) => e.id === result.ending)?.title ?? result.ending;
  return `“${title}” with ${plural(result.score, 'point')} after ${plural(result.turns, 'turn')}`;
}

/** `schemeHint` false: no retrying with another checksum scheme to explain a divergence (schemeNote's own replays). */
export function replayRecord(record: GameRecord, index: ScenarioIndex, upToEvent = record.events.length, schemeHint = true): ReplayResult {
  if (record.scenario.id !== index.scenario.id) return { ok: false, session: null, turn: null, reason: otherScenario(record, index) };
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
  // Every turn as recorded: the game is its moves', whatever result the file states (see ResultChange).
  const result = session.record().result;
  const resultChanged = upToEvent === record.events.length && !sameResult(result, record.result) ? { stated: record.result, replayed: result } : null;
  return { ok: true, session, turns: played, scenarioVersionChanged: changed, resultChanged };
}

const sameResult = (a: GameRecord['result'], b: GameRecord['result']) => (a === null || b === null ? a === b : a.ending === b.ending && a.score === b.score && a.turns === b.turns);

/** A record of another scenario, by both titles (and ids when the titles are alike): the scenario it needs. */
function otherScenario(record: GameRecord, index: ScenarioIndex): string {
  const alike = record.scenario.title === index.scenario.title;
  const named = (title: string, id: string) => `“${title}”${alike ? ` (${id})` : ''}`;
  return `the game was played in another scenario, ${named(record.scenario.title, record.scenario.id)}, not in ${named(index.scenario.title, index.scenario.id)}: replay it with its own scenario`;
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
