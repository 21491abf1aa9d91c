// The play screen's note after resuming a game saved with another version of its scenario (its
// texts corrected since, say) that replays exactly the same: the player is told once, in plain
// words, and can put the note away. The save already names the current version, so it does not
// come back.
import type { BrowserGame } from '../app/browser/game';
import { scenarioVersionNote } from '../app/replay';
import { button, h } from './dom';

export function versionNoteBanner(game: BrowserGame): HTMLElement | null {
  const change = game.scenarioVersionChanged;
  if (!change) return null;
  const note: HTMLElement = h(
    'aside',
    { class: 'hint version-note', attrs: { 'aria-labelledby': 'version-note-title', 'data-testid': 'version-note' } },
    h('h2', { id: 'version-note-title' }, 'This scenario has been updated'),
    h('p', null, `Your saved game was ${scenarioVersionNote(change)}. It goes on as you left it.`),
    button(
      'OK',
      () => {
        note.remove();
        // The button is gone: keep keyboard users in the game.
        document.querySelector<HTMLElement>('[data-key="end-turn"]')?.focus();
      },
      { class: 'secondary small', key: 'version-note-ok' },
    ),
  );
  return note;
}
