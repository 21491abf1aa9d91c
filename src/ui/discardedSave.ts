// The start screen's saved game once discarded: its panel says so in its place, with Undo, which
// takes the focus. The screen used to be drawn again: the focus lost, the scenario chosen and the
// seed typed gone, nothing said, and a game lost to one key.
import { announce } from './announce';
import { button, h } from './dom';

/** Puts the notice in `panel`'s place; `undo` puts the save back (false: it could not), `what` names it. */
export function showDiscarded(panel: HTMLElement, undo: () => boolean, what: string): void {
  const said = h('p', null, `Discarded: ${what}. Undo brings it back while this page is open.`);
  const undoButton = button('Undo', () => {
    if (!undo()) {
      said.textContent = 'The saved game could not be brought back: another game was saved meanwhile, or the browser refused to keep it.';
      announce(said.textContent);
      return;
    }
    notice.replaceWith(panel);
    panel.querySelector<HTMLElement>('button')?.focus();
    announce(`Your saved game is back: ${what}.`);
  }, { class: 'secondary', key: 'undo-discard' });
  const notice = h('section', { class: 'panel resume', attrs: { 'aria-labelledby': 'resume-title' } }, h('h2', { id: 'resume-title', tabIndex: -1 }, 'Saved game discarded'), said, undoButton);
  panel.replaceWith(notice);
  undoButton.focus();
  announce(`Saved game discarded: ${what}. Undo brings it back.`);
}
