// A class game's notes ("The teacher ended turn 3 now: the computer decided what the turn still
// waited for."), as the debrief and the game log list them: text, never markup.
import { h, type Child } from './dom';

/**
 * The section listing `notes`, or nothing when there are none; `key` names it (its test id, its
 * title's id). `fromFile`: the notes came with a record, beside its events: its checksums,
 * which vouch for the game, say nothing of them (a student could write one in), so the section says so.
 */
export function classNotesSection(notes: readonly { text: string }[], key: string, heading: 'h2' | 'h3' = 'h2', fromFile = false): Child {
  if (notes.length === 0) return null;
  return h(
    'section',
    { class: 'panel class-notes', attrs: { 'aria-labelledby': `${key}-title`, 'data-testid': key } },
    h(heading, { id: `${key}-title` }, 'Notes on this game'),
    h('ul', null, notes.map((n) => h('li', null, n.text))),
    fromFile ? h('p', { class: 'small muted', attrs: { 'data-testid': `${key}-unchecked` } }, 'As the record has them: its checksums check the game’s moves, not these notes.') : null,
  );
}
