// How much of the player's game the computer decided, for the debrief's score: in a class game the
// computer decides for the player's seat when time is up, when the teacher ends a turn, and while
// the seat is given to it. A student whose seat the computer held for half the game read "Your
// score" with no word of it (the bot comparison said it inside a long sentence).
import type { PlayerEvent } from '../machines/events';
import { seatWords } from './text';

/** The player's own decisions, not the other seats' (SEAT_…) nor a withdrawn proposal. */
const PLAYER_DECISIONS = new Set(['PROPOSE', 'END_TURN', 'TAKE_COUNTER', 'DECLINE_COUNTER', 'COUNTER_BACK', 'ANSWER_CRISIS', 'ANSWER_OFFER']);

/**
 * "The computer (the greedy bot) made 26 of your 37 decisions: …", or null when it made none.
 * `your`: "your", or the player's name as others read it ("Russia’s").
 */
export function computerShareWords(events: readonly PlayerEvent[], your: string): string | null {
  const own = events.filter((e) => PLAYER_DECISIONS.has(e.type));
  const bots = new Set<string>();
  let byComputer = 0;
  for (const e of own) {
    if (!('by' in e) || e.by === undefined) continue;
    byComputer += 1;
    bots.add(e.by);
  }
  if (byComputer === 0) return null;
  const which = bots.size === 1 ? ` (${seatWords([...bots][0])})` : '';
  return `The computer${which} made ${byComputer} of ${your} ${own.length} decisions in this game: when time was up, when the teacher ended a turn, or while it held the seat.`;
}
