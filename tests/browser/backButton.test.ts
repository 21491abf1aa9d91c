// The browser's Back (a phone's back gesture) inside the game: it takes the screen's own way back
// (a game to the start screen, where it is saved; a replay to the debrief it came from; an open
// dialog closed first), and leaves the page only from the start screen.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { collectErrors, endTurnsToTheEnding, openFresh, startNewGame, useGame, withoutAdviceAhead } from './game/helpers';

const o = useGame();

/** Back, as the browser's button does it. */
const back = (page: Page) => page.goBack();

/** Back from the start screen: the page is left, for the one before it (openFresh's about:blank). */
async function backLeavesThePage(page: Page): Promise<void> {
  await back(page);
  await page.waitForURL('about:blank');
}

const openDialogs = (page: Page) => page.$$eval('dialog[open]', (ds) => ds.length);

/** Ends the tutorial's turn, answering a crisis that closes it, until the top bar reads turn `turn`. */
async function endTurnTo(page: Page, turn: number): Promise<void> {
  const label = `Turn ${turn} of 4`;
  await page.click('[data-key="end-turn"]');
  await page.waitForFunction((l) => document.querySelector('[data-testid=turn-info] .turn')?.textContent === l || document.querySelector('dialog.crisis-dialog[open]') !== null, label);
  while (await page.$('dialog.crisis-dialog[open]')) {
    await page.click('dialog.crisis-dialog[open] [data-key^="crisis-answer-"]:not([disabled])');
    await page.waitForTimeout(200);
  }
  await page.waitForFunction((l) => document.querySelector('[data-testid=turn-info] .turn')?.textContent === l, label);
}

