// A whole tutorial game in Chromium, once with the mouse (1280×800) and once with the keyboard
// alone (800×600). The same game runs in Node in lockstep; at the end the page must show the
// engine's ending, score and final checksum, and its downloaded record must be the engine's.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { availableOptions, gameLog } from '../../src/engine';
import { parseRecord } from '../../src/app/record';
import { replayRecord } from '../../src/app/replay';
import type { GameSession } from '../../src/app/session';
import { buildBoardView } from '../../src/ui/boardModel';
import { standingRoutes } from '../../src/ui/board/standingRoutes';
import { markerPoint, nodeScenario, openGame, seedWithCounter, shot, SHOTS, tabTo, unnamedControls, type Opened } from './game/helpers';
import { COUNTER_BUTTON, endingOf, endingShown, expectInStep, mouseDriver, playThrough, type Driver } from './game/playThrough';

const index = nodeScenario('tutorial');
const opened: Opened[] = [];

afterAll(async () => {
  for (const o of opened) await o.browser.close();
});

async function boardReady(page: Page): Promise<void> {
  await page.waitForFunction(() => (window as unknown as { __pivotEastBoard?: unknown }).__pivotEastBoard !== undefined, null, { timeout: 30_000 });
  await page.evaluate(() => (window as unknown as { __pivotEastBoard: { ready: Promise<void> } }).__pivotEastBoard.ready);
}

/** Downloads the record from the ending screen and checks it against the engine's. */
async function checkDownloadedRecord(page: Page, trigger: () => Promise<void>, session: GameSession): Promise<void> {
  const [download] = await Promise.all([page.waitForEvent('download'), trigger()]);
  const text = readFileSync((await download.path())!, 'utf8');
  const parsed = parseRecord(text);
  expect(parsed.ok, text.slice(0, 200)).toBe(true);
  if (!parsed.ok) return;
  expect(parsed.record).toEqual(session.record());
  const again = replayRecord(parsed.record, index);
  expect(again.ok).toBe(true);
}

/** The bot comparison fills in after the ending, off the page's thread. */
async function checkBots(page: Page, score: number): Promise<void> {
  await page.waitForSelector('.bots[aria-busy="false"]', { timeout: 60_000 });
  const mine = await page.textContent('[data-testid=bots-mine]');
  expect(Number(mine)).toBe(score);
  const best = Number(await page.textContent('[data-testid=bots-best]'));
  const median = Number(await page.textContent('[data-testid=bots-median]'));
  expect(best).toBeGreaterThanOrEqual(median);
  // The verdict's counts agree: the games that scored more (rank − 1), less, and the same add up.
  const verdict = (await page.textContent('[data-testid=bots-verdict]'))!;
  const expertMedian = Number(await page.textContent('[data-testid=bots-expert]'));
  const gap = expertMedian - score;
  expect(verdict).toContain(`The expert’s median is ${gap === 0 ? 'the same as your score' : `${Math.abs(gap)} ${gap > 0 ? 'more' : 'less'} than your score`}.`);
  if (score > best) return void expect(verdict).toMatch(/^You beat every bot game\./);
  const place = Number(/would rank (\d+) of /.exec(verdict)![1]);
  if (/^(Every bot game scored more|No bot game scored less) /.test(verdict)) return void expect(verdict.startsWith('Every')).toBe(place === Number(/ of (\d+)\)/.exec(verdict)![1]));
  const [, below, games, , total] = /^You scored more than (\d+) of the (\d+) bot games(?:: most scored more)? \(you would rank (\d+) of (\d+)\)\./.exec(verdict)!.map(Number);
  expect(total).toBe(games! + 1);
  expect(below! + (place - 1)).toBeLessThanOrEqual(games!);
  // "Most scored more" only when more than half the games scored more (ties are not "more").
  expect(verdict.includes('most scored more')).toBe((place - 1) * 2 > games!);
}

