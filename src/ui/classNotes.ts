// A class game's notes ("The teacher ended turn 3 now: the computer decided what the turn still
// waited for."), as the debrief and the game log list them: text, never markup.
import { h, type Child } from './dom';

/** The section listing `notes`, or nothing when there are none. */
export function classNotesSection(notes: readonly { text: string }[], titleId: string, heading: 'h2' | 'h3' = 'h2'): Child {
  if (notes.length === 0) return null;
  return h('section', { class: 'panel class-notes', attrs: { 'aria-labelledby': titleId, 'data-testid': `${titleId.replace(/-title$/, '')}` } }, h(heading, { id: titleId }, 'Notes from the class game'), h('ul', null, notes.map((n) => h('li', null, n.text))));
}
