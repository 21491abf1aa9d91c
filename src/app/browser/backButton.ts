// The browser's Back (a phone's back gesture) inside the game: on a screen with a way back of its
// own (a game to the start screen, where it stays saved; a replay to the debrief or the class it was
// opened from), Back takes that way instead of leaving the page, which a player on a phone met as
// the game vanishing. It keeps one history entry of its own above the page's while such a screen
// shows; on the start screen Back leaves the page as before.
//
// Every entry the game marks carries a number that grows, so that a move through the history is
// known to be Back (to a lower number) or Forward (to a higher one, which changes nothing). An
// entry with no mark is a link followed in the page (a fragment navigation), which the page's
// share-link handling reads; it is marked then, as the newest.

const MARK = 'pivot-east/entry';

interface Entry {
  /** Grows with each entry marked, across reloads (the marks stay in the history). */
  n: number;
  /** Pushed by the game, over the entry the screen's way back leaves for. */
  above: boolean;
}

let onBack: (() => void) | null = null;
let last = Date.now();
const nextNumber = () => (last = Math.max(last + 1, Date.now()));

const entryOf = (state: unknown): Entry | null => ((state as { [MARK]?: Entry } | null)?.[MARK] ?? null);
/** The number of the entry the page is on. */
let here = entryOf(history.state)?.n ?? 0;

/** Marks the entry the page is on as the newest, one a screen's way back may leave for. */
function markHere(): void {
  here = nextNumber();
  history.replaceState({ ...(history.state as object | null), [MARK]: { n: here, above: false } }, '');
}

/**
 * The address of the game's own entry when it was last pushed or changed: pushed again after a Back
 * that stays (a dialog closed, a question asked), it keeps that address, not the one below (a class
 * game's `?class=CODE`, set after its join screen, would be lost, and a reload with it).
 */
let aboveAddress: string | null = null;

/** Pushes the game's own entry over the present one: at `address`, or the present address. */
function pushAbove(address?: string): void {
  here = nextNumber();
  history.pushState({ [MARK]: { n: here, above: true } }, '', address);
  aboveAddress = location.href;
}

/** The present screen's way back (null: none, Back leaves the page). */
export function backGoesTo(action: (() => void) | null): void {
  onBack = action;
  if (action === null || entryOf(history.state)?.above) return;
  markHere();
  pushAbove();
}

/**
 * A way back that asks first (a live class game, which a back gesture made by mistake would leave):
 * Back calls `ask`, and the screen keeps an entry above, so that Back again closes the question as
 * Escape does and the screen stays.
 */
export function askingBack(ask: () => void): () => void {
  const action = () => {
    onBack = action;
    markHere();
    pushAbove(aboveAddress ?? undefined);
    ask();
  };
  return action;
}

/**
 * Replaces the present entry's address, keeping its mark (a share link's address cleared once its
 * game is on: main.ts).
 */
export function replaceAddress(url: string): void {
  history.replaceState(history.state, '', url);
  if (entryOf(history.state)?.above) aboveAddress = location.href;
}

/** The dialog Escape would close: the one opened last (openDialog appends each to the body). */
function topDialog(): HTMLDialogElement | null {
  const open = document.querySelectorAll<HTMLDialogElement>('dialog[open]');
  return open[open.length - 1] ?? null;
}

function onPopState(): void {
  const entry = entryOf(history.state);
  if (entry === null) {
    markHere(); // a link followed in the page: the page's own handling
    return;
  }
  const back = entry.n < here;
  here = entry.n;
  if (!back) return; // Forward: the screen stays
  // Back to an entry of a game played before: its share link (if it was opened by one) has been
  // played; reading it again would offer to start that game over the saved one.
  if (location.hash !== '') history.replaceState(history.state, '', location.pathname + location.search);
  // An open dialog: Back does what Escape does (closes it unless it must be answered), and the
  // screen stays, with an entry above again.
  const dialog = topDialog();
  if (dialog !== null && onBack !== null) {
    pushAbove(aboveAddress ?? undefined);
    if (dialog.dispatchEvent(new Event('cancel', { cancelable: true }))) dialog.close();
    return;
  }
  const action = onBack;
  onBack = null;
  // A screen with no way back (the start screen): Back leaves the page, through any entries of
  // the game's left below.
  if (action === null) history.back();
  else action();
}

window.addEventListener('popstate', onPopState);
