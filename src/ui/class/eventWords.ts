// A player event in a few plain words ("accept “Joint venture”"), for the suggestions a team's
// members show each other. The scenario's titles, as text, kept apart to be marked in its language.
import type { GameState, ScenarioIndex } from '../../engine';
import type { PlayerEvent } from '../../machines/events';
import type { SeatQuestion } from '../../machines/seatQuestion';
import { answerTitle } from '../crisisText';
import { own, phrase, type Phrase } from '../scenarioText';
import { optionTitle } from '../text';

/** `asking`: what the game asks now (a seat's answer names the proposal it answers). */
const CRISIS_REPLY_WORDS = { 'back-down': 'back down', hold: 'hold', escalate: 'escalate' } as const;
const ROUND_WORDS = { accept: 'accept the middle offer', hold: 'keep the counter-offer', 'walk-away': 'walk away' } as const;

export function eventWords(index: ScenarioIndex, game: GameState, event: PlayerEvent, asking: SeatQuestion | null): Phrase {
  switch (event.type) {
    case 'PROPOSE':
      return phrase`propose “${own(optionTitle(index, event.option))}”`;
    case 'WITHDRAW':
      return phrase`withdraw “${own(optionTitle(index, event.option))}”`;
    case 'END_TURN':
      return ['end the turn'];
    case 'TAKE_COUNTER':
      return ['take the counter-offer'];
    case 'DECLINE_COUNTER':
      return ['decline the counter-offer'];
    case 'COUNTER_BACK':
      return ['answer with the middle between the two offers'];
    case 'ANSWER_CRISIS': {
      const open = game.crises.at(-1);
      return phrase`answer the crisis: ${open ? own(answerTitle(index, open.crisis, event.answer)) : event.answer}`;
    }
    case 'SEAT_ANSWER': {
      const option: Phrase = asking?.kind === 'answer' ? phrase` “${own(optionTitle(index, asking.option))}”` : [];
      return event.answer === 'counter' ? phrase`make the counter-offer on${option.length > 0 ? option : ' the proposal'}` : phrase`${event.answer}${option}`;
    }
    case 'SEAT_MOVE':
      return event.move === null ? ['make no move this turn'] : phrase`make the move “${own(index.moves.get(`${event.actor}/${event.move}`)?.title ?? event.move)}”`;
    case 'SEAT_OFFER':
      return event.offer === null ? ['make no offer now'] : phrase`make the offer “${own(index.offers.get(`${event.actor}/${event.offer}`)?.title ?? event.offer)}”`;
    case 'SEAT_CRISIS_REPLY':
      return [`${CRISIS_REPLY_WORDS[event.reply]} in the crisis`];
    case 'SEAT_ROUND': {
      const option: Phrase = asking?.kind === 'round' ? phrase` on “${own(optionTitle(index, asking.option))}”` : [];
      return phrase`${ROUND_WORDS[event.answer]}${option}`;
    }
    case 'ANSWER_OFFER':
      return [event.take ? 'take the offer' : 'decline the offer'];
  }
}
