// The pages the browser bench opens, and the window property each sets (ms after navigation)
// once it counts as loaded.
export const PAGES = {
  /** Phaser 4 alone, built by the same Vite config: one scene with one rectangle. */
  bare: { path: 'bench/browser/bare.html', mark: '__boardReady', what: 'first frame rendered' },
  /** The game itself, started by a share link: loaded = play screen usable and the board drawn. */
  game: { path: 'index.html#scenario=tutorial&seed=bench', mark: '__pivotEastPlayable', what: 'playable board (End turn + first board frame with actors)' },
  /** The board's demo page with sample data (no game code). */
  demo: { path: 'board-demo.html?cycle=0', mark: '__boardReady', what: 'first board frame' },
} as const;

export type PageName = keyof typeof PAGES;

export const VIEWPORT = { width: 1280, height: 800 };
