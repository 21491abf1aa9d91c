// The room's newest note ("Time was up on turn 8: the computer decided what the turn still waited
// for."), on the class screens from when it comes until the turn after it is over: the computer's
// decisions for the seats whose time ran out were otherwise silent (the game simply moved on).
// Notes from before the screen opened are the record's, not news.
import { announce } from '../announce';
import { h } from '../dom';
import type { ClassRoom } from './classRoom';

export function noteLine(room: ClassRoom): { element: HTMLElement; update(): void } {
  const element = h('p', { class: 'class-note', attrs: { 'data-testid': 'class-note' } });
  element.hidden = true;
  let seen = room.state().notes.length;
  // Events the screen had seen when it opened: a note placed before them is old, even when a
  // reconnection brings the room's notes again.
  const since = room.state().events;
  let shown: { text: string; untilTurn: number } | null = null;
  return {
    element,
    update() {
      const { notes, ended } = room.state();
      const turn = room.game().session.game().turn;
      if (notes.length > seen) {
        const note = notes[notes.length - 1]!;
        seen = notes.length;
        // It comes before the computer's events that end the turn: shown through the next one.
        if (note.atEvent >= since) {
          shown = { text: note.text, untilTurn: turn + 1 };
          announce(note.text);
        }
      }
      // Once the game is over, the ending says what matters.
      if (shown !== null && (turn > shown.untilTurn || ended !== null)) shown = null;
      element.textContent = shown?.text ?? '';
      element.hidden = shown === null;
    },
  };
}
