// `npm run bench:ab -- REV --browser`: the advice timed in headless Chromium, where the advisor
// runs, this tree against REV. Each revision's bench/abPageUnit.ts is bundled by Vite; one page
// loads both and alternates slices of 2 units between them, old first then new first, by the
// page's clock (warm: the second and later openings); then each is run alone in a fresh page, 20
// units (3,200 playthroughs, a first opening's work) from its first call (cold: the JavaScript
// engine compiling as it goes), alternated page by page. Measures, never asserts.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { loadScenario } from '../src/scenario/load';
import { launchChromium } from '../tests/browser/board/chromium';
import { serveDirectory } from '../tests/browser/board/staticServer';
import { median, ratioSummary } from './browser/stats';

const WARM_PAGE = `<!doctype html><meta charset="utf-8"><title>bench:ab warm</title>
<script type="module">
import { makeAdvice as makeOld } from './old.js';
import { makeAdvice as makeNew } from './new.js';
const { scenario, hash, pairs } = await (await fetch('./job.json')).json();
const units = [makeOld(structuredClone(scenario), hash), makeNew(structuredClone(scenario), hash)];
const sums = [0, 0];
const slice = (at) => { const t0 = performance.now(); for (let i = 0; i < 2; i++) sums[at] += units[at](); return performance.now() - t0; };
for (let i = 0; i < 6; i++) slice(0), slice(1);
sums[0] = sums[1] = 0;
const olds = [], news = [];
for (let p = 0; p < pairs; p++) {
  if (p % 2 === 0) olds.push(slice(0)), news.push(slice(1));
  else news.push(slice(1)), olds.push(slice(0));
}
window.result = { olds, news, same: sums[0] === sums[1] };
</script>`;

const COLD_PAGE = `<!doctype html><meta charset="utf-8"><title>bench:ab cold</title>
<script type="module">
const which = new URLSearchParams(location.search).get('code');
const { makeAdvice } = await import('./' + which + '.js');
const { scenario, hash } = await (await fetch('./job.json')).json();
const t0 = performance.now();
const unit = makeAdvice(scenario, hash);
let sum = 0;
for (let i = 0; i < 20; i++) sum += unit();
window.result = { ms: performance.now() - t0, sum };
</script>`;

async function bundle(root: string, dir: string, name: string): Promise<void> {
  await build({
    configFile: false,
    logLevel: 'silent',
    root,
    build: { lib: { entry: join(root, 'bench/abPageUnit.ts'), formats: ['es'], fileName: () => `${name}.js` }, outDir: dir, emptyOutDir: false, copyPublicDir: false },
  });
}

/** The lines bench:ab prints for the browser: the warm ratio with its quartiles, and the cold runs. */
export async function browserAb(oldRoot: string, newRoot: string, oldName: string, pairs: number): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'pivot-east-ab-page-'));
  const file = join(newRoot, 'scenarios/other-asia-2019.yaml');
  const loaded = loadScenario(readFileSync(file, 'utf8'), file);
  if (!loaded.ok) throw new Error(`${file} does not load`);
  const server = await (async () => {
    await bundle(oldRoot, dir, 'old');
    await bundle(newRoot, dir, 'new');
    writeFileSync(join(dir, 'job.json'), JSON.stringify({ scenario: loaded.scenario, hash: loaded.hash, pairs }));
    writeFileSync(join(dir, 'warm.html'), WARM_PAGE);
    writeFileSync(join(dir, 'cold.html'), COLD_PAGE);
    return serveDirectory(dir);
  })();
  const browser = await launchChromium();
  try {
    const run = async <T>(path: string): Promise<T> => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(`${server.url}/${path}`);
      await page.waitForFunction(() => (window as unknown as { result?: unknown }).result !== undefined || document.title === 'failed', null, { timeout: 600_000 });
      if (errors.length > 0) throw new Error(`the page failed: ${errors.join('; ')}`);
      const result = await page.evaluate(() => (window as unknown as { result: unknown }).result);
      await context.close();
      return result as T;
    };
    const warm = await run<{ olds: number[]; news: number[]; same: boolean }>('warm.html');
    const ratios = warm.news.map((n, i) => n / warm.olds[i]!);
    const cold: Record<'old' | 'new', number[]> = { old: [], new: [] };
    const sums = new Set<number>();
    for (let k = 0; k < 6; k++) {
      for (const code of k % 2 === 0 ? (['old', 'new'] as const) : (['new', 'old'] as const)) {
        const r = await run<{ ms: number; sum: number }>(`cold.html?code=${code}`);
        cold[code].push(Math.round(r.ms));
        sums.add(r.sum);
      }
    }
    return [
      `advice in Chromium: this tree against ${oldName}, one page, ${pairs} pairs of slices of 2 units (16 choices × 10 playthroughs), the page's clock`,
      `  warm: old ${median(warm.olds).toFixed(1)} ms a slice, new ${median(warm.news).toFixed(1)} ms; new / old: ${ratioSummary(ratios)}; the same results: ${warm.same ? 'yes' : 'NO'}`,
      `  cold, 3,200 playthroughs from a fresh page: old ${cold.old.join(', ')} ms (median ${Math.round(median(cold.old))}), new ${cold.new.join(', ')} ms (median ${Math.round(median(cold.new))}); the same results: ${sums.size === 1 ? 'yes' : 'NO'}`,
    ];
  } finally {
    await browser.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
