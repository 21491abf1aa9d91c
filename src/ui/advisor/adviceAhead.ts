// The advisor works a turn's advice out before it is asked, while the player reads the turn: its
// workers' first run is several times slower than the later ones (the JavaScript engine compiling
// the rules), and this way that run is rarely the one a player waits for. It does so:
// - for the first planning the page shows (the workers' warm-up, once per page: if the player
//   plays on before it is done, the next turn's opening), and, once the player has opened the
//   advisor in this page, for each new turn's opening position;
// - only when the player has not turned it off (a box in the advisor's dialog), while the page is
//   visible, and once the position has stayed AHEAD_DELAY_MS with no click, key or wheel on the
//   page and no pointer moving over the board (the turn's animation done; a player who acts or
//   explores the board is not slowed: on two cores the workers would take the board's frames);
// - never in the page's own thread.
// Using the page holds it (its workers finish the two parts in hand, 25 playthroughs each, and take
// no other) until the page is quiet again; playing on stops it: the workers finish their parts and
// stay warm for the player's own run. It runs on the advisor's workers, one per core but one
// (advicePool.ts), the page keeping a core for its drawing.
import type { BrowserGame } from '../../app/browser/game';
import { storage } from '../../app/browser/storage';
import type { GameState } from '../../engine';

/** Where the player's choice is kept: 'off' turns the work ahead off (the bench and tests set it too). */
export const AHEAD_PREFERENCE_KEY = 'pivot-east/advisor-ahead';
const AHEAD_DELAY_MS = 2000;

/** The status for the bench and tests: `window.__pivotEastAdviceAhead`. */
export interface AheadHook {
  turn: number;
  status: 'working' | 'ready';
}

let advisorOpened = false;
let warmedUp = false;

/** The player's choice, kept in this browser; on unless turned off. */
export function aheadWanted(): boolean {
  return storage()?.getItem(AHEAD_PREFERENCE_KEY) !== 'off';
}

export function setAheadWanted(on: boolean): void {
  try {
    storage()?.setItem(AHEAD_PREFERENCE_KEY, on ? 'on' : 'off');
  } catch {
    // not kept: it still holds for this page
  }
  if (!on) void import('./runAdvice').then(({ stopAhead }) => stopAhead());
}

/** The player opened the advisor: from now on each turn's opening is worked out ahead. */
export function noteAdvisorOpened(): void {
  advisorOpened = true;
}

function hook(value: AheadHook | null): void {
  (window as { __pivotEastAdviceAhead?: AheadHook | null }).__pivotEastAdviceAhead = value;
}

/** Input that means the player is busy with the page, not reading: it puts the work ahead off. */
const PAGE_INPUT = ['pointerdown', 'keydown', 'wheel'] as const;

/**
 * For one play screen: `seen` after each drawing (it looks whether the position is one to work out
 * ahead); `dispose` when the screen goes. `board`: the board's element, where a moving pointer
 * animates the board (and so puts the work ahead off too); `drawn`: the board's first frame, before
 * which the page is still loading.
 */
export function watchAhead(game: BrowserGame, board: HTMLElement, drawn: Promise<void>): { seen(): void; dispose(): void } {
  let shown: GameState | null = null;
  /** The position waiting for a quiet spell of AHEAD_DELAY_MS. */
  let pending: GameState | null = null;
  let loaded = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let quietTimer: ReturnType<typeof setTimeout> | undefined;
  // The advisor's code, loaded only once something is worked out ahead.
  let advice: typeof import('./runAdvice') | null = null;
  const stop = () => {
    clearTimeout(quietTimer);
    advice?.stopAhead();
  };

  const wanted = (state: GameState) =>
    aheadWanted() && game.phase() === 'planning' && state.proposals.length === 0 && (!warmedUp || advisorOpened);
  const still = (state: GameState) => game.session.game() === state && document.visibilityState === 'visible' && wanted(state);

  const start = (state: GameState) => {
    if (!still(state)) return;
    void import('./runAdvice').then((module) => {
      advice = module;
      // Checked again: the position may have moved on while the code loaded.
      if (!still(state)) return;
      hook({ turn: state.turn, status: 'working' });
      const begun = module.adviseAhead(game.index, state, () => {
        // Warmed up once a whole advice is in: one stopped early leaves it to the next opening.
        warmedUp = true;
        if (game.session.game() === state) hook({ turn: state.turn, status: 'ready' });
      });
      if (!begun) hook(null); // the player's own run is under way
    });
  };

  const wait = () => {
    clearTimeout(timer);
    if (!loaded) return; // the board's first frame starts the wait
    timer = setTimeout(() => {
      const state = pending;
      pending = null;
      if (state === null) return;
      // When the page is next idle (its drawing done).
      if ('requestIdleCallback' in window) requestIdleCallback(() => start(state), { timeout: 1000 });
      else start(state);
    }, AHEAD_DELAY_MS);
  };
  // Not started yet: wait for a quiet spell. Under way: hold it until the page is quiet again.
  const busy = () => {
    if (pending !== null) wait();
    else if (advice !== null) {
      advice.holdAhead(true);
      clearTimeout(quietTimer);
      quietTimer = setTimeout(() => advice?.holdAhead(false), AHEAD_DELAY_MS);
    }
  };
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') stop();
  };
  for (const type of PAGE_INPUT) document.addEventListener(type, busy, { capture: true, passive: true });
  board.addEventListener('pointermove', busy, { passive: true });
  document.addEventListener('visibilitychange', onVisibility);
  void drawn.then(() => {
    loaded = true;
    if (pending !== null) wait();
  });

  return {
    seen() {
      const state = game.session.game();
      if (state === shown) return;
      shown = state;
      pending = null;
      clearTimeout(timer);
      stop();
      if (!wanted(state)) return;
      pending = state;
      wait();
    },
    dispose() {
      clearTimeout(timer);
      pending = null;
      for (const type of PAGE_INPUT) document.removeEventListener(type, busy, { capture: true });
      board.removeEventListener('pointermove', busy);
      document.removeEventListener('visibilitychange', onVisibility);
      stop();
    },
  };
}
