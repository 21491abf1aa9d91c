// One game in the page: the session, where its scenario came from, and saving after every
// accepted event. The UI sends events here and draws the snapshots; it decides nothing itself.
import { turnLabel, type ScenarioIndex, type Seats } from '../../engine';
import type { PlayerEvent, Refusal } from '../../machines/events';
import type { GameRecord } from '../record';
import { replayRecord, sessionOfRecord, type ScenarioVersionChange } from '../replay';
import { phaseOf, startSession, type GameSession, type Phase } from '../session';
import { seatHoldersWords } from '../../ui/seatsText';
import { cleanPlayerName, withPlayerName } from '../playerName';
import { safeFileName } from './files';
import { writeSave, type ScenarioSource } from './storage';

export interface LoadedScenario {
  index: ScenarioIndex;
  source: ScenarioSource;
  fileName: string;
}

/**
 * A sent event's answer: the refusal or null, at once in a game played on this device; a promise of
 * it in a class game, whose room answers over the network (src/app/browser/classGame.ts).
 */
export type SendAnswer = Refusal | null | Promise<Refusal | null>;

export class BrowserGame {
  private listeners = new Set<() => void>();
  private saveListeners = new Set<() => void>();
  /**
   * Why the last save failed, until a save succeeds: the page keeps it in view with a download of
   * the record, since the game would otherwise be lost with the tab.
   */
  saveProblem: string | null = null;
  /**
   * Set when the game was resumed from a save made with another version of its scenario: the play
   * screen says so. The save is rewritten at once with the current version, so this comes once.
   */
  scenarioVersionChanged: ScenarioVersionChange | null = null;
  /**
   * Notes its record carries (a record's own, kept through a replay): "Taken over at turn 6 …",
   * said in the replay, the game log and the debrief, since the game played on from there is
   * another path than the record it came from.
   */
  notes: { atEvent: number; text: string }[] = [];

  constructor(
    readonly scenario: LoadedScenario,
    readonly session: GameSession,
  ) {}

  get index(): ScenarioIndex {
    return this.scenario.index;
  }

  /** Who decides for each other seat, as the option cards say it: the session's seats here (a class game asks its roster). */
  seatsHeld(): Readonly<Record<string, string>> {
    return this.session.seats;
  }

  /** Sends a player event; saves when it is accepted. Returns the refusal when refused. */
  send(event: PlayerEvent): SendAnswer {
    const refusal = this.session.send(event);
    if (refusal === null) this.save();
    this.changed();
    return refusal;
  }

  /** Tells the screens that the game changed. */
  protected changed(): void {
    for (const listener of this.listeners) listener();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Called when saving starts or stops failing (or fails for another reason). */
  onSaveProblem(listener: () => void): () => void {
    this.saveListeners.add(listener);
    return () => this.saveListeners.delete(listener);
  }

  phase(): Phase {
    return phaseOf(this.session.snapshot());
  }

  /**
   * Why nothing can be decided from this device now, though the game waits on it: a class game the
   * teacher has not started or has paused (its room refuses every event then). Null on a game of
   * this device.
   */
  heldBack(): string | null {
    return null;
  }

  record(): GameRecord {
    const record = this.session.record();
    return this.notes.length === 0 ? record : { ...record, notes: this.notes };
  }

  /**
   * The name its record downloads under: the scenario, the seed, the player's name (typed for the
   * teacher; every student on a class's seed downloaded one name) and the turn (a class game says
   * whose copy it is); a game taken over says from which turn, so that it and the game it came
   * from do not download under one name.
   */
  recordFileName(playerName = ''): string {
    const from = this.takenOverAt();
    const whose = safeFileName(cleanPlayerName(playerName)).slice(0, 24);
    return `${safeFileName('pivot-east', this.index.scenario.id, this.session.seed, whose, `turn-${this.session.game().turn}`, ...(from === null ? [] : [`taken-over-at-turn-${from}`]))}.json`;
  }

  /** The record's file as downloaded: `playerName` (blank: none) on the record and in the file's name. */
  recordFile(playerName = ''): { name: string; text: string } {
    const record = this.record();
    // Blank leaves the record as it is: a class game's carries the name its student joined with.
    const named = cleanPlayerName(playerName) === '' ? record : withPlayerName(record, playerName);
    return { name: this.recordFileName(playerName), text: `${JSON.stringify(named, null, 2)}\n` };
  }

  /** The turn at which this game was taken over from a replay (its last such note), or null. */
  takenOverAt(): number | null {
    const note = this.takenOverNote();
    return note === null ? null : Number(TAKEN_OVER.exec(note)![1]);
  }

  /** The note of its last take-over ("Taken over at turn 5 from the replay of a game that ended …"), or null. */
  takenOverNote(): string | null {
    return this.notes.filter((n) => TAKEN_OVER.test(n.text)).at(-1)?.text ?? null;
  }

  /** Whether this browser keeps the game between visits (a class game is kept by its room). */
  savesHere(): boolean {
    return true;
  }

  /** The seats its share link names: the people's and bots' seats (the rules' are left out). */
  shareSeats(): Seats {
    return this.session.seats;
  }

  save(): void {
    const game = this.session.game();
    const { calendar } = this.index.scenario;
    const where = game.ending
      ? `ended: ${this.index.scenario.endings.find((e) => e.id === game.ending!.id)?.title ?? game.ending.id}`
      : `${turnLabel(calendar, game.turn)}, turn ${game.turn} of ${calendar.turns}${hotSeatWords(this.index, this.session.seats)}`;
    const problem = writeSave({ source: this.scenario.source, record: this.record(), where, savedAt: new Date().toISOString() });
    if (problem === this.saveProblem) return;
    this.saveProblem = problem;
    for (const listener of this.saveListeners) listener();
  }
}

/** For the start screen's saved game: " · hot-seat (China: a player; Japan: the expert)" when people hold seats on this device. */
function hotSeatWords(index: ScenarioIndex, seats: Seats): string {
  if (!Object.values(seats).includes('person')) return '';
  return ` · hot-seat (${seatHoldersWords(index, seats)})`;
}

/** `seats`: other states' seats given to people on this device (hot-seat); the rules' otherwise. */
export function newBrowserGame(scenario: LoadedScenario, seed: string, seats: Seats = {}): BrowserGame {
  const game = new BrowserGame(scenario, startSession(scenario.index, seed, { seats }));
  // Saved once the page is idle: the first use of local storage costs several milliseconds that
  // would delay the board. Every accepted event saves at once anyway.
  whenIdle(() => game.save());
  return game;
}

function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 2000 });
  else setTimeout(task, 200);
}

