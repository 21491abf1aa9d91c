// The play screen's two keys that move the focus: to End turn, and to "Your proposals this turn".
// From the last proposal's Withdraw, End turn was 25 to 32 presses of Shift+Tab away. They only
// move the focus (Enter then ends the turn): no single key ends one. Given to screen readers with
// aria-keyshortcuts, written beside the link to End turn under the proposals, and in the start
// screen's keyboard help.
import { focusInView } from '../focusInView';

export const END_TURN_KEYS = 'Alt+Shift+E';
export const PROPOSALS_KEYS = 'Alt+Shift+P';

/** Where the keys go: on a phone's one column the strip's End turn (it stays in the window), else the top bar's. */
function endTurn(): HTMLElement | null {
  const strip = document.querySelector<HTMLElement>('[data-key="end-turn-strip"]');
  return strip && strip.getClientRects().length > 0 ? strip : document.querySelector<HTMLElement>('[data-key="end-turn"]');
}

/** Moves the focus to End turn, in view. */
export function goToEndTurn(): void {
  const target = endTurn();
  if (target) focusInView(target);
}

/** Listens for the keys while the play screen is shown; returns the stop. */
export function listenForPlayKeys(): () => void {
  const onKey = (e: KeyboardEvent) => {
    // A dialog answers first (the game waits on it, or it is read).
    if (!e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey || document.querySelector('dialog[open]')) return;
    // By the key's place: Option+Shift+E is a character of its own on a Mac.
    if (e.code === 'KeyE') goToEndTurn();
    else if (e.code === 'KeyP') {
      const heading = document.getElementById('queue-title');
      if (heading) focusInView(heading, 'start');
    } else return;
    e.preventDefault();
  };
  document.addEventListener('keydown', onKey);
  return () => document.removeEventListener('keydown', onKey);
}
