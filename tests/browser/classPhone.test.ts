// A class game on students' phones (390×844), in real Chromium against the real class server (its
// own process, serving this test's build): what a teacher saw go wrong on a phone, measured. The
// tests follow one game in order: Dana holds Russia, Eli Japan, and the turns have a clock.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startServer, stopAll } from '../server/support/classServerProcess';
import { launchChromium } from './board/chromium';
import { classPages } from './class/classHelpers';
import { controlsBehindStrip, shot, withoutAdviceAhead } from './game/helpers';

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
let browser: Browser;
let serverUrl = '';
let code = '';
let teacher: Page;
let dana: Page;
let eli: Page;
const contexts: BrowserContext[] = [];
const pages = classPages(() => serverUrl);
const { errors } = pages;

async function newPage(options: object, who: string): Promise<Page> {
  const context = await browser.newContext(options);
  contexts.push(context);
  await withoutAdviceAhead(context);
  return pages.newPage(context, who);
}

/** How many times the page's visible text says `words`. */
const timesSaid = async (page: Page, words: string) => (await page.innerText('body')).split(words).length - 1;

/** The strip that holds the turn's time left. */
const clockStrip = (page: Page) => page.locator('[data-testid=clock]').locator('..');

/** The clock's strip has its top at `y`, and the turn's time left is what shows at its middle (nothing lies over it). */
async function expectClockOnTop(page: Page, y: number): Promise<void> {
  const strip = (await clockStrip(page).boundingBox())!;
  expect(strip.y).toBeCloseTo(y, 1);
  const clock = (await page.locator('[data-testid=clock]').boundingBox())!;
  expect(await page.innerText('[data-testid=clock]')).toMatch(/^\d+:\d\d left in this turn$/);
  expect(clock.y).toBeGreaterThanOrEqual(0);
  const seen = await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.closest('[data-testid=clock]') !== null, [clock.x + clock.width / 2, clock.y + clock.height / 2]);
  expect(seen).toBe(true);
}

/** The panel stands at least 12 px from the window's left and right edges (it touched them). */
async function expectClearOfEdges(page: Page, selector: string): Promise<void> {
  const box = (await page.locator(selector).boundingBox())!;
  const width = page.viewportSize()!.width;
  expect(box.x).toBeGreaterThanOrEqual(12);
  expect(width - (box.x + box.width)).toBeGreaterThanOrEqual(12);
}

beforeAll(async () => {
  const server = await startServer({ dist: inject('distDir') });
  serverUrl = `http://localhost:${server.port}`;
  browser = await launchChromium();
  teacher = await newPage({ viewport: { width: 1280, height: 800 } }, 'teacher');
  await teacher.goto(`${serverUrl}/index.html`);
  await teacher.fill('#seed', 'class-phone');
  // The longest turn there is: the clock shows, and never runs out during the test.
  await teacher.fill('#class-turn-seconds', '3600');
  await teacher.click('[data-key="host-class"]');
  code = (await teacher.textContent('[data-testid=join-code]'))!.replace(/\s/g, '');
  dana = await newPage(PHONE, 'dana');
  eli = await newPage(PHONE, 'eli');
  await pages.joinByLink(dana, code, 'Dana', { seat: 'russia' });
  await pages.joinByLink(eli, code, 'Eli', { seat: 'japan' });
  await teacher.waitForSelector('[data-seat="japan"]:has-text("Eli")');
  await teacher.click('[data-key="class-start"]');
  await dana.waitForSelector('[data-testid=waiting]:has-text("The game waits for you (Russia)")');
  await eli.waitForSelector('[data-testid=clock]:has-text("left in this turn")');
});

afterAll(async () => {
  await Promise.all(contexts.map((c) => c.close()));
  await browser?.close();
  await stopAll();
});

