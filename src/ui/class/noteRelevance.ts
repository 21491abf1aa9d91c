// How long the room's note ("Time was up on turn 3: the computer decided what the turn still
// waited for.") stays on the class screens. It comes as the computer ends that turn, so it is first
// read as the next turn begins, saying why the game moved on; once a student has done something in
// the new turn it is old news and goes. It stayed through the whole next turn, beside that turn's
// clock, as if that turn's time were up.
import { standInOf, type PlayerEvent } from '../../machines/events';

/** A note on screen: its text, the turn it came in, and how many events people had made then. */
export interface ShownNote {
  text: string;
  turn: number;
  people: number;
}

/** The events people made (the computer's carry its name: they end the turn the note is about). */
export const peopleEvents = (events: readonly PlayerEvent[]): number => events.filter((e) => standInOf(e) === undefined).length;

/** Whether the note still belongs on screen: the game now at `turn`, people having made `people` events. */
export function noteStillShown(note: ShownNote, now: { turn: number; people: number; ended: boolean }): boolean {
  // Once the game is over, the ending says what matters.
  if (now.ended) return false;
  return now.people === note.people && now.turn <= note.turn + 1;
}