describe("the browser's Back", () => {
  it('closes an open dialog, then leaves a game for the start screen, where it resumes; Back there leaves the page', async () => {
    const { page, errors, url } = o;
    await startNewGame(page, url, 'back-1');
    await endTurnTo(page, 2);
    await page.click('[data-key="open-log"]');
    await page.waitForSelector('dialog[open]');

    await back(page);
    await page.waitForSelector('dialog[open]', { state: 'detached' });
    expect(await page.isVisible('.play-screen')).toBe(true);

    await back(page);
    await page.waitForSelector('[data-key="resume"]');
    expect(await page.textContent('.resume')).toContain('turn 2 of 4');
    expect(await openDialogs(page)).toBe(0);

    await backLeavesThePage(page);
    expect(errors).toEqual([]);
  });

  it('after "Quit to start", Back on the start screen leaves the page at the first press', async () => {
    const { page, errors, url } = o;
    await startNewGame(page, url, 'back-2');
    await page.click('[data-key="quit"]');
    await page.waitForSelector('[data-testid=start]');
    // The saved game's panel has the focus and says the game is kept (the focus was left on the body).
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('resume-title');
    await page.waitForFunction(() => /^Your game is kept in this browser: Tutorial.+Resume brings it back\.$/.test(document.getElementById('announcer')?.textContent ?? ''));
    await backLeavesThePage(page);
    expect(errors).toEqual([]);
  });

  it('after "Quit to start", the game\'s scenario stays chosen', async () => {
    const { page, errors, url } = o;
    await openFresh(page, `${url}#scenario=mother-russia-2016&seed=back-quit`);
    await page.waitForSelector('.play-screen');
    while (await page.$('dialog[open] [data-key="offer-decline"]')) await page.click('dialog[open] [data-key="offer-decline"]');
    await page.click('[data-key="quit"]');
    await page.waitForSelector('[data-testid=start]');
    expect(await page.isChecked('[data-testid="choice-shipped:mother-russia-2016"]')).toBe(true);
    expect(errors).toEqual([]);
  });

  it('from a game opened by a share link, Back goes to the start screen and does not open the link again', async () => {
    const { page, errors, url } = o;
    await openFresh(page, `${url}#scenario=tutorial&seed=back-3`);
    await page.waitForSelector('.play-screen');
    await page.waitForFunction(() => location.hash === '', null, { timeout: 5000 });
    await back(page);
    await page.waitForSelector('[data-testid=start]');
    // A second reading of the link would ask whether to replace the saved game, or start it again.
    await page.waitForTimeout(500);
    expect(await openDialogs(page)).toBe(0);
    expect(await page.isVisible('.play-screen')).toBe(false);
    expect(await page.evaluate(() => location.hash)).toBe('');
    expect(errors).toEqual([]);
  });

  it('closes the dialog on top first, as Escape does', async () => {
    const { page, errors, url } = o;
    await startNewGame(page, url, 'back-7');
    // By turn 3 the log has another state's move, with its "Why?" (turn 2 ends in a crisis).
    await endTurnTo(page, 2);
    await endTurnTo(page, 3);
    await page.click('[data-key="open-log"]');
    await page.click('dialog[open] .why-button');
    await page.waitForFunction(() => document.querySelectorAll('dialog[open]').length === 2);
    await back(page);
    await page.waitForFunction(() => document.querySelectorAll('dialog[open]').length === 1);
    expect(await page.textContent('dialog[open] h2')).toBe('Game log');
    expect(errors).toEqual([]);
  });

  it('after a link followed during a game, each Back still does something: kept, Back leaves the game; replaced, Back leaves the new one, then the page', async () => {
    const { page, errors, url } = o;
    await startNewGame(page, url, 'back-8');
    await endTurnTo(page, 2);
    await page.evaluate(() => (location.hash = 'scenario=tutorial&seed=back-8-linked'));
    await page.click('[data-key="keep-save"]');
    await page.waitForSelector('dialog[open]', { state: 'detached' });
    expect(await page.isVisible('.play-screen')).toBe(true);
    await back(page);
    await page.waitForSelector('[data-key="resume"]');
    expect(await page.textContent('.resume')).toContain('seed back-8)');

    await page.click('[data-key="resume"]');
    await page.waitForSelector('.play-screen');
    await page.evaluate(() => (location.hash = 'scenario=tutorial&seed=back-8-linked'));
    await page.click('[data-key="replace-save"]');
    await page.waitForFunction(() => location.hash === '' && document.querySelector('[data-testid=turn-info] .turn')?.textContent === 'Turn 1 of 4');
    await back(page);
    await page.waitForSelector('[data-testid=start]');
    expect(await openDialogs(page)).toBe(0);
    await backLeavesThePage(page);
    expect(errors).toEqual([]);
  });

  it('Forward after Back does not bring the game back over the start screen', async () => {
    const { page, errors, url } = o;
    await startNewGame(page, url, 'back-9');
    await back(page);
    await page.waitForSelector('[data-testid=start]');
    await page.goForward();
    await page.waitForTimeout(300);
    expect(await page.isVisible('.play-screen')).toBe(false);
    expect(await page.isVisible('[data-testid=start]')).toBe(true);
    await backLeavesThePage(page);
    expect(errors).toEqual([]);
  });

  it('a screen still loading when Back is pressed is not shown: the advisor whose code was slow to come', async () => {
    const { browser, url } = o;
    // A context of its own, whose pages have never loaded the advisor's code; that code held back
    // for a second and a half, as on a slow connection (from the start: the page loads it ahead
    // once the board is drawn).
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await withoutAdviceAhead(context);
    await context.route(/advisorDialog-.*\.js$/, async (route) => {
      await new Promise((wait) => setTimeout(wait, 1500));
      await route.continue();
    });
    const page = await context.newPage();
    const errors = collectErrors(page);
    await startNewGame(page, url, 'back-10');
    await page.click('[data-key="open-advisor"]');
    expect(await openDialogs(page)).toBe(0); // still loading
    await back(page);
    await page.waitForSelector('[data-testid=start]');
    await page.waitForTimeout(2500);
    expect(await openDialogs(page)).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('from the choice of seats, Back goes to the start screen as it was left: the same scenario, seed and hot-seat box', async () => {
    const { page, errors, url } = o;
    await openFresh(page, url);
    await page.check('[data-testid="choice-shipped:mother-russia-2016"]');
    await page.fill('#seed', 'back-5');
    await page.check('[data-testid=hot-seat]');
    await page.click('[data-testid=start]');
    await page.waitForSelector('.seat-choice');
    await back(page);
    await page.waitForSelector('[data-testid=start]');
    expect(await page.inputValue('#seed')).toBe('back-5');
    expect(await page.isChecked('[data-testid=hot-seat]')).toBe(true);
    expect(await page.isChecked('[data-testid="choice-shipped:mother-russia-2016"]')).toBe(true);
    await page.click('[data-testid=start]');
    await page.waitForSelector('.seat-choice');
    expect(await page.textContent('.seat-choice')).toContain('Japan');
    expect(errors).toEqual([]);
  });

  it('from the screen that joins a class game, Back goes to the start screen, as its own button does', async () => {
    const { page, errors, url } = o;
    await openFresh(page, url);
    await page.evaluate(() => (document.querySelector('[data-key="join-class"]')?.closest('details') as HTMLDetailsElement | null)?.setAttribute('open', ''));
    await page.click('[data-key="join-class"]');
    await page.waitForSelector('[data-key="join-back"]');
    await back(page);
    await page.waitForSelector('[data-testid=start]');
    expect(await page.isVisible('[data-key="join-back"]')).toBe(false);
    expect(errors).toEqual([]);
  });

  it('from a replay opened on the debrief, Back goes to the debrief, and from there to the start screen', async () => {
    const { page, errors, url } = o;
    await startNewGame(page, url, 'back-4');
    await endTurnsToTheEnding(page);
    const title = await page.textContent('[data-testid=ending-title]');
    await page.click('[data-key="replay"]');
    await page.waitForSelector('[data-key="replay-back"]');
    await back(page);
    await page.waitForSelector('[data-testid=ending-title]');
    expect(await page.textContent('[data-testid=ending-title]')).toBe(title);
    await back(page);
    await page.waitForSelector('[data-testid=start]');
    expect(await page.isVisible('[data-testid=ending-title]')).toBe(false);
    expect(errors).toEqual([]);
  });
});
