// Browser benchmark of the map board against a bare Phaser 4 page built the same way:
// (a) navigation to first rendered frame, (b) JavaScript shipped (gzip), (c) frame times while
// the board animates. Headless Chromium with --disable-gpu renders WebGL with SwiftShader
// (software), so absolute times are pessimistic next to a real GPU; compare the two pages.
// Run: npx tsx bench/browser/run.ts [--runs 7]
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { buildPages } from '../../tests/browser/board/buildPages';
import { launchChromium } from '../../tests/browser/board/chromium';
import { serveDirectory } from '../../tests/browser/board/staticServer';

const root = resolve(new URL('../..', import.meta.url).pathname);
const outDir = resolve(root, 'dist/bench-browser');
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 7;

const PAGES = {
  bare: { html: 'bench/browser/bare.html', query: '' },
  board: { html: 'board-demo.html', query: '?cycle=0' },
} as const;
type PageName = keyof typeof PAGES;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;

/** Sum of the JavaScript a built page loads: its module script and the chunks it preloads. */
function shippedJs(html: string): { files: number; raw: number; gzip: number } {
  const file = resolve(outDir, html);
  const text = readFileSync(file, 'utf8');
  const srcs = [...text.matchAll(/<script[^>]+src="([^"]+)"|<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)].map((m) => m[1] ?? m[2]!);
  let raw = 0;
  let gzip = 0;
  for (const src of new Set(srcs)) {
    const body = readFileSync(resolve(dirname(file), src));
    raw += body.length;
    gzip += gzipSync(body, { level: 9 }).length;
  }
  return { files: new Set(srcs).size, raw, gzip };
}

async function timeToFirstFrame(browser: Browser, base: string, name: PageName): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(`${base}/${PAGES[name].html}${PAGES[name].query}`);
  const ms = await page.waitForFunction(() => window.__boardReady, null, { timeout: 30_000 }).then((h) => h.jsonValue() as Promise<number>);
  await context.close();
  if (errors.length) throw new Error(`${name}: ${errors.join(' | ')}`);
  return ms;
}

interface FrameStats {
  frames: number;
  medianRaf: number;
  p95Raf: number;
  under: number;
  medianWork: number;
  p95Work: number;
  maxWork: number;
  workUnder: number;
}

const SAMPLER = `(() => {
  window.__frames = { raf: [], work: [] };
  window.__sampling = true;
  let last = performance.now();
  const tick = (t) => {
    window.__frames.raf.push(t - last);
    last = t;
    if (window.__sampling) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  const game = window.__game || window.__board.game;
  let t0 = 0;
  game.events.on('prestep', () => (t0 = performance.now()));
  game.events.on('postrender', () => window.__sampling && window.__frames.work.push(performance.now() - t0));
})()`;

/** Samples requestAnimationFrame intervals and Phaser's per-frame work (pre-step to post-render). */
async function sampleFrames(page: Page, ms: number, poke: (() => Promise<void>) | null, pokeEvery = 700): Promise<FrameStats> {
  // A string, not a function: tsx would wrap named inner functions in a helper the page lacks.
  await page.evaluate(SAMPLER);
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (poke) await poke();
    await page.waitForTimeout(Math.min(pokeEvery, end - Date.now()));
  }
  const { raf, work } = await page.evaluate(() => {
    const w = window as unknown as { __frames: { raf: number[]; work: number[] }; __sampling: boolean };
    w.__sampling = false;
    return w.__frames;
  });
  const r = raf.slice(2);
  return {
    frames: r.length,
    medianRaf: median(r),
    p95Raf: quantile(r, 0.95),
    under: r.filter((d) => d < 16.7 + 1.5).length / r.length,
    medianWork: median(work),
    p95Work: quantile(work, 0.95),
    maxWork: Math.max(...work),
    workUnder: work.filter((d) => d < 16.7).length / work.length,
  };
}

async function framesOf(browser: Browser, base: string, name: PageName, animate: boolean): Promise<FrameStats> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${base}/${PAGES[name].html}${PAGES[name].query}`);
  await page.waitForFunction(() => window.__boardReady !== undefined, null, { timeout: 30_000 });
  await page.waitForTimeout(500);
  const poke = animate ? () => page.evaluate(() => window.__boardStep!()) : null;
  const stats = await sampleFrames(page, 8000, poke);
  await page.close();
  return stats;
}

async function main(): Promise<void> {
  await buildPages(outDir, { bare: resolve(root, 'bench/browser/bare.html') });
  const server = await serveDirectory(outDir);
  const browser = await launchChromium();
  try {
    const first: Record<PageName, number[]> = { bare: [], board: [] };
    // Interleave the pages so drift on the machine hits both alike; the first run warms up.
    await timeToFirstFrame(browser, server.url, 'bare');
    await timeToFirstFrame(browser, server.url, 'board');
    for (let i = 0; i < RUNS; i++) for (const name of ['bare', 'board'] as const) first[name].push(await timeToFirstFrame(browser, server.url, name));

    const js = { bare: shippedJs(PAGES.bare.html), board: shippedJs(PAGES.board.html) };
    const frames = {
      'bare, idle': await framesOf(browser, server.url, 'bare', false),
      'board, idle': await framesOf(browser, server.url, 'board', false),
      'board, animating': await framesOf(browser, server.url, 'board', true),
    };

    const kb = (n: number) => `${(n / 1024).toFixed(0)} KiB`;
    const f1 = (n: number) => n.toFixed(1);
    console.log(`\nChromium ${browser.version()} headless, --disable-gpu: WebGL on SwiftShader (software). 1280x800.`);
    console.log(`\n(a) navigation -> first rendered frame, median of ${RUNS} runs (ms)`);
    console.table({
      bare: { median: f1(median(first.bare)), min: f1(Math.min(...first.bare)), max: f1(Math.max(...first.bare)) },
      board: { median: f1(median(first.board)), min: f1(Math.min(...first.board)), max: f1(Math.max(...first.board)) },
    });
    console.log('(b) JavaScript shipped');
    console.table({
      bare: { files: js.bare.files, raw: kb(js.bare.raw), gzip: kb(js.bare.gzip) },
      board: { files: js.board.files, raw: kb(js.board.raw), gzip: kb(js.board.gzip) },
      'board - bare': { files: '', raw: kb(js.board.raw - js.bare.raw), gzip: kb(js.board.gzip - js.bare.gzip) },
    });
    console.log('(c) frames over 8 s: rAF interval, and Phaser work per frame (pre-step to post-render), ms');
    console.table(
      Object.fromEntries(
        Object.entries(frames).map(([k, s]) => [
          k,
          {
            frames: s.frames,
            'rAF median': f1(s.medianRaf),
            'rAF p95': f1(s.p95Raf),
            'rAF <16.7ms': `${(s.under * 100).toFixed(1)}%`,
            'work median': f1(s.medianWork),
            'work p95': f1(s.p95Work),
            'work max': f1(s.maxWork),
            'work <16.7ms': `${(s.workUnder * 100).toFixed(1)}%`,
          },
        ]),
      ),
    );
    writeFileSync(resolve(outDir, 'results.json'), JSON.stringify({ runs: RUNS, first, js, frames }, null, 2));
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
