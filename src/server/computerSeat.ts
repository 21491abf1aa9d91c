// The computer's decisions for a class game's seats: the teacher's choice of bot (the greedy one,
// or the expert) for Russia's own seat (the player's, as in solo play) and for the other states'
// seats, turned into ordinary events so the record replays without a server.
import { createBot, type Bot } from '../engine';
import type { PlayerEvent } from '../machines/events';
import { indexFromSource, type ScenarioSource } from '../net/classScenario';
import type { ComputerPlayer } from '../net/protocol';
import { botChoices } from '../app/playBot';
import { seatBotEvent } from '../app/seatBotEvent';
import { phaseOf, startSession, type GameSession, type GameSnapshot } from '../app/session';

/** The seat the game waits for now (the player's id for Russia's), or null when the game is over. */
export function waitingSeat(snapshot: GameSnapshot, player: string): string | null {
  const phase = phaseOf(snapshot);
  if (phase === 'over') return null;
  if (phase === 'seat') return snapshot.context.asking!.actor;
  return player;
}

export class ComputerSeats {
  private readonly bot: Bot;

  /** Both bots decide from the game's state and seed alone (the expert's dice are its own). */
  constructor(seed: string, readonly player: ComputerPlayer = 'greedy') {
    this.bot = createBot(player, seed);
  }

  /**
   * The computer's events for what the game waits for now: a whole plan for Russia's planning (to
   * be sent until the phase changes), otherwise one answer.
   */
  decide(session: GameSession): PlayerEvent[] {
    const snapshot = session.snapshot();
    const phase = phaseOf(snapshot);
    if (phase === 'over') return [];
    if (phase === 'seat') {
      const asking = snapshot.context.asking!;
      const event = seatBotEvent(asking, session.game(), session.index, { [asking.actor]: this.player }, snapshot.context.counter);
      return event ? [event] : [];
    }
    return botChoices(this.bot, session);
  }
}

/**
 * The room's own event names the bot that made it: the record holds every seat as a person's (and
 * Russia as the class's), and the log said "decided by a player". A withdrawal is never the computer's.
 */
export function byComputer(event: PlayerEvent, bot: ComputerPlayer): PlayerEvent {
  return event.type === 'WITHDRAW' ? event : { ...event, by: bot };
}

/** A decision asked of another thread: the room's game as its header and its accepted events say. */
export interface DecisionJob {
  scenario: ScenarioSource & { hash: string };
  seed: string;
  seats: Record<string, 'person'>;
  computer: ComputerPlayer;
  events: readonly PlayerEvent[];
}

/** The computer's events for the game the job describes: rebuilt from its events, then decided as the room would. */
export function decideForJob(job: DecisionJob): PlayerEvent[] {
  const built = indexFromSource(job.scenario, job.scenario.hash);
  if (!built.ok) throw new Error(`the room's scenario cannot be read: ${built.error}`);
  const session = startSession(built.index, job.seed, { seats: job.seats, botsAnswer: false });
  for (const [i, event] of job.events.entries()) {
    const refusal = session.send(event);
    if (refusal) throw new Error(`the room's event ${i} was refused on rebuilding the game: ${refusal.reason}`);
  }
  return new ComputerSeats(job.seed, job.computer).decide(session);
}
