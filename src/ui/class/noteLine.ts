// The room's newest note ("Time was up on turn 8: the computer decided what the turn still waited
// for."), on the class screens from when it comes until the next turn is under way
// (noteRelevance.ts): the computer's decisions for the seats whose time ran out were otherwise
// silent (the game simply moved on). Notes from before the screen opened are the record's, not news.
import { announce } from '../announce';
import { h } from '../dom';
import type { ClassRoom } from './classRoom';
import { noteStillShown, peopleEvents, type ShownNote } from './noteRelevance';

export function noteLine(room: ClassRoom): { element: HTMLElement; update(): void } {
  const element = h('p', { class: 'class-note', attrs: { 'data-testid': 'class-note' } });
  element.hidden = true;
  let seen = room.state().notes.length;
  // Events the screen had seen when it opened: a note placed before them is old, even when a
  // reconnection brings the room's notes again.
  const since = room.state().events;
  let shown: ShownNote | null = null;
  return {
    element,
    update() {
      const { notes, ended } = room.state();
      const { session } = room.game();
      const now = { turn: session.game().turn, people: peopleEvents(session.events), ended: ended !== null };
      if (notes.length > seen) {
        const note = notes[notes.length - 1]!;
        seen = notes.length;
        // It comes before the computer's events that end the turn.
        if (note.atEvent >= since) {
          shown = { text: note.text, turn: now.turn, people: now.people };
          announce(note.text);
        }
      }
      if (shown !== null && !noteStillShown(shown, now)) shown = null;
      element.textContent = shown?.text ?? '';
      element.hidden = shown === null;
    },
  };
}
