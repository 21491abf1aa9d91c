// A notice at the bottom of the page when part of the game could not be fetched (the classroom's
// network dropped, or the server was given a new version whose files have other names): without
// it a click on Start or "Replay" does nothing at all. Reloading fetches the game again; a game in
// progress is saved after every move, and a reload offers to resume it.
import './updateNotice.css';
import { button, h } from './dom';

let shown: HTMLElement | null = null;

export const LOAD_FAILURE_WORDS = 'Part of Pivot East could not be loaded from the server: the network may be down, or a new version has been put on the server.';

export function showLoadFailureNotice(): void {
  if (shown?.isConnected) return;
  shown = h(
    'div',
    { class: 'update-notice load-failure', attrs: { role: 'alert', 'data-testid': 'load-failure' } },
    h('span', null, `${LOAD_FAILURE_WORDS} Reload the page to go on (a game in progress is kept).`),
    button('Reload', () => location.reload(), { key: 'load-failure-reload', class: 'primary' }),
    button('Close', () => shown?.remove(), { key: 'load-failure-close' }),
  );
  document.body.append(shown);
}
