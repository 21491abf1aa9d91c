// How much of the player's game the computer decided, for the debrief's score: in a class game the
// computer decides for the player's seat when time is up, when the teacher ends a turn, and while
// the seat is given to it. A student whose seat the computer held for half the game read "Your
// score" with no word of it (the bot comparison said it inside a long sentence).
import type { GameRecord } from '../app/record';
import { playerDecisions } from '../app/seatDecisions';
import { seatWords } from './text';

/**
 * "The computer (the greedy bot) made 26 of your 37 decisions: …", or null when it made none.
 * `your`: "your", or the player's name as others read it ("Russia’s").
 */
export function computerShareWords(playerId: string, record: Pick<GameRecord, 'events'>, your: string): string | null {
  const { decisions, by } = playerDecisions(playerId, record);
  const computer = decisions - (by.person ?? 0);
  if (computer === 0) return null;
  const bots = Object.keys(by).filter((holder) => holder !== 'person');
  const which = bots.length === 1 ? ` (${seatWords(bots[0])})` : '';
  return `The computer${which} made ${computer} of ${your} ${decisions} decisions in this game: when time was up, when the teacher ended a turn, or while it held the seat.`;
}
