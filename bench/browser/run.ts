// Browser bench: the game page, opened by a share link, to a playable board (pages.ts) against a
// bare Phaser 4 page built by the same Vite config, and the board's demo; the JavaScript each
// fetched until then (from the network, load.ts); frame times while the board animates
// (frames.ts). Headless Chromium with --disable-gpu renders WebGL with SwiftShader (software):
// absolute times are pessimistic next to a GPU, so compare the pages. To see where a page's time
// goes, bench/browser/mainThread.ts traces it.
//
//   npx tsx bench/browser/run.ts [--runs 9] [--frame-runs 3] [--load-only] [--json]
//   npx tsx bench/browser/run.ts --advisor-only [--advisor-runs 3]   the advisor's time alone
//   npx tsx bench/browser/run.ts --class-only [--class-runs 5]       a class game's host, join and start alone
//   npm run bench -- --browser [--json]          (after the engine bench)
import { availableParallelism, cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { BrowserContext, Page } from 'playwright-core';
import { buildPages } from '../../tests/browser/board/buildPages';
import { launchChromium } from '../../tests/browser/board/chromium';
import { serveDirectory } from '../../tests/browser/board/staticServer';
import { classGameLine, measureClassGame } from './classGame';
import { ADVISOR_PAGE, aheadReported, measureAdvisor, measureAfterReading, measureAhead, playable, withoutAdviceAhead, type AdvisorOpenings, type AdvisorRun, type AheadRun } from './advisor';
import { frameStats, sampleFrames, type FrameRun, type Poke } from './frames';
import { benchWindow, loadedAt, loadOnce, type LoadRun } from './load';
import { PAGES, VIEWPORT, type PageName } from './pages';
import { printReport, targets, type BrowserBenchResult } from './report';
import { median } from './stats';

const { values: flags } = parseArgs({ options: { runs: { type: 'string' }, 'frame-runs': { type: 'string' }, 'load-only': { type: 'boolean' }, 'advisor-runs': { type: 'string' }, 'advisor-only': { type: 'boolean' }, 'class-runs': { type: 'string' }, 'class-only': { type: 'boolean' }, json: { type: 'boolean' } }, strict: true });
const RUNS = Number(flags.runs ?? 9);
const FRAME_RUNS = Number(flags['frame-runs'] ?? 3);
const SAMPLE_MS = 3000;
const ADVISOR_RUNS = Number(flags['advisor-runs'] ?? 3);
const CLASS_RUNS = Number(flags['class-runs'] ?? 5);
const root = resolve(new URL('../..', import.meta.url).pathname);
const outDir = resolve(root, 'dist/bench-browser');
const load = () => loadavg().map((x) => Math.round(x * 100) / 100);
const progress = (s: string) => process.stderr.write(`${s}\n`);

async function opened(context: BrowserContext, base: string, name: PageName): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${base}/${PAGES[name].path}`);
  await loadedAt(page, name);
  return page;
}

/** Moves the mouse onto an actor's marker on the game's board (a hover tween and tooltip). */
const hoverMarker = (id: string) => async (page: Page) => {
  const at = await page.evaluate((a) => {
    const b = (window as unknown as { __pivotEastBoard: { markerCenters(): Record<string, { x: number; y: number }>; canvasBox(): { x: number; y: number } } }).__pivotEastBoard;
    const c = b.markerCenters()[a]!;
    const box = b.canvasBox();
    return { x: box.x + c.x, y: box.y + c.y };
  }, id);
  await page.mouse.move(at.x, at.y);
};

// The game: end turn 1 (relations change: lines, badges, pulses and numbers animate), then select
// and hover actors as a player would.
const GAME_SCRIPT: Poke[] = [
  { at: 0, run: (p) => p.click('[data-key="end-turn"]') },
  { at: 900, run: (p) => p.click('[data-actor="japan"]') },
  { at: 1500, run: hoverMarker('china') },
  { at: 2100, run: (p) => p.click('[data-actor="china"]') },
  { at: 2600, run: hoverMarker('japan') },
];
// The same exploring on the 2019 game, started once the advisor works ahead on turn 2 (it holds
// its workers while the player uses the page; what it costs the board's frames then).
const EXPLORE_SCRIPT: Poke[] = GAME_SCRIPT.slice(1).map((p) => ({ ...p, at: p.at - 900 }));
/** About when the work ahead begins after End turn (its delay, then an idle moment). */
const AHEAD_WAIT_MS = 2300;
const DEMO_SCRIPT: Poke[] = [0, 700, 1400, 2100].map((at) => ({ at, run: (p) => p.evaluate(() => window.__boardStep!()) }));

async function frames(context: BrowserContext, base: string, name: PageName, gameExpr: string, script: Poke[], runs: number): Promise<FrameRun[]> {
  const out: FrameRun[] = [];
  for (let i = 0; i < runs; i++) {
    const page = await opened(context, base, name);
    out.push(await sampleFrames(page, gameExpr, SAMPLE_MS, script));
    await page.evaluate(() => localStorage.clear());
    await page.close();
  }
  return out;
}

/**
 * The 2019 game (the advisor's most work), exploring from when the advisor works ahead on turn 2;
 * without the work ahead (`ahead` false), from as long after the turn began.
 */
async function framesDuringAhead(context: BrowserContext, base: string, runs: number, ahead: boolean): Promise<FrameRun[]> {
  const out: FrameRun[] = [];
  for (let i = 0; i < runs; i++) {
    const page = await context.newPage();
    if (!ahead) await withoutAdviceAhead(page);
    await page.goto(`${base}/${ADVISOR_PAGE}`);
    await playable(page);
    const ended = Date.now();
    await page.click('[data-key="end-turn"]');
    if (ahead) {
      await aheadReported(page, 2, 'working');
      progress(`  working ahead ${Date.now() - ended} ms after End turn`);
    } else await page.waitForTimeout(AHEAD_WAIT_MS);
    out.push(await sampleFrames(page, 'window.__pivotEastBoard.game', SAMPLE_MS, EXPLORE_SCRIPT));
    await page.evaluate(() => localStorage.clear());
    await page.close();
  }
  return out;
}

async function webglRenderer(context: BrowserContext): Promise<string> {
  const page = await context.newPage();
  const name = await page.evaluate(() => {
    const gl = document.createElement('canvas').getContext('webgl');
    if (!gl) return 'none';
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    return String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
  });
  await page.close();
  return name;
}

function aheadLine(runs: AheadRun[]): string {
  const ready = runs.map((r) => r.readyMs);
  const workers = (n: number) => `${n} worker${n === 1 ? '' : 's'}`;
  // A run asked for: the whole advice's wait from the click, against the target.
  const wait = (ms: number[]) => `the whole advice after median ${median(ms)} ms from the click (min ${Math.min(...ms)}, max ${Math.max(...ms)}; target 1000 ms)`;
  return [
    `advisor, worked out ahead (${workers(runs[0]!.afterReady.workers)}, on a fresh page): ready median ${median(ready)} ms after the play screen was playable (min ${Math.min(...ready)}, max ${Math.max(...ready)}); "What if?" then: ${runs.every((r) => r.afterReady.remembered) ? 'the advice' : 'NOT the advice worked out ahead'} shown after median ${median(runs.map((r) => r.afterReady.ms))} ms`,
    `advisor, then a plan queued and withdrawn and "What if?" again (asked for, ${workers(runs[0]!.askedAfter.workers)}): ${wait(runs.map((r) => r.askedAfter.ms))}`,
    `advisor, "What if?" pressed while it worked ahead (median ${median(runs.map((r) => r.pressedAtMs))} ms after playable): ${wait(runs.map((r) => r.during.ms))}`,
  ].join('\n');
}

function advisorLine(openings: AdvisorOpenings[], afterReading: AdvisorRun[], loadAverage: number[]): string {
  const line = (runs: AdvisorRun[], which: string) => {
    const ms = runs.map((a) => a.ms);
    const first = runs.map((a) => a.firstChoiceMs);
    return `advisor, ${which} (${runs[0]!.workers} workers): other-asia-2019 turn 1, ${runs[0]!.choices} choices × 200 playthroughs: median ${median(ms)} ms (min ${Math.min(...ms)}, max ${Math.max(...ms)}; target 1000 ms); first choice on screen after median ${median(first)} ms; longest main-thread task meanwhile ${Math.max(...runs.map((a) => a.longestTaskMs))} ms`;
  };
  const remembered = openings.map((o) => o.remembered);
  return [
    line(openings.map((o) => o.cold), 'first opening'),
    line(afterReading, 'first opening 3 s after the page was playable (work ahead off: the workers loaded, nothing played)'),
    line(openings.map((o) => o.warm[0]!), 'second run (warm workers; a plan queued and withdrawn)'),
    line(openings.map((o) => o.warm[1]!), 'third run (the same again)'),
    `advisor, opened again with nothing played: ${remembered.every((r) => r.remembered) ? 'the kept advice' : 'NOT the kept advice'} shown after median ${median(remembered.map((r) => r.ms))} ms`,
    `(load average ${loadAverage.join(' ')})`,
  ].join('\n');
}

async function main(): Promise<void> {
  const startLoad = load();
  await buildPages(outDir, { bare: resolve(root, 'bench/browser/bare.html') });
  const server = await serveDirectory(outDir);
  const browser = await launchChromium();
  try {
    const win = await benchWindow(browser);
    if (flags['class-only']) {
      const la = load();
      console.log(classGameLine(await measureClassGame(browser, outDir, CLASS_RUNS), la));
      return;
    }
    if (flags['advisor-only']) {
      const la = load();
      const runs = await measureAdvisor(win, server.url, ADVISOR_RUNS);
      const afterReading = await measureAfterReading(win, server.url, ADVISOR_RUNS);
      const ahead = await measureAhead(win, server.url, ADVISOR_RUNS);
      console.log(advisorLine(runs, afterReading, la));
      console.log(aheadLine(ahead));
      return;
    }
    const names = Object.keys(PAGES) as PageName[];
    const runs = Object.fromEntries(names.map((n) => [n, [] as LoadRun[]])) as Record<PageName, LoadRun[]>;
    // Interleaved, so drift on the shared machine hits every page alike; one warm-up round first.
    for (const n of names) await loadOnce(win, server.url, n);
    const rounds: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      rounds.push(load()[0]!);
      progress(`load round ${i + 1}/${RUNS} (load average ${load().join(' ')})`);
      for (const n of names) runs[n].push(await loadOnce(win, server.url, n));
    }
    const loadOf = (n: PageName) => {
      const ms = runs[n].map((r) => r.ms);
      return { median: median(ms), min: Math.min(...ms), max: Math.max(...ms), all: ms, what: PAGES[n].what };
    };
    const loadResult = Object.fromEntries(names.map((n) => [n, loadOf(n)])) as BrowserBenchResult['load'];
    const js = Object.fromEntries(names.map((n) => [n, runs[n].at(-1)!.js])) as BrowserBenchResult['js'];

    const frameCases: [string, () => Promise<FrameRun[]>][] = [
      ['game, animating', () => frames(win, server.url, 'game', 'window.__pivotEastBoard.game', GAME_SCRIPT, FRAME_RUNS)],
      ['game 2019, explored while the advisor works ahead', () => framesDuringAhead(win, server.url, FRAME_RUNS, true)],
      ['game 2019, explored at the same time, nothing ahead', () => framesDuringAhead(win, server.url, FRAME_RUNS, false)],
      ['game, idle', () => frames(win, server.url, 'game', 'window.__pivotEastBoard.game', [], 1)],
      ['demo, animating', () => frames(win, server.url, 'demo', 'window.__board.game', DEMO_SCRIPT, FRAME_RUNS)],
      ['bare, idle', () => frames(win, server.url, 'bare', 'window.__game', [], 1)],
    ];
    const framesResult: BrowserBenchResult['frames'] = {};
    for (const [label, run] of flags['load-only'] ? [] : frameCases) {
      progress(`frames: ${label} (load average ${load().join(' ')})`);
      const la = load();
      framesResult[label] = { ...frameStats(await run()), loadAverage: la };
    }

    progress(`advisor: ${ADVISOR_RUNS} runs (load average ${load().join(' ')})`);
    const advisorLoad = load();
    const advisor = flags['load-only'] ? [] : await measureAdvisor(win, server.url, ADVISOR_RUNS);
    const afterReading = flags['load-only'] ? [] : await measureAfterReading(win, server.url, ADVISOR_RUNS);
    const ahead = flags['load-only'] ? [] : await measureAhead(win, server.url, ADVISOR_RUNS);
    progress(`class game: ${CLASS_RUNS} runs (load average ${load().join(' ')})`);
    const classLoad = load();
    const classGame = flags['load-only'] ? [] : await measureClassGame(browser, outDir, CLASS_RUNS);

    const result: BrowserBenchResult = {
      environment: {
        chromium: browser.version(),
        webgl: await webglRenderer(win),
        viewport: `${VIEWPORT.width}x${VIEWPORT.height}`,
        cpu: cpus()[0]?.model ?? 'unknown',
        cores: availableParallelism(),
        loadAverage: { start: startLoad, loadRounds: rounds, end: load() },
      },
      runs: RUNS,
      load: loadResult,
      js,
      frames: framesResult,
      targets: [],
    };
    result.targets = targets(result);
    if (flags.json) console.log(JSON.stringify({ ...result, advisor: { runs: advisor, afterReading, ahead, loadAverage: advisorLoad }, classGame: { runs: classGame, loadAverage: classLoad } }, null, 2));
    else {
      printReport(result);
      if (advisor.length > 0) console.log(advisorLine(advisor, afterReading, advisorLoad));
      if (ahead.length > 0) console.log(aheadLine(ahead));
      if (classGame.length > 0) console.log(classGameLine(classGame, classLoad));
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
