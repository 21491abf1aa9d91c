// A player event in a few plain words ("accept “Joint venture”"), for the suggestions a team's
// members show each other. The scenario's titles, as text.
import type { GameState, ScenarioIndex } from '../../engine';
import type { PlayerEvent } from '../../machines/events';
import type { SeatQuestion } from '../../machines/seatQuestion';
import { answerTitle } from '../crisisText';
import { optionTitle } from '../text';

/** `asking`: what the game asks now (a seat's answer names the proposal it answers). */
const CRISIS_REPLY_WORDS = { 'back-down': 'back down', hold: 'hold', escalate: 'escalate' } as const;
const ROUND_WORDS = { accept: 'accept the middle offer', hold: 'keep the counter-offer', 'walk-away': 'walk away' } as const;

export function eventWords(index: ScenarioIndex, game: GameState, event: PlayerEvent, asking: SeatQuestion | null): string {
  switch (event.type) {
    case 'PROPOSE':
      return `propose “${optionTitle(index, event.option)}”`;
    case 'WITHDRAW':
      return `withdraw “${optionTitle(index, event.option)}”`;
    case 'END_TURN':
      return 'end the turn';
    case 'TAKE_COUNTER':
      return 'take the counter-offer';
    case 'DECLINE_COUNTER':
      return 'decline the counter-offer';
    case 'COUNTER_BACK':
      return 'answer with the middle between the two offers';
    case 'ANSWER_CRISIS': {
      const open = game.crises.at(-1);
      return `answer the crisis: ${open ? answerTitle(index, open.crisis, event.answer) : event.answer}`;
    }
    case 'SEAT_ANSWER': {
      const option = asking?.kind === 'answer' ? ` “${optionTitle(index, asking.option)}”` : '';
      return event.answer === 'counter' ? `make the counter-offer on${option || ' the proposal'}` : `${event.answer}${option}`;
    }
    case 'SEAT_MOVE':
      return event.move === null ? 'make no move this turn' : `make the move “${index.moves.get(`${event.actor}/${event.move}`)?.title ?? event.move}”`;
    case 'SEAT_OFFER':
      return event.offer === null ? 'make no offer now' : `make the offer “${index.offers.get(`${event.actor}/${event.offer}`)?.title ?? event.offer}”`;
    case 'SEAT_CRISIS_REPLY':
      return `${CRISIS_REPLY_WORDS[event.reply]} in the crisis`;
    case 'SEAT_ROUND': {
      const option = asking?.kind === 'round' ? ` on “${optionTitle(index, asking.option)}”` : '';
      return `${ROUND_WORDS[event.answer]}${option}`;
    }
    case 'ANSWER_OFFER':
      return event.take ? 'take the offer' : 'decline the offer';
  }
}
