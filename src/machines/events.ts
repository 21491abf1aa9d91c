// The events a player (or a bot, or a replay) sends to the game. These, in order, are a game's
// record: with the scenario and the seed they reproduce every turn.
import type { StandInBot } from '../engine/seatHolders';

/**
 * The player's own decisions. `by`: the bot that decided for a class game's player nobody was
 * deciding for (time up, the teacher's "end the turn now", the seat given to the computer).
 */
export type PlayerEvent =
  | { type: 'PROPOSE'; option: string; by?: StandInBot }
  | { type: 'WITHDRAW'; option: string }
  | { type: 'END_TURN'; by?: StandInBot }
  | { type: 'TAKE_COUNTER'; by?: StandInBot }
  | { type: 'DECLINE_COUNTER'; by?: StandInBot }
  /** Answers a counter-offer with the middle between it and the proposal (bargaining in rounds). */
  | { type: 'COUNTER_BACK'; by?: StandInBot }
  | { type: 'ANSWER_CRISIS'; answer: string; by?: StandInBot }
  | SeatEvent;

/**
 * The decisions of the seats not played by the rules (a bot's or a person's), and the player's
 * answer to an actor's offer. Each is certain: no die is drawn for it (docs/rules.md). `by`: the
 * bot that decided for a person's seat nobody was at (a class game's computer).
 */
export type SeatEvent =
  | { type: 'SEAT_ANSWER'; actor: string; answer: 'accept' | 'reject' | 'counter'; by?: StandInBot }
  | { type: 'SEAT_MOVE'; actor: string; move: string | null; by?: StandInBot }
  | { type: 'SEAT_OFFER'; actor: string; offer: string | null; by?: StandInBot }
  /** The other side's reply in a crisis, when a bot or a person holds its seat. */
  | { type: 'SEAT_CRISIS_REPLY'; actor: string; reply: 'back-down' | 'hold' | 'escalate'; by?: StandInBot }
  /** The target's answer to the middle the player offered: take it, keep its counter-offer, walk away. */
  | { type: 'SEAT_ROUND'; actor: string; answer: 'accept' | 'hold' | 'walk-away'; by?: StandInBot }
  | { type: 'ANSWER_OFFER'; take: boolean; by?: StandInBot };

/** The bot a class game's computer decided the event by (`by`), if it did: the player's events and the seats' alike. */
export function standInOf(event: PlayerEvent): StandInBot | undefined {
  return 'by' in event ? event.by : undefined;
}

/**
 * A whole turn's plan at once, as a bot makes it: its proposals in order, then the end of the
 * turn; refused whole when one of them is. Not a record's event: the record holds it as those
 * PROPOSE events and END_TURN (planEvents), which replay the same game.
 */
export interface PlanEvent {
  type: 'PLAN';
  options: readonly string[];
}

/** The record's events for a plan. */
export function planEvents(plan: PlanEvent): PlayerEvent[] {
  return [...plan.options.map((option) => ({ type: 'PROPOSE' as const, option })), { type: 'END_TURN' }];
}

export const PLAYER_EVENT_TYPES = ['PROPOSE', 'WITHDRAW', 'END_TURN', 'TAKE_COUNTER', 'DECLINE_COUNTER', 'COUNTER_BACK', 'ANSWER_CRISIS', 'SEAT_ANSWER', 'SEAT_MOVE', 'SEAT_OFFER', 'ANSWER_OFFER', 'SEAT_CRISIS_REPLY', 'SEAT_ROUND'] as const;

/** An event the game refused, and why; the game state is left exactly as it was. */
export interface Refusal {
  event: PlayerEvent | PlanEvent;
  reason: string;
  /** Not refused but passed on: a team member's choice, shown to the member who submits the team's. */
  suggested?: true;
}
