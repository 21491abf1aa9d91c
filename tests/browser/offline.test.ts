// Offline play and updates, in Chromium, against builds of the game served by this file (each test
// its own origin, so service workers do not carry over):
// - a page once opened works without the network: reloaded offline (and with its server gone), it
//   starts a shipped scenario it never loaded before and plays a turn, as the engine does;
// - a new deployment is offered, not forced: after a reload the page shows "A new version … is
//   ready"; Reload switches to it (in every tab, whichever took it first), and only the new
//   version's code runs from then on;
// - a part of the game that cannot be fetched (the network gone before the files were kept) is
//   said, with Reload, where a click used to do nothing.
import { mkdtempSync, readdirSync, rmSync, symlinkSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSession } from '../../src/app/session';
import { buildPages } from './board/buildPages';
import { collectErrors, launchChromium } from './board/chromium';
import { serveDirectory, type StaticServer } from './board/staticServer';
import { nodeScenario } from './game/helpers';
import { endTurnInStep, settleInStep } from './game/playThrough';

/** A record file to replay (any will do: its replay needs the records' part of the game). */
const GOLDEN_RECORD = new URL('../golden/mother-russia-2016.greedy.china=greedy.japan=random.golden-1.json', import.meta.url).pathname;

const work = mkdtempSync(join(tmpdir(), 'pivot-east-offline-'));
const FIRST = join(work, 'first');
const NEXT = join(work, 'next');
/** What the servers serve: a link to one of the builds, switched to deploy the next. */
const SERVED = join(work, 'served');
let browser: Browser;
const servers: StaticServer[] = [];

function deploy(dir: string): void {
  try {
    unlinkSync(SERVED);
  } catch {
    // Nothing deployed yet.
  }
  symlinkSync(dir, SERVED);
}

async function serve(): Promise<string> {
  const server = await serveDirectory(SERVED);
  servers.push(server);
  return server.url;
}

beforeAll(async () => {
  await buildPages(FIRST);
  // The next version: the same game with one change in its entry, which marks it in the page.
  await build({
    configFile: new URL('../../vite.config.ts', import.meta.url).pathname,
    logLevel: 'warn',
    build: { outDir: NEXT, emptyOutDir: true },
    plugins: [{ name: 'next-version', transform: (code, id) => (id.endsWith('/src/main.ts') ? `${code}\nwindow.__nextVersion = true;\n` : null) }],
  });
  deploy(FIRST);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await Promise.all(servers.map((s) => s.close().catch(() => {})));
  rmSync(work, { recursive: true, force: true });
});

/** A page of its own (a new context: no service worker yet) in a 1280 × 800 window, and its errors. */
async function laptopPage(): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  return { context, page, errors: collectErrors(page) };
}

/** Waits until the service worker controls the page: it has then cached every file. */
async function controlled(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 60_000 });
}