/** Replays a whole record (resume) or its first events (take over); a failure says why. */
export function replayBrowserGame(
  scenario: LoadedScenario,
  record: GameRecord,
  upToEvent = record.events.length,
): { ok: true; game: BrowserGame; scenarioVersionChanged: ScenarioVersionChange | null } | { ok: false; reason: string } {
  try {
    const result = replayRecord(record, scenario.index, upToEvent);
    if (!result.ok) return { ok: false, reason: result.turn === null ? result.reason : `turn ${result.turn}: ${result.reason}` };
    // Played on from here: the bots in other seats answer again.
    result.session.goLive();
    const game = new BrowserGame(scenario, result.session);
    game.notes = (record.notes ?? []).filter((n) => n.atEvent <= upToEvent);
    if (upToEvent < record.events.length) game.notes.push({ atEvent: upToEvent, text: takenOverNote(scenario.index, result.session.game().turn, record) });
    return { ok: true, game, scenarioVersionChanged: result.scenarioVersionChanged };
  } catch (e) {
    return { ok: false, reason: `the replay failed: ${(e as Error).message}` };
  }
}

/** The note of a take-over; its turn is read back from it (takenOverAt), so its first words stay. */
const TAKEN_OVER = /^Taken over at turn (\d+) /;
/** A record's note is at most 200 characters (record.ts): an ending's title (up to 120) is cut to fit. */
const clipped = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

function takenOverNote(index: ScenarioIndex, turn: number, from: GameRecord): string {
  const ending = from.result && clipped(index.scenario.endings.find((e) => e.id === from.result!.ending)?.title ?? from.result.ending, 60);
  const how = from.result ? `a game that ended “${ending}” (score ${from.result.score}) after ${from.result.turns} turns` : 'a game not finished';
  return `Taken over at turn ${turn} from the replay of ${how}: from here on, another path.`;
}

/** A record's game turn by turn, for the replay viewer. */
export interface ReplayStep {
  turn: number;
  /** How many of the record's events come before this turn's planning. */
  eventsBefore: number;
  /** The game at this turn's planning (after its news). */
  game: ReturnType<GameSession['game']>;
  /** The events the player sent during this turn. */
  events: PlayerEvent[];
  /** A class game's notes placed during this turn ("Time was up on turn 4: …"), oldest first. */
  notes: string[];
}

export function replaySteps(scenario: LoadedScenario, record: GameRecord): { steps: ReplayStep[]; final: ReturnType<GameSession['game']> } {
  const session = sessionOfRecord(scenario.index, record);
  const steps: ReplayStep[] = [{ turn: session.game().turn, eventsBefore: 0, game: session.game(), events: [], notes: [] }];
  record.events.forEach((event, i) => {
    session.send(event);
    steps[steps.length - 1]!.events.push(event);
    const game = session.game();
    if (game.turn !== steps[steps.length - 1]!.turn && !game.ending) steps.push({ turn: game.turn, eventsBefore: i + 1, game, events: [], notes: [] });
  });
  // A note is placed before the event at `atEvent`, in the turn then being played: the last one
  // begun by then (a note placed once the game was over goes with its last turn).
  for (const note of record.notes ?? []) {
    let step = steps[0]!;
    for (const s of steps) if (s.eventsBefore <= note.atEvent) step = s;
    step.notes.push(note.text);
  }
  return { steps, final: session.game() };
}
