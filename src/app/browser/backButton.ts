// The browser's Back (a phone's back gesture) inside the game: on a screen with a way back of its
// own (a game to the start screen, where it stays saved; a replay to the debrief or the class it was
// opened from), Back takes that way instead of leaving the page, which a player on a phone met as
// the game vanishing. It keeps one history entry of its own above the page's while such a screen
// shows; on the start screen Back leaves the page as before.
//
// The entry below is marked too, so that Back (a traversal to it) is told apart from a new link
// typed or followed in the same page (a fragment navigation, whose entry has no state), which the
// page's share-link handling reads as before.

const BELOW = 'pivot-east/below';
const ABOVE = 'pivot-east/above';

let onBack: (() => void) | null = null;

const entryIs = (mark: string) => (history.state as { [key: string]: unknown } | null)?.[mark] === true;

/** The present screen's way back (null: none, Back leaves the page). */
export function backGoesTo(action: (() => void) | null): void {
  onBack = action;
  if (action === null || entryIs(ABOVE)) return;
  history.replaceState({ ...(history.state as object | null), [BELOW]: true }, '');
  history.pushState({ [ABOVE]: true }, '');
}

/**
 * Replaces the present entry's address, keeping its mark (a share link's address cleared once its
 * game is on: main.ts).
 */
export function replaceAddress(url: string): void {
  history.replaceState(history.state, '', url);
}

function onPopState(): void {
  if (!entryIs(BELOW)) return; // a link followed in the page, or Forward: the page's own handling
  // Back to the entry below: its share link (if it was opened by one) has been played; reading
  // it again would offer to start that game over the saved one.
  if (location.hash !== '') history.replaceState(history.state, '', location.pathname + location.search);
  // An open dialog: Back does what Escape does (closes it unless it must be answered), and the
  // screen stays, its entry above again.
  const dialog = document.querySelector<HTMLDialogElement>('dialog[open]');
  if (dialog !== null && onBack !== null) {
    history.pushState({ [ABOVE]: true }, '');
    if (dialog.dispatchEvent(new Event('cancel', { cancelable: true }))) dialog.close();
    return;
  }
  const action = onBack;
  onBack = null;
  // A screen with no way back (the start screen, come to by its own buttons): Back leaves the page.
  if (action === null) history.back();
  else action();
}

window.addEventListener('popstate', onPopState);