describe('offline', () => {
  it('plays a shipped scenario after going offline and reloading', async () => {
    const url = await serve();
    const { context, page, errors } = await laptopPage();
    await page.goto(`${url}/index.html`);
    await page.waitForSelector('h1');
    await controlled(page);
    expect(await page.evaluate(() => caches.keys())).toEqual([expect.stringMatching(/^pivot-east-[0-9a-f]{16}$/)]);

    // The classroom's network fails: no network for the browser, and no server either.
    await context.setOffline(true);
    await servers.shift()!.close();
    await page.reload();
    await page.waitForSelector('h1');
    expect(await page.textContent('h1')).toBe('Pivot East');

    // A scenario whose data this page never fetched while online.
    const index = nodeScenario('mother-russia-2016');
    const session = startSession(index, 'offline-1');
    await page.fill('#seed', 'offline-1');
    await page.click('[data-testid="choice-shipped:mother-russia-2016"]');
    await page.click('[data-testid=start]');
    await page.waitForSelector('.play-screen');
    await page.waitForFunction(() => (window as { __pivotEastPlayable?: number }).__pivotEastPlayable !== undefined);
    await settleInStep(page, session, 'the start'); // an offer may wait at the first turn
    await endTurnInStep(page, session, 'END_TURN');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('registers for offline play once back online when the device was offline at the time (a class’s Wi-Fi gone)', async () => {
    const url = await serve();
    const { context, page, errors } = await laptopPage();
    await page.goto(`${url}/index.html`);
    await page.waitForSelector('h1');
    await page.waitForLoadState('networkidle'); // the start screen's prefetched parts fetched
    // Offline before the page registers (5 s after its load): registering then failed, with an
    // error in the console, and the page never worked offline in that visit.
    await context.setOffline(true);
    await page.waitForTimeout(9000);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()) === undefined)).toBe(true);
    await context.setOffline(false);
    await controlled(page);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('offers a new deployment, and switches to it only when asked', async () => {
    deploy(FIRST);
    const url = await serve();
    const { context, page, errors } = await laptopPage();
    await page.goto(`${url}/index.html`);
    await controlled(page);
    const firstCache = await page.evaluate(() => caches.keys());
    expect(await page.$('.update-notice')).toBeNull();

    deploy(NEXT);
    // The player comes back: the page is still the first version's (from its cache), and the
    // browser finds the new sw.js and installs it beside it.
    await page.reload();
    await page.waitForSelector('h1');
    await page.waitForSelector('.update-notice', { timeout: 60_000 });
    expect(await page.textContent('.update-notice')).toContain('A new version of Pivot East is ready.');
    expect(await page.evaluate(() => (window as { __nextVersion?: boolean }).__nextVersion)).toBeUndefined();

    // A second tab, on the first version too, takes the new one first: the first tab's Reload
    // then only has to reload.
    const other = await context.newPage();
    const otherErrors = collectErrors(other);
    await other.goto(`${url}/index.html`);
    await other.waitForSelector('.update-notice', { timeout: 60_000 });
    await other.click('[data-key="update-reload"]');
    await other.waitForFunction(() => (window as { __nextVersion?: boolean }).__nextVersion === true, null, { timeout: 30_000 });
    expect(otherErrors).toEqual([]);

    await page.click('[data-key="update-reload"]');
    await page.waitForFunction(() => (window as { __nextVersion?: boolean }).__nextVersion === true, null, { timeout: 30_000 });
    await page.waitForSelector('h1');
    expect(await page.$('.update-notice')).toBeNull();
    // The new version's cache, and the first one's kept for pages still running it.
    const cacheNames = await page.evaluate(() => caches.keys());
    expect(cacheNames).toHaveLength(2);
    expect(cacheNames[0]).toBe(firstCache[0]);
    // Every script the page runs is the new build's.
    const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((n) => n.endsWith('.js')));
    const next = new Set(readdirSync(join(NEXT, 'assets')).map((f) => `/assets/${f}`));
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((s) => !next.has(s))).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says so when a part of the game cannot be fetched, and a reload brings it back', async () => {
    deploy(FIRST);
    const url = await serve();
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    // No service worker: the network drops before it could keep the game's files.
    await context.route('**/sw.js', (route) => route.abort());
    await page.goto(`${url}/index.html`);
    await page.waitForSelector('[data-testid=start]');
    await context.route('**/assets/**', (route) => route.abort('internetdisconnected'));

    // Replaying a record needs the records' part: the file's report says why it was not read.
    await page.setInputFiles('#record-file', GOLDEN_RECORD);
    await page.waitForSelector('#record-errors-title');
    const report = await page.textContent('section[aria-labelledby=record-errors-title]');
    expect(report).toContain('Part of Pivot East could not be loaded from the server: the network may be down, or a new version has been put on the server. Reload the page, then choose the file again.');
    expect(report).not.toContain('bug');

    // Start needs the game's parts: without the notice, the click did nothing at all.
    await page.click('[data-testid=start]');
    const notice = await page.waitForSelector('[data-testid=load-failure][role=alert]');
    expect(await notice.textContent()).toContain('Reload the page to go on');
    expect(await page.$('.play-screen')).toBeNull();

    await context.unroute('**/assets/**');
    await page.click('[data-key="load-failure-reload"]');
    await page.waitForSelector('[data-testid=start]');
    expect(await page.$('[data-testid=load-failure]')).toBeNull();
    await page.click('[data-testid=start]');
    await page.waitForSelector('.play-screen');
    await context.close();
  });
});
