// What the game waits for from a seat other than the player's planning: a proposal's answer, a
// move, an offer, a crisis reply, a round's answer (from a seat held by a bot or a person), or the
// player's answer to an offer.
// The game keeps it in its context, so the page, the bots and the refusals read one thing.
import type { ScenarioIndex, Seats } from '../engine';
import { possessive } from '../engine';
import { inSentence, seatOf } from '../engine';
import type { PlayerEvent } from './events';

export type SeatQuestion =
  | { kind: 'answer'; actor: string; option: string }
  | { kind: 'move'; actor: string }
  | { kind: 'offer'; actor: string }
  /** The other side of the open crisis replies to the player's answer. */
  | { kind: 'crisis-reply'; actor: string; crisis: string }
  /** The target answers the middle the player offered for its counter-offer. */
  | { kind: 'round'; actor: string; option: string }
  /** The player's own seat answers an actor's offer. */
  | { kind: 'take-offer'; actor: string; offer: string };


/** "Japan's answer to “Joint venture”", in plain words. */
export function describeQuestion(q: SeatQuestion, index: ScenarioIndex): string {
  switch (q.kind) {
    case 'answer':
      return `${possessive(inSentence(index, q.actor))} answer to "${index.options.get(q.option)?.title ?? q.option}"`;
    case 'move':
      return `${possessive(inSentence(index, q.actor))} move`;
    case 'offer':
      return `${possessive(inSentence(index, q.actor))} offer (or none)`;
    case 'crisis-reply':
      return `${possessive(inSentence(index, q.actor))} reply in the crisis "${index.scenario.crises.find((c) => c.id === q.crisis)?.title ?? q.crisis}"`;
    case 'round':
      return `${possessive(inSentence(index, q.actor))} answer to the middle on "${index.options.get(q.option)?.title ?? q.option}"`;
    case 'take-offer':
      return `${possessive(inSentence(index, index.scenario.player.id))} answer to ${possessive(inSentence(index, q.actor))} offer "${index.offers.get(`${q.actor}/${q.offer}`)?.title ?? q.offer}"`;
  }
}

const EXPECTED: Record<SeatQuestion['kind'], PlayerEvent['type']> = {
  answer: 'SEAT_ANSWER',
  move: 'SEAT_MOVE',
  offer: 'SEAT_OFFER',
  'take-offer': 'ANSWER_OFFER',
  'crisis-reply': 'SEAT_CRISIS_REPLY',
  round: 'SEAT_ROUND',
};

/**
 * Why a seat's event does not fit what the game waits for, or null when it does (its content is
 * then checked by the rules: a move that is open, an answer the option allows…).
 */
export function seatEventMismatch(q: SeatQuestion | null, event: PlayerEvent, index: ScenarioIndex, seats: Seats): string | null {
  const actor = 'actor' in event ? event.actor : null;
  if (actor !== null) {
    if (!index.actors.has(actor)) return `there is no actor "${actor}" in this scenario`;
    if (seatOf(seats, actor) === 'rule') return `${possessive(inSentence(index, actor))} seat is played by the scenario's rules, which decide at once; it takes no events`;
    // A bot decides for a person's seat only: a bot's own seat is decided by that bot.
    if ('by' in event && event.by !== undefined && seatOf(seats, actor) !== 'person') return `${possessive(inSentence(index, actor))} seat is held by the ${seatOf(seats, actor)} bot, so no other bot decides for it`;
  }
  if (q === null) return 'no seat is asked to decide now: the game waits for the player\'s planning';
  if (EXPECTED[q.kind] !== event.type) return `it is not the time for that: the game waits for ${describeQuestion(q, index)}`;
  if (actor !== null && actor !== q.actor) return `it is not ${possessive(inSentence(index, actor))} turn to decide: the game waits for ${describeQuestion(q, index)}`;
  return null;
}
