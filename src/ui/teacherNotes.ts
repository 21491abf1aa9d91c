// "For teachers": a scenario's teacherNotes (how to run the class, what to look for), shown on the
// start screen for the chosen scenario, on the printed debrief and in the class view. The notes come
// from a scenario file, so they go in as text.
import './teacherNotes.css';
import { h, type Child } from './dom';
import { scenarioText } from './scenarioText';

/**
 * The notes as a panel with its own heading, or null when the scenario has none. `id` makes the
 * heading's id unique on its page; `collapsed` puts the list in a disclosure (the start screen);
 * `language`: the scenario's, the notes' (the heading is the game's English).
 */
export function teacherNotesPanel(notes: readonly string[] | undefined, id: string, options: { collapsed?: Child; language?: string | undefined } = {}): HTMLElement | null {
  if (!notes || notes.length === 0) return null;
  const list = scenarioText(options.language, 'ul', { class: 'teacher-notes-list' }, notes.map((note) => h('li', null, note)));
  return h(
    'section',
    { class: 'panel teacher-notes', attrs: { 'aria-labelledby': id, 'data-testid': 'teacher-notes' } },
    h('h2', { id }, 'For teachers'),
    options.collapsed ? h('details', { class: 'teacher-notes-details' }, h('summary', null, options.collapsed), list) : list,
  );
}
