// A bot in another state's seat answers what the game asks it: the engine's bot rules (the quick
// bots, or the expert's playthroughs), turned into the seat's event. Null when the seat asked is
// not a bot's (a person's, or the player's own).
import {
  botAnswer,
  botCrisisReply,
  botMove,
  botOffer,
  botRound,
  expertAnswer,
  expertCrisisReply,
  expertMove,
  expertOffer,
  expertRound,
  type Decision,
  type GameState,
  type ScenarioIndex,
  type Seats,
} from '../engine';
import type { SeatEvent } from '../machines/events';
import type { SeatQuestion } from '../machines/seatQuestion';

/** `counter`: the counter-offer the player answered with the middle, for a round's question. */
export function seatBotEvent(q: SeatQuestion, game: GameState, index: ScenarioIndex, seats: Seats, counter: Decision | null): SeatEvent | null {
  if (q.kind === 'take-offer') return null;
  const holder = seats[q.actor];
  if (holder === 'expert') return expertEvent(q, game, index, counter);
  if (holder !== 'random' && holder !== 'greedy') return null;
  const bot = holder;
  switch (q.kind) {
    case 'answer':
      return { type: 'SEAT_ANSWER', actor: q.actor, answer: botAnswer(bot, game, index, q.option) };
    case 'move':
      return { type: 'SEAT_MOVE', actor: q.actor, move: botMove(bot, game, index, q.actor) };
    case 'offer':
      return { type: 'SEAT_OFFER', actor: q.actor, offer: botOffer(bot, game, index, q.actor) };
    case 'crisis-reply':
      return { type: 'SEAT_CRISIS_REPLY', actor: q.actor, reply: botCrisisReply(bot, game, index) };
    case 'round':
      return { type: 'SEAT_ROUND', actor: q.actor, answer: botRound(bot, game, index, counter!) };
  }
}

function expertEvent(q: Exclude<SeatQuestion, { kind: 'take-offer' }>, game: GameState, index: ScenarioIndex, counter: Decision | null): SeatEvent {
  switch (q.kind) {
    case 'answer':
      return { type: 'SEAT_ANSWER', actor: q.actor, answer: expertAnswer(game, index, q.option) };
    case 'move':
      return { type: 'SEAT_MOVE', actor: q.actor, move: expertMove(game, index, q.actor) };
    case 'offer':
      return { type: 'SEAT_OFFER', actor: q.actor, offer: expertOffer(game, index, q.actor) };
    case 'crisis-reply':
      return { type: 'SEAT_CRISIS_REPLY', actor: q.actor, reply: expertCrisisReply(game, index) };
    case 'round':
      return { type: 'SEAT_ROUND', actor: q.actor, answer: expertRound(game, index, counter!) };
  }
}
