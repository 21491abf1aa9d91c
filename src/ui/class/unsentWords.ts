// What this device sent to the class game and the room has not answered yet, said in the student's
// strip and the teacher's top bar: a tap made offline changed nothing on screen until it was sent (the game changes only by
// the room's accepted events), so the student could not tell it was kept. It is said at once when
// the device is offline or the link is down, and after SLOW_ANSWER_MS otherwise (a network gone
// without the device knowing it: the link learns of it only when its socket closes).
import type { GameState, ScenarioIndex } from '../../engine';
import type { SeatQuestion } from '../../machines/seatQuestion';
import { phrase, type Phrase } from '../scenarioText';
import type { Connection, Unanswered } from './classRoom';
import { eventWords } from './eventWords';
import { teacherActionWords } from './teacherActionWords';

/** How long an answer may take on a working network before the strip says it is awaited. */
export const SLOW_ANSWER_MS = 3000;

export interface UnsentContext {
  index: ScenarioIndex;
  game: GameState;
  asking: SeatQuestion | null;
  connection: Connection;
  deviceOnline: boolean;
  now: number;
}

/** The line for the unanswered events or actions (oldest first), or null when there is nothing to say yet. */
export function unsentPhrase(unanswered: readonly Unanswered[], c: UnsentContext): Phrase | null {
  if (unanswered.length === 0 || c.connection === 'left') return null;
  const linkDown = !c.deviceOnline || c.connection !== 'connected';
  if (!linkDown && c.now - unanswered[0]!.since < SLOW_ANSWER_MS) return null;
  const words = (u: Unanswered) => ('event' in u ? eventWords(c.index, c.game, u.event, c.asking) : teacherActionWords(c.index, u.action));
  const what = unanswered.flatMap((u, i) => (i === 0 ? words(u) : ['; ', ...words(u)]));
  // Lost, the link settles nothing more: the server may have taken it and only its answer gone.
  if (c.connection === 'lost') return phrase`Perhaps not sent, as the class server cannot be reached: ${what}. Once you are back by the join link, see whether it was done before you do it again.`;
  if (linkDown) return phrase`Kept to be sent when the connection is back: ${what}.`;
  return phrase`Sent, the class server has not answered yet: ${what}. It is sent again if the connection drops.`;
}

/** When the line may change by time alone (an answer becoming slow), or null. */
export function unsentChangesAt(unanswered: readonly { since: number }[], now: number): number | null {
  const oldest = unanswered[0];
  return oldest === undefined || now - oldest.since >= SLOW_ANSWER_MS ? null : oldest.since + SLOW_ANSWER_MS;
}
