// One game being played: the game actor, the events it accepted (the record), and the per-turn
// checksums. Runs the same in the browser, the command line and a batch worker.
import { createActor, type ActorRefFrom, type SnapshotFrom } from 'xstate';
import { CHECKSUM_SCHEME, ENGINE_VERSION, newGame, seatsOfNote, type GameState, type ScenarioIndex, type SeatHolder, type Seats, type ChecksumScheme } from '../engine';
import { planEvents, standInOf, type PlanEvent, type PlayerEvent, type Refusal } from '../machines/events';
import { gameMachine } from '../machines/gameMachine';
import type { SeatQuestion } from '../machines/seatQuestion';
import { RECORD_FORMAT, RECORD_FORMAT_SEATS, type GameRecord } from './record';
import { seatBotEvent } from './seatBotEvent';

export type GameSnapshot = SnapshotFrom<typeof gameMachine>;
export type GameActor = ActorRefFrom<typeof gameMachine>;

export interface GameSession {
  readonly index: ScenarioIndex;
  readonly seed: string;
  /** Who holds each actor's seat (the rules' seats left out). */
  readonly seats: Readonly<Record<string, SeatHolder>>;
  readonly actor: GameActor;
  /** The accepted events so far, in order. */
  readonly events: readonly PlayerEvent[];
  /**
   * Sends an event, or a bot's whole plan (recorded as its proposals and END_TURN); returns the
   * refusal when the game refused it (and changed nothing).
   */
  send(event: PlayerEvent | PlanEvent): Refusal | null;
  snapshot(): GameSnapshot;
  game(): GameState;
  /** The game's record so far: enough to replay it exactly. */
  record(): GameRecord;
  /**
   * A record replayed to be played on (resumed, taken over): from now on the bots in other seats
   * answer, what waits for one first. Replaying took their decisions from the record's events;
   * without this a resumed hot-seat game asked a person for the expert's seat.
   */
  goLive(): void;
}

export interface SessionOptions {
  /** Who holds each actor's seat; the rules by default. Check with seatsProblem first. */
  seats?: Seats;
  /**
   * Bots in other seats answer at once, their events recorded (true for a new game). A replay
   * sets false: the record holds the bots' events.
   */
  botsAnswer?: boolean;
  /** The turns' checksum scheme: that of new games unless given (a replayed record's own). */
  checksums?: ChecksumScheme;
}

export function startSession(index: ScenarioIndex, seed: string, options: SessionOptions = {}): GameSession {
  const seats = seatsOfNote(index, options.seats ?? {});
  const checksums = options.checksums ?? CHECKSUM_SCHEME;
  const actor = createActor(gameMachine, { input: { index, game: newGame(index, seed), seats, checksums } });
  actor.start();
  const events: PlayerEvent[] = [];
  const take = (event: PlayerEvent | PlanEvent): Refusal | null => {
    const before = actor.getSnapshot().context.refusal;
    actor.send(event);
    const after = actor.getSnapshot().context.refusal;
    if (after !== null && after !== before) return after;
    if (event.type === 'PLAN') events.push(...planEvents(event));
    else events.push(event);
    return null;
  };
  let botsAnswer = options.botsAnswer !== false;
  /** The bots in other seats decide whatever they are asked, until a person or the player is. */
  const botsDecide = () => {
    if (!botsAnswer) return;
    for (;;) {
      const { context } = actor.getSnapshot();
      const event = context.asking ? seatBotEvent(context.asking, context.game, index, seats, context.counter) : null;
      if (event === null) return;
      const refusal = take(event);
      if (refusal) throw new Error(`the ${seats[(event as { actor: string }).actor]} bot in ${(event as { actor: string }).actor}'s seat was refused: ${refusal.reason}`);
    }
  };
  botsDecide();
  return {
    index,
    seed,
    seats,
    actor,
    events,
    send(event) {
      const refusal = take(event);
      if (refusal === null) botsDecide();
      return refusal;
    },
    snapshot: () => actor.getSnapshot(),
    game: () => actor.getSnapshot().context.game,
    goLive() {
      botsAnswer = true;
      botsDecide();
    },
    record() {
      const game = actor.getSnapshot().context.game;
      // Format 1 when the game has neither seats nor seat events nor an event the computer decided
      // for a class (`by`), so older versions still read it.
      const seated = Object.keys(seats).length > 0;
      const seatEvents = events.some((e) => e.type.startsWith('SEAT_') || e.type === 'ANSWER_OFFER' || standInOf(e) !== undefined);
      return {
        format: seated || seatEvents ? RECORD_FORMAT_SEATS : RECORD_FORMAT,
        engineVersion: ENGINE_VERSION,
        scenario: { id: index.scenario.id, hash: index.hash, title: index.scenario.title },
        seed,
        ...(seated ? { seats: { ...(seats as Record<string, Exclude<SeatHolder, 'rule'>>) } } : {}),
        events: [...events],
        // The first scheme is named by no field, so that older versions still read such a record.
        ...(checksums === 'text' ? {} : { checksumScheme: checksums }),
        checksums: game.history.map((h) => h.checksum),
        result: game.ending ? { ending: game.ending.id, score: game.ending.score, turns: game.turn } : null,
      };
    },
  };
}

export type Phase = 'planning' | 'counter' | 'crisis' | 'offer' | 'seat' | 'over';

/**
 * What the game waits for now: the player's planning, the player's answer to a counter-offer, a
 * crisis or an actor's offer, another seat's decision (a person's: see `askingOf`), or nothing (over).
 */
export function phaseOf(snapshot: GameSnapshot): Phase {
  const top = topState(snapshot);
  if (top === 'over') return 'over';
  if (top === 'planning') return 'planning';
  const asking = snapshot.context.asking;
  if (asking?.kind === 'take-offer') return 'offer';
  if (asking !== null) return 'seat';
  if (top === 'crises') return 'crisis';
  return 'counter';
}

/**
 * The game's top-level state ('planning', 'crises', …), read from the state value: the bots ask
 * for the phase before every event, and `matches` builds a state value each time it is called.
 */
function topState(snapshot: GameSnapshot): string {
  const value = snapshot.value;
  if (typeof value === 'string') return value;
  for (const top in value) return top;
  return '';
}

/** The seat's decision the game waits for, if any. */
export function askingOf(snapshot: GameSnapshot): SeatQuestion | null {
  return snapshot.context.asking;
}
