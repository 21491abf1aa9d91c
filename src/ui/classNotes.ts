// A class game's notes ("The teacher ended turn 3 now: the computer decided what the turn still
// waited for."), as the debrief and the game log list them: text, never markup.
import { h, type Child } from './dom';

/** The section listing `notes`, or nothing when there are none; `key` names it (its test id, its title's id). */
export function classNotesSection(notes: readonly { text: string }[], key: string, heading: 'h2' | 'h3' = 'h2'): Child {
  if (notes.length === 0) return null;
  return h('section', { class: 'panel class-notes', attrs: { 'aria-labelledby': `${key}-title`, 'data-testid': key } }, h(heading, { id: `${key}-title` }, 'Notes on this game'), h('ul', null, notes.map((n) => h('li', null, n.text))));
}
