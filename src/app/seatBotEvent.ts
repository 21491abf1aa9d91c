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
  type QuickSeatBot,
  type ScenarioIndex,
  type Seats,
} from '../engine';
import type { SeatEvent } from '../machines/events';
import type { SeatQuestion } from '../machines/seatQuestion';

/** `counter`: the counter-offer the player answered with the middle, for a round's question. */
export function seatBotEvent(q: SeatQuestion, game: GameState, index: ScenarioIndex, seats: Seats, counter: Decision | null): SeatEvent | null {
  if (q.kind === 'take-offer') return null;
  const holder = seats[q.actor];
  if (holder !== 'random' && holder !== 'greedy' && holder !== 'expert') return null;
  const bot = holder === 'expert' ? EXPERT : quick(holder);
  switch (q.kind) {
    case 'answer':
      return { type: 'SEAT_ANSWER', actor: q.actor, answer: bot.answer(game, index, q.option) };
    case 'move':
      return { type: 'SEAT_MOVE', actor: q.actor, move: bot.move(game, index, q.actor) };
    case 'offer':
      return { type: 'SEAT_OFFER', actor: q.actor, offer: bot.offer(game, index, q.actor) };
    case 'crisis-reply':
      return { type: 'SEAT_CRISIS_REPLY', actor: q.actor, reply: bot.crisisReply(game, index) };
    case 'round':
      return { type: 'SEAT_ROUND', actor: q.actor, answer: bot.round(game, index, counter!) };
  }
}

/** One seat bot's answer to each kind of question. */
interface SeatDecider {
  answer(game: GameState, index: ScenarioIndex, option: string): ReturnType<typeof botAnswer>;
  move(game: GameState, index: ScenarioIndex, actor: string): string | null;
  offer(game: GameState, index: ScenarioIndex, actor: string): string | null;
  crisisReply(game: GameState, index: ScenarioIndex): ReturnType<typeof botCrisisReply>;
  round(game: GameState, index: ScenarioIndex, decision: Decision): ReturnType<typeof botRound>;
}

const EXPERT: SeatDecider = { answer: expertAnswer, move: expertMove, offer: expertOffer, crisisReply: expertCrisisReply, round: expertRound };

const quick = (bot: QuickSeatBot): SeatDecider => ({
  answer: (game, index, option) => botAnswer(bot, game, index, option),
  move: (game, index, actor) => botMove(bot, game, index, actor),
  offer: (game, index, actor) => botOffer(bot, game, index, actor),
  crisisReply: (game, index) => botCrisisReply(bot, game, index),
  round: (game, index, decision) => botRound(bot, game, index, decision),
});