describe('a class game on phones', () => {
  it('says for whom the game waits once on a seat’s waiting screen', async () => {
    await eli.waitForSelector('[data-testid=seat-waiting]');
    const sentence = 'The game waits for Russia: Dana.';
    expect(await eli.innerText('[data-testid=waiting]')).toBe(sentence);
    // The strip above says it; the screen under it said it again, in large type.
    expect(await timesSaid(eli, sentence)).toBe(1);
    await shot(eli, 'class-phone-waiting');
  });

  it('keeps the turn’s time left at the top of the window as a student scrolls, the strip of parts under it, in landscape too', async () => {
    const strip = clockStrip(dana);
    await dana.waitForSelector('.phone-nav button');
    // At the page's top the strip hides nothing: the play screen's own top bar starts under it.
    const top = (await strip.boundingBox())!;
    expect((await dana.locator('#turn-bar').boundingBox())!.y).toBeGreaterThanOrEqual(top.y + top.height);
    // Far down the options, the clock is still at the top, in view and on top of what scrolls under it.
    await dana.locator('[data-key^="option-action-"]').first().scrollIntoViewIfNeeded();
    expect(await dana.evaluate(() => scrollY)).toBeGreaterThan(844);
    await expectClockOnTop(dana, 0);
    // The strip of parts and End turn sticks right under it (both at the top, one covered the other).
    const box = (await strip.boundingBox())!;
    const nav = dana.locator('.phone-nav');
    expect((await nav.boundingBox())!.y).toBeCloseTo(box.y + box.height, 1);
    await shot(dana, 'class-phone-scrolled');
    // A part jumped to starts under both.
    await dana.locator('.phone-nav a:has-text("News")').tap();
    const under = await nav.boundingBox().then((b) => b!.y + b!.height);
    expect((await dana.locator('#news').boundingBox())!.y).toBeGreaterThanOrEqual(under);
    // So does a control reached with Shift+Tab from the page's end (the page kept room for the
    // strip of parts alone, and controls went behind the clock strip).
    expect(await controlsBehindStrip(dana)).toEqual([]);
    // A phone held sideways: the same.
    await dana.setViewportSize({ width: 844, height: 390 });
    await dana.locator('[data-key^="option-action-"]').first().scrollIntoViewIfNeeded();
    expect(await dana.evaluate(() => scrollY)).toBeGreaterThan(390);
    await expectClockOnTop(dana, 0);
    await shot(dana, 'class-phone-landscape');
    // A laptop's window: the strip under the class bar, where the page scrolls nothing away.
    await dana.setViewportSize({ width: 1280, height: 800 });
    await expectClockOnTop(dana, (await dana.locator('.class-bar').boundingBox())!.height);
    await dana.setViewportSize(PHONE.viewport);
  });

  it('says a turn the teacher ended as the next begins, and no longer once a student has done something in it', async () => {
    await teacher.click('[data-key="class-end-turn"]');
    await teacher.click('dialog[open] [data-key="confirm-yes"]');
    const said = 'The teacher ended turn 1 now: the computer decided what the turn still waited for.';
    for (const page of [dana, eli, teacher]) await page.waitForSelector(`[data-testid=class-note]:visible:has-text("${said}")`);
    await dana.waitForSelector('.phone-nav button:has-text("End turn 2")');
    await shot(eli, 'class-phone-note');
    // Dana proposes in turn 2: the note is old news (it stayed through the whole of turn 2, beside its clock).
    await dana.click('[data-actor="china"]');
    await dana.click('[data-key="option-action-summit-with-xi"]');
    await dana.waitForSelector('[data-key="queue-withdraw-summit-with-xi"]');
    expect(await dana.isVisible('[data-testid=class-note]')).toBe(false);
    for (const page of [eli, teacher]) await page.waitForSelector('[data-testid=class-note]', { state: 'hidden', timeout: 10_000 });
  });

  it('keeps the join panel and the choice of seats clear of a phone’s edges', async () => {
    const fay = await newPage(PHONE, 'fay');
    await fay.goto(`${serverUrl}/index.html?class=${code}`);
    await fay.waitForSelector('[data-testid=join-submit]');
    await expectClearOfEdges(fay, '.join-main');
    await shot(fay, 'class-phone-join');
    await fay.fill('[data-testid=join-name]', 'Fay');
    await fay.click('[data-testid=join-submit]');
    await fay.waitForSelector('[data-key="take-china"]');
    await expectClearOfEdges(fay, '.seat-picker');
  });

  it('keeps the screen of a seat the teacher gave to the computer clear of a phone’s edges', async () => {
    await teacher.click('[data-key="give-japan"]');
    await eli.waitForSelector('[data-testid=seat-given]');
    await expectClearOfEdges(eli, '.class-given-screen');
    await teacher.click('[data-key="take-back-japan"]');
    await eli.waitForSelector('[data-testid=seat-waiting]');
  });

  it('keeps the panel of a game closed for now clear of a phone’s edges', async () => {
    await teacher.click('[data-key="class-close"]');
    await teacher.click('dialog[open] [data-key="confirm-yes"]');
    for (const page of [dana, eli]) {
      await page.waitForSelector('[data-testid=class-stopped]');
      await expectClearOfEdges(page, '.class-stopped');
    }
    await shot(eli, 'class-phone-closed');
    for (const [who, list] of errors) expect(list, who).toEqual([]);
  });
});
