// A small notice at the bottom of the page: a new version of the game is ready, reload to use it.
// The player chooses when (a game in progress is saved; a reload offers to resume it).
import './updateNotice.css';
import { button, h } from './dom';

let shown: HTMLElement | null = null;

export function showUpdateNotice(reload: () => void): void {
  if (shown) return;
  shown = h(
    'div',
    { class: 'update-notice', attrs: { role: 'status' } },
    h('span', null, 'A new version of Pivot East is ready.'),
    button('Reload', reload, { key: 'update-reload', class: 'primary' }),
    // Dismissed, it stays away on this page: the next visit offers it again.
    button('Later', () => shown?.remove(), { key: 'update-later' }),
  );
  document.body.append(shown);
}
