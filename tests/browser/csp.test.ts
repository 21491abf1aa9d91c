// The built pages carry a Content-Security-Policy (scripts/securityPolicy.ts) and everything the
// game does works under it: a game by link played to its end (the board, the bot games' worker),
// a scenario file and record files read (zod, jitless), the class view and a replay, the board
// demo. Every violation Chromium reports fails the test, as an event and as a console error.
import { resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { playWithBot } from '../../src/app/playBot';
import { metaPolicy } from '../../scripts/securityPolicy';
import { collectErrors, launchChromium } from './board/chromium';
import { nodeScenario, ROOT, endTurnsToTheEnding } from './game/helpers';

type Browser = Awaited<ReturnType<typeof launchChromium>>;
let browser: Browser;
let context: BrowserContext;
const violations: string[] = [];

beforeAll(async () => {
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  // Every document of the context reports its violations here (the init script itself is not
  // subject to the page's policy).
  await context.exposeBinding('__reportViolation', (_source, text: string) => void violations.push(text));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __reportViolation(t: string): void }).__reportViolation(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}: ${e.sample}`);
    });
  });
});
afterAll(async () => {
  await browser?.close();
});

async function open(path: string): Promise<{ page: Page; errors: string[] }> {
  violations.length = 0;
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto(`${inject('baseUrl')}/${path}`);
  return { page, errors };
}

describe('content security policy', () => {
  it('is in the built page, before anything it governs', async () => {
    const { page, errors } = await open('index.html');
    await page.waitForSelector('h1');
    const first = await page.evaluate(() => {
      const meta = document.head.querySelector('meta[http-equiv="Content-Security-Policy"]');
      const before = [...document.head.children].slice(0, [...document.head.children].indexOf(meta!));
      return { policy: meta?.getAttribute('content'), before: before.filter((e) => e.matches('script, link, style')).length };
    });
    expect(first).toEqual({ policy: metaPolicy(), before: 0 });
    expect(metaPolicy()).toMatch(/script-src 'self';/);
    expect(metaPolicy()).not.toMatch(/unsafe-(inline|eval)/);
    // The directives themselves, written out here rather than read from the function that builds them.
    const directives = Object.fromEntries(metaPolicy().split(';').map((d) => d.trim()).filter(Boolean).map((d) => [d.split(/\s+/)[0], d.split(/\s+/).slice(1).join(' ')]));
    expect(directives).toEqual({
      'default-src': "'self'",
      'script-src': "'self'",
      'style-src': "'self'",
      'img-src': "'self' data: blob:",
      'font-src': "'self'",
      'connect-src': "'self'",
      'worker-src': "'self'",
      'manifest-src': "'self'",
      'object-src': "'none'",
      'base-uri': "'self'",
      'form-action': "'none'",
    });
    expect(errors).toEqual([]);
    expect(violations).toEqual([]);
    await page.close();
  });

  it('lets a game by link be played to its end, with the bot games in their worker', async () => {
    const { page, errors } = await open('index.html#scenario=tutorial&seed=csp-1');
    const workers: string[] = [];
    page.on('worker', (w) => void workers.push(w.url()));
    await page.waitForSelector('.play-screen');
    await endTurnsToTheEnding(page);
    // The bot games ran in the worker and reported back (not in the page, its fallback).
    await page.waitForSelector('[data-testid=bots-best]', { timeout: 120_000 });
    expect(workers.some((url) => /botWorker/.test(url)), workers.join(', ')).toBe(true);
    expect(errors).toEqual([]);
    expect(violations).toEqual([]);
    await page.close();
  });

  it('lets scenario and record files be read, the class view shown and a replay played', async () => {
    const { page, errors } = await open('index.html');
    await page.waitForSelector('h1');
    await page.setInputFiles('#scenario-file', resolve(ROOT, 'tests/browser/fixtures/mini-scenario.yaml'));
    await page.waitForSelector('.ok-note');
    const index = nodeScenario('tutorial');
    const records = ['greedy', 'random'].map((bot, i) => ({ name: `student-${i}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(playWithBot(index, 'csp-class', bot as 'greedy').record())) }));
    await page.setInputFiles('#class-files', records);
    await page.waitForSelector('.class-screen');
    await page.click('[data-key="class-replay-1"]');
    await page.waitForSelector('.replay-screen');
    await page.waitForFunction(() => (window as { __pivotEastBoard?: unknown }).__pivotEastBoard !== undefined);
    await page.click('[data-key="replay-back"]');
    await page.waitForSelector('.class-screen');
    expect(errors).toEqual([]);
    expect(violations).toEqual([]);
    await page.close();
  });

  it('lets the board demo run', async () => {
    const { page, errors } = await open('board-demo.html');
    // Under the same policy as the game: a page without one would report no violation either.
    expect(await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content')).toBe(metaPolicy());
    await page.waitForFunction(() => (window as { __boardReady?: number }).__boardReady !== undefined);
    await page.evaluate(() => (window as unknown as { __boardStep(): void }).__boardStep());
    expect(errors).toEqual([]);
    expect(violations).toEqual([]);
    await page.close();
  });

  it('would catch an inline script, an eval and an inline style (the check itself works)', async () => {
    const { page, errors } = await open('index.html');
    await page.waitForSelector('h1');
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.body.append(script);
      // A string run as code later, by the page (DevTools' own evaluation is allowed to eval).
      (setTimeout as (code: string) => void)('window.__evalRan = true');
      document.body.setAttribute('style', 'outline: 1px solid red');
    });
    await expect.poll(() => violations.map((v) => v.split(' ').slice(0, 3).join(' ')).sort()).toEqual(['script-src blocked eval', 'script-src-elem blocked inline', 'style-src-attr blocked inline']);
    expect(await page.evaluate(() => [(window as { __inlineRan?: boolean }).__inlineRan, (window as { __evalRan?: boolean }).__evalRan])).toEqual([undefined, undefined]);
    expect(errors.filter((e) => e.includes('Content Security Policy'))).toHaveLength(3);
    await page.close();
  });
});
