// Frame times while a page animates: requestAnimationFrame intervals (what a person sees) and
// Phaser's own work per frame (pre-step to post-render), sampled in the page while `script`
// pokes it (clicks, hovers, board steps) at set times.
import type { Page } from 'playwright-core';
import { quantile, share } from './stats';

/** One vsync at 60 Hz. */
export const FRAME_MS = 1000 / 60;
/**
 * rAF timestamps of frames that kept the 60 Hz pace scatter by about a millisecond around
 * 16.7 ms; an interval counts as "under 16.7 ms" unless it is late by more than that jitter.
 */
export const JITTER_MS = 1.5;

export interface FrameRun {
  raf: number[];
  work: number[];
}

export interface FrameStats {
  runs: number;
  frames: number;
  /** Share of rAF intervals within one 60 Hz frame (16.7 ms + jitter), pooled over the runs. */
  under: number;
  /** The lowest per-run share, to see one bad run among good ones. */
  worstRunUnder: number;
  p50: number;
  p95: number;
  max: number;
  workP50: number;
  workP95: number;
  /** Share of frames whose Phaser work took under 16.7 ms. */
  workUnder: number;
}

export interface Poke {
  at: number;
  run: (page: Page) => Promise<unknown>;
}

// A string, not a function: tsx would wrap named inner functions in a helper the page lacks.
const SAMPLER = (gameExpr: string) => `(() => {
  const f = (window.__benchFrames = { raf: [], work: [], on: true });
  let last = -1;
  const tick = (t) => {
    if (last >= 0) f.raf.push(t - last);
    last = t;
    if (f.on) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  const game = ${gameExpr};
  let t0 = 0;
  game.events.on('prestep', () => (t0 = performance.now()));
  game.events.on('postrender', () => f.on && f.work.push(performance.now() - t0));
})()`;

/** Samples for `ms` while running `script` (times in ms from the start). */
export async function sampleFrames(page: Page, gameExpr: string, ms: number, script: readonly Poke[]): Promise<FrameRun> {
  await page.evaluate(SAMPLER(gameExpr));
  const start = Date.now();
  for (const poke of script) {
    const wait = poke.at - (Date.now() - start);
    if (wait > 0) await page.waitForTimeout(wait);
    await poke.run(page);
  }
  const rest = ms - (Date.now() - start);
  if (rest > 0) await page.waitForTimeout(rest);
  return page.evaluate(() => {
    const f = (window as unknown as { __benchFrames: FrameRun & { on: boolean } }).__benchFrames;
    f.on = false;
    return { raf: f.raf, work: f.work };
  });
}

export function frameStats(runs: readonly FrameRun[]): FrameStats {
  const raf = runs.flatMap((r) => r.raf);
  const work = runs.flatMap((r) => r.work);
  const ok = (d: number) => d < FRAME_MS + JITTER_MS;
  return {
    runs: runs.length,
    frames: raf.length,
    under: share(raf, ok),
    worstRunUnder: Math.min(...runs.map((r) => share(r.raf, ok))),
    p50: quantile(raf, 0.5),
    p95: quantile(raf, 0.95),
    max: Math.max(...raf),
    workP50: quantile(work, 0.5),
    workP95: quantile(work, 0.95),
    workUnder: share(work, (d) => d < FRAME_MS),
  };
}
