// Where a page's main thread spends the time from navigation to "loaded" (see pages.ts), from a
// Chromium trace: what was fetched when, the tasks longer than 3 ms in order, and totals by kind
// (script evaluation, calls, events, style and layout, GC). For finding what to cut, not a bench
// figure. With --runs N, the medians over N loads of the main thread's busy time by the wall clock
// and by the thread's own CPU clock, which other load on a shared machine inflates far less: the
// figure to compare two versions of the code by.
//
//   npx tsx bench/browser/mainThread.ts [game|bare|demo] [--runs N] [--no-build]
import { resolve } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { buildPages } from '../../tests/browser/board/buildPages';
import { launchChromium } from '../../tests/browser/board/chromium';
import { serveDirectory } from '../../tests/browser/board/staticServer';
import { benchWindow, loadedAt } from './load';
import { PAGES, type PageName } from './pages';
import { median } from './stats';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of a complete event. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string; functionName?: string; documentLoaderURL?: string } };
}

interface Traced {
  mark: number;
  fetched: string[];
  /** Main-thread events (complete, up to the mark), and the task-level ones among them. */
  events: TraceEvent[];
  tasks: TraceEvent[];
  t0: number;
  end: number;
}

const ms = (us: number) => (us / 1000).toFixed(1);
const file = (e: TraceEvent) => (e.args?.data?.url ?? '').split('/').pop() ?? '';

async function trace(browser: Browser, window: BrowserContext, base: string, name: PageName): Promise<Traced> {
  const page = await window.newPage();
  try {
    await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.execute', 'blink.user_timing', '__metadata'] });
    await page.goto(`${base}/${PAGES[name].path}`);
    const mark = await loadedAt(page, name);
    const fetched = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => {
        const r = e as PerformanceResourceTiming;
        return `${r.name.split('/').pop()} ${r.startTime.toFixed(0)}-${r.responseEnd.toFixed(0)}`;
      }),
    );
    const all = (JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] }).traceEvents;
    const main = all.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && all.some((x) => x.pid === e.pid && x.name === 'EvaluateScript'));
    // The navigation of this page (not the about:blank before it): the mark counts from it.
    const path = PAGES[name].path.split(/[?#]/)[0]!;
    const nav = all.filter((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL?.includes(path)).at(-1);
    if (!main || !nav) throw new Error('the trace lacks the renderer main thread or the navigation');
    const end = nav.ts + mark * 1000;
    const events = all.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined && e.ts >= nav.ts && e.ts <= end);
    const tasks = events.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask');
    return { mark, fetched, events, tasks, t0: nav.ts, end };
  } finally {
    await page.evaluate(() => localStorage.clear()).catch(() => {});
    await page.close();
  }
}

/** Busy time of the main thread up to the mark: by the wall clock and by its CPU clock (µs). */
function busy(t: Traced): { wall: number; cpu: number } {
  let wall = 0;
  let cpu = 0;
  for (const task of t.tasks) {
    const share = Math.min(1, (t.end - task.ts) / task.dur!);
    wall += task.dur! * share;
    cpu += (task.tdur ?? 0) * share;
  }
  return { wall, cpu };
}

function details(name: PageName, t: Traced): void {
  const { wall, cpu } = busy(t);
  console.log(`${name}: loaded at ${t.mark.toFixed(0)} ms; main thread busy ${ms(wall)} ms until then (thread CPU ${ms(cpu)} ms)\n`);
  console.log(`fetched (ms after navigation): ${t.fetched.join(', ')}\n`);
  console.log('tasks over 3 ms: start (ms after navigation), duration, the longest events inside');
  for (const task of t.tasks.filter((x) => x.dur! > 3000)) {
    const inside = t.events.filter((e) => e !== task && e.name !== 'RunTask' && e.dur! > 500 && e.ts >= task.ts && e.ts + e.dur! <= task.ts + task.dur!);
    const top = inside
      .sort((a, b) => b.dur! - a.dur!)
      .slice(0, 4)
      .map((e) => [e.name, file(e), e.args?.data?.functionName ?? '', ms(e.dur!)].filter(Boolean).join(' '));
    console.log(`  ${ms(task.ts - t.t0).padStart(7)}  ${ms(task.dur!).padStart(6)}  ${top.join(' | ')}`);
  }
  // Totals of the outermost events of each kind, so nested ones of the same kind count once.
  const KINDS: Record<string, string> = {
    EvaluateScript: 'evaluate script',
    'v8.evaluateModule': 'evaluate module',
    FunctionCall: 'JS call',
    TimerFire: 'timer',
    FireAnimationFrame: 'animation frame',
    EventDispatch: 'event',
    RunMicrotasks: 'microtasks',
    UpdateLayoutTree: 'style',
    Layout: 'layout',
    Paint: 'paint',
    PrePaint: 'paint',
    Layerize: 'paint',
    ParseHTML: 'parse HTML',
    MajorGC: 'GC',
    MinorGC: 'GC',
  };
  const totals = new Map<string, number>();
  for (const e of t.events) {
    const kind = KINDS[e.name];
    if (!kind) continue;
    const nested = t.events.some((o) => o !== e && KINDS[o.name] === kind && o.ts <= e.ts && o.ts + o.dur! >= e.ts + e.dur! && o.dur! > e.dur!);
    if (!nested) totals.set(kind, (totals.get(kind) ?? 0) + e.dur!);
  }
  console.log('\ntotals by kind (kinds overlap: a call contains the style and layout it forces)');
  for (const [k, v] of [...totals].sort((a, b) => b[1] - a[1]).filter(([, v]) => v > 1000)) console.log(`  ${ms(v).padStart(7)}  ${k}`);
}

const name = (process.argv[2] ?? 'game') as PageName;
const runsAt = process.argv.indexOf('--runs');
const RUNS = runsAt > 0 ? Number(process.argv[runsAt + 1]) : 1;
const root = resolve(new URL('../..', import.meta.url).pathname);
const outDir = resolve(root, 'dist/bench-browser');
if (!process.argv.includes('--no-build')) await buildPages(outDir, { bare: resolve(root, 'bench/browser/bare.html') });
const server = await serveDirectory(outDir);
const browser = await launchChromium();
try {
  const window = await benchWindow(browser);
  const runs: Traced[] = [];
  for (let i = 0; i < RUNS; i++) {
    runs.push(await trace(browser, window, server.url, name));
    const b = busy(runs.at(-1)!);
    if (RUNS > 1) console.log(`run ${i + 1}: loaded at ${runs.at(-1)!.mark.toFixed(0)} ms, main thread busy ${ms(b.wall)} ms, CPU ${ms(b.cpu)} ms`);
  }
  details(name, runs.at(-1)!);
  if (RUNS > 1) {
    const b = runs.map(busy);
    const m = (xs: number[]) => median(xs).toFixed(1);
    console.log(`\n${name}, medians of ${RUNS}: loaded at ${m(runs.map((r) => r.mark))} ms, main thread busy ${ms(median(b.map((x) => x.wall)))} ms, CPU ${ms(median(b.map((x) => x.cpu)))} ms`);
  }
} finally {
  await browser.close();
  await server.close();
}
