// Navigation to "loaded" (see pages.ts) in a new tab, and the JavaScript the page
// fetched up to that moment, taken from the network: every script response whose Resource
// Timing entry ended before the mark, gzipped (level 9) here from the bytes received.
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { PAGES, VIEWPORT, type PageName } from './pages';

/** Longer than any page takes to load on a quiet machine. */
const QUIET_MS = 2000;

export interface Shipped {
  files: { url: string; raw: number; gzip: number }[];
  raw: number;
  gzip: number;
}

export interface LoadRun {
  ms: number;
  js: Shipped;
}

/**
 * When the page counted as loaded (ms after navigation). The page is left alone while it loads:
 * Playwright's first script in a page costs its main thread 15-30 ms, which would land on the
 * game's critical path (and in the idle time of the bare page, which waits for Phaser to compile).
 */
export async function loadedAt(page: Page, name: PageName): Promise<number> {
  await page.waitForTimeout(QUIET_MS);
  const handle = await page.waitForFunction((m) => (window as unknown as Record<string, number | undefined>)[m], PAGES[name].mark, { timeout: 60_000, polling: 100 });
  return (await handle.jsonValue()) as number;
}

/**
 * One browser window for every load, each in a new tab (a new renderer process, nothing cached:
 * the server says no-store). A new window would load Chromium's own omnibox WebUI alongside,
 * about 300 ms of CPU competing with the page on a small machine.
 */
export async function benchWindow(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.goto('about:blank');
  await page.waitForTimeout(2000);
  return context;
}

export async function loadOnce(context: BrowserContext, base: string, name: PageName): Promise<LoadRun> {
  const { path } = PAGES[name];
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  const bodies = new Map<string, Promise<Buffer | null>>();
  page.on('response', (res) => {
    if (new URL(res.url()).pathname.endsWith('.js')) bodies.set(res.url(), res.body().catch(() => null));
  });
  try {
    const response = await page.goto(`${base}/${path}`);
    if (response?.fromServiceWorker()) throw new Error(`${name}: served by a service worker left from an earlier load, not the network`);
    const ms = await loadedAt(page, name);
    const before = await page.evaluate(
      (t) => performance.getEntriesByType('resource').filter((e) => (e as PerformanceResourceTiming).responseEnd <= t).map((e) => e.name),
      ms,
    );
    const files: Shipped['files'] = [];
    for (const url of before) {
      const body = await bodies.get(url);
      if (body) files.push({ url: new URL(url).pathname.replace(/^\//, ''), raw: body.length, gzip: gzipSync(body, { level: 9 }).length });
    }
    if (errors.length) throw new Error(`${name}: ${errors.join(' | ')}`);
    const sum = (k: 'raw' | 'gzip') => files.reduce((n, f) => n + f[k], 0);
    return { ms, js: { files, raw: sum('raw'), gzip: sum('gzip') } };
  } finally {
    // The game saves into local storage, and registers its service worker, which caches every
    // file for offline play: the next load starts from neither, as a first visit. The worker is
    // waited for (its registration may still be on its way), then removed with its caches once
    // the tab has closed, as DevTools' "Clear site data" does.
    await page
      .evaluate(async (registers) => {
        localStorage.clear();
        if (registers) await navigator.serviceWorker.ready;
      }, name === 'game')
      .catch(() => {});
    await page.close();
    const cdp = await context.newCDPSession(context.pages()[0]!);
    await cdp.send('Storage.clearDataForOrigin', { origin: new URL(base).origin, storageTypes: 'service_workers,cache_storage' });
    await cdp.detach();
  }
}