describe('the tutorial, played to its end', () => {
  it('with the mouse, at 1280×800, ends where the engine ends', async () => {
    const o = await openGame({ width: 1280, height: 800 });
    opened.push(o);
    const { page, errors } = o;
    const seed = seedWithCounter(index, 'mouse');
    await shot(page, 'start-1280x800');
    const unnamed: string[] = [];
    const checkNames = async () => unnamed.push(...(await unnamedControls(page)));
    await checkNames();

    await page.fill('#seed', seed);
    await page.click('[data-testid="choice-shipped:tutorial"]');
    await page.click('[data-testid=start]');
    await page.waitForSelector('.play-screen');
    await boardReady(page);
    await shot(page, 'play-1280x800-turn1');
    await checkNames();

    const driver = mouseDriver(page);

    let counterShot = false;
    let orderNotes = 0;
    const session = await playThrough(page, index, seed, driver, {
      async onPlanning(turn, s) {
        if (turn > 1) {
          // The report says the deals took effect after the other actors' moves when both changed
          // numbers last turn (the engine's order), and only then.
          const last = gameLog(s.game()).filter((e) => e.turn === turn - 1);
          const both = last.some((e) => e.kind === 'deal' && e.changes.length > 0) && last.some((e) => e.kind === 'move' && e.happened && e.changes.length > 0);
          expect(await page.$('[data-testid=report-order]'), `turn ${turn}'s report`).toEqual(both ? expect.anything() : null);
          if (both) orderNotes++;
        }
        if (turn === 1) {
          // Select an actor by clicking its marker on the map: its button in the list is pressed.
          const target = index.scenario.actors.at(-1)!.id;
          const marker = await markerPoint(page, target);
          await page.mouse.move(marker.x, marker.y);
          await page.waitForTimeout(200);
          await shot(page, 'play-1280x800-board-hover');
          await page.mouse.click(marker.x, marker.y);
          await page.waitForSelector(`[data-actor="${target}"][aria-pressed="true"]`);
          // Propose and withdraw once: the capital comes back.
          const option = availableOptions(s.game(), index)[0]!;
          await driver.propose(option, index.options.get(option)!.target!);
          expect(s.send({ type: 'PROPOSE', option })).toBeNull();
          await expectInStep(page, s, `PROPOSE ${option}`);
          await driver.withdraw(option);
          expect(s.send({ type: 'WITHDRAW', option })).toBeNull();
          await expectInStep(page, s, `WITHDRAW ${option}`);
        }
        if (turn === 2) {
          // The results of turn 1, with the "Why?" of the first decision open.
          await page.click('.report .why-button');
          await page.waitForSelector('dialog.why[open]');
          const why = await page.textContent('dialog.why[open]');
          const decision = gameLog(s.game()).find((e) => e.kind === 'decision' && e.turn === 1);
          if (decision?.kind === 'decision') {
            expect(why).toContain(`Roll of the die (0–99)${decision.decision.roll}`);
            for (const term of decision.decision.terms) expect(why).toContain(term.label);
          }
          await shot(page, 'play-1280x800-why');
          await checkNames();
          await page.click('dialog.why[open] [data-key="dialog-close"]');
          await page.waitForSelector('dialog.why', { state: 'detached' });
        }
      },
      async onCounter() {
        if (counterShot) return;
        counterShot = true;
        await shot(page, 'counter-1280x800');
        await checkNames();
      },
    });
    expect(counterShot, 'the chosen seed leads to a counter-offer').toBe(true);

    const onPage = await endingShown(page);
    expect(onPage).toEqual(endingOf(session));
    // The map at the end names the agreements its lines are, as the game has them standing.
    const routed = standingRoutes(buildBoardView(index, session.game(), null)).map((a) => a.label);
    expect(await page.textContent('[data-testid=debrief-board-lines]')).toBe(routed.length === 0 ? 'No agreement standing at the end has a route to draw: the map shows the places and the actors.' : `The lines drawn from place to place are the routes of the agreements standing at the end: ${routed.join('; ')}.`);
    // This seed's game has such a turn: the note was checked where it must show, not only where it must not.
    expect(orderNotes).toBeGreaterThan(0);
    await checkBots(page, onPage.score);
    await shot(page, 'ending-1280x800');
    await checkNames();
    expect(unnamed, 'every control has an accessible name').toEqual([]);
    await page.screenshot({ path: `${SHOTS}/ending-1280x800-full.png`, fullPage: true });
    await checkDownloadedRecord(page, () => page.click('[data-key="ending-download"]'), session);
    expect(errors).toEqual([]);
  });

  it('with the keyboard alone, at 800×600, ends where the engine ends', async () => {
    const o = await openGame({ width: 800, height: 600 });
    opened.push(o);
    const { page, errors } = o;
    const seed = seedWithCounter(index, 'keys');
    const invisible: string[] = [];
    const tab = (selector: string) => tabTo(page, selector, { invisibleFocus: invisible });
    await shot(page, 'start-800x600');

    await tab('#seed');
    await page.keyboard.press('Control+A');
    await page.keyboard.type(seed);
    await tab('[data-testid=start]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.play-screen');
    await boardReady(page);
    await shot(page, 'play-800x600-turn1');

    const driver: Driver = {
      async propose(option, target) {
        await tab(`[data-actor="${target}"]`);
        if ((await page.getAttribute(`[data-actor="${target}"]`, 'aria-pressed')) !== 'true') await page.keyboard.press('Enter');
        await page.waitForSelector(`[data-actor="${target}"][aria-pressed="true"]`);
        await tab(`[data-key="option-action-${option}"]`);
        await page.keyboard.press('Enter');
      },
      async withdraw(option) {
        await tab(`[data-key="queue-withdraw-${option}"]`);
        await page.keyboard.press('Enter');
      },
      async endTurn() {
        await tab('[data-key="end-turn"]');
        await page.keyboard.press('Enter');
      },
      async answerCounter(answer) {
        await tab(COUNTER_BUTTON[answer]);
        await page.keyboard.press('Enter');
      },
      async answerCrisis(answer) {
        await tab(`[data-key="crisis-answer-${answer}"]`);
        await page.keyboard.press('Enter');
      },
    };

    let counterShot = false;
    const session = await playThrough(page, index, seed, driver, {
      async onPlanning(turn) {
        if (turn === 1) {
          // What a keyboard user sees: the focused control is outlined.
          await tab('[data-key^="option-action-"]');
          await shot(page, 'play-800x600-keyboard-focus');
        }
        if (turn === 2) {
          await tab('.report .why-button');
          const key = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.key);
          await page.keyboard.press('Enter');
          await page.waitForSelector('dialog.why[open]');
          await shot(page, 'play-800x600-why');
          await page.keyboard.press('Escape');
          await page.waitForSelector('dialog.why', { state: 'detached' });
          // Focus returns to the button that opened the dialog.
          expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.key)).toBe(key);
        }
      },
      async onCounter() {
        if (counterShot) return;
        counterShot = true;
        await shot(page, 'counter-800x600');
      },
    });
    expect(counterShot).toBe(true);

    const onPage = await endingShown(page);
    expect(onPage).toEqual(endingOf(session));
    await checkBots(page, onPage.score);
    await shot(page, 'ending-800x600');
    // The ending's title has the focus; the record is a few Tabs away.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('ending-title');
    // Tab goes along the row of actions (the player's name just before the download it goes on),
    // then down to the link shown under it (it went down and back up).
    expect((await page.$$eval('.ending-actions :is(button, input)', (els) => els.map((e) => (e as HTMLElement).dataset.key ?? (e as HTMLElement).dataset.testid))).slice(-4)).toEqual(['ending-copy-link', 'ending-player-name', 'ending-download', 'share-link']);
    await tab('[data-key="ending-download"]');
    await checkDownloadedRecord(page, () => page.keyboard.press('Enter'), session);
    expect(invisible, 'controls reached by Tab show a visible focus').toEqual([]);
    expect(errors).toEqual([]);
  });
});
