// Hot-seat: two people on one device, Russia's player and China's, play the tutorial to its end.
// The game passes between them through a hand-over screen that hides the last seat's view; China's
// player answers Russia's proposals and chooses China's moves, with the rules' weighing beside each
// choice. The game's record (format 2, with its seats) then replays in Node and in the page.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { playWithBot } from '../../src/app/playBot';
import { parseRecord } from '../../src/app/record';
import { replayRecord } from '../../src/app/replay';
import { seriousViolations } from './axe';
import { nodeScenario, openGame, SAVE_KEY, shot, type Opened } from './game/helpers';

let o: Opened;
beforeAll(async () => {
  o = await openGame({ width: 1280, height: 800 });
});
afterAll(async () => {
  await o?.browser.close();
});

const visible = (page: Page, selector: string) => page.isVisible(selector).catch(() => false);

/** Checked once per screen: axe finds nothing serious, and a screenshot to look at. */
async function firstLook(page: Page, seen: Set<string>, name: string): Promise<void> {
  if (seen.has(name)) return;
  seen.add(name);
  await shot(page, `hot-seat-${name}`);
  expect(await seriousViolations(page, `hot-seat: ${name}`)).toBe('');
}

describe('hot-seat', () => {
  it('two people play the tutorial to its end, handing the device over, and the record replays', async () => {
    const { page, errors } = o;
    const index = nodeScenario('tutorial');
    await page.fill('#seed', 'hot-seat-1');
    await page.check('[data-testid=hot-seat]');
    await page.click('[data-testid=start]');
    await page.waitForSelector('.seat-choice');
    expect(await page.textContent('.seat-choice h1')).toContain('Who plays which state?');
    await shot(page, 'hot-seat-choice');
    expect(await seriousViolations(page, 'hot-seat: seat choice')).toBe('');
    await page.check('[data-testid=seat-china-person]');
    await page.click('[data-testid=seat-choice-start]');

    const seen = new Set<string>();
    const handOvers: string[] = [];
    const chinaDecided: string[] = [];
    let proposedTurn = 0;
    for (let step = 0; step < 200; step++) {
      if (await page.$('[data-testid=ending-title]')) break;
      if (await visible(page, '[data-testid=hand-over-ready]')) {
        const title = (await page.textContent('.hand-over h1'))!;
        handOvers.push(title);
        // The last seat's view is gone: neither the play screen nor a seat screen is in the page.
        expect(await page.$('.play-screen, .seat-screen')).toBeNull();
        await firstLook(page, seen, title.includes('China') ? 'hand-over-to-china' : 'hand-over-to-russia');
        await page.click('[data-testid=hand-over-ready]');
        continue;
      }
      if (await visible(page, '.seat-screen')) {
        expect(await page.textContent('.seat-screen h1')).toBe('China: your decision');
        expect(await page.textContent('.seat-state')).toContain('Your interests');
        if (await visible(page, '[data-key=seat-accept]')) {
          await page.click('.advisor summary');
          expect(await page.textContent('.advisor')).toContain('How the rules weigh it for China');
          await firstLook(page, seen, 'china-answers');
          chinaDecided.push('answer');
          await page.click('[data-key=seat-accept]');
        } else if (await visible(page, '[data-key=seat-no-move]')) {
          await firstLook(page, seen, 'china-moves');
          chinaDecided.push('move');
          const move = await page.$('[data-key^="seat-move-"]');
          await (move ?? (await page.$('[data-key=seat-no-move]')))!.click();
        } else {
          await page.click('[data-key=seat-no-offer]');
        }
        await page.waitForTimeout(50);
        continue;
      }
      if (await page.$('dialog.counter-dialog[open]')) {
        await page.click('[data-key="counter-decline"]');
        continue;
      }
      if (await page.$('dialog.crisis-dialog[open]')) {
        await (await page.$('dialog.crisis-dialog[open] [data-key^="crisis-answer-"]'))!.click();
        continue;
      }
      if (await page.$('dialog.offer-dialog[open]')) {
        await page.click('[data-key="offer-decline"]');
        continue;
      }
      if (await visible(page, '[data-key="end-turn"]')) {
        const turn = Number(/Turn (\d+) of/.exec((await page.textContent('[data-testid=turn-info]')) ?? '')?.[1]);
        if (turn !== proposedTurn) {
          proposedTurn = turn;
          // Propose something to China, so that China's player has to answer.
          await page.click('[data-actor="china"]');
          const propose = await page.$$('[data-key^="option-action-"]:not([disabled])');
          for (const b of propose) {
            if ((await b.textContent())?.startsWith('Propose')) {
              await b.click();
              break;
            }
          }
        }
        await page.click('[data-key="end-turn"]');
        await page.waitForTimeout(50);
        continue;
      }
      await page.waitForTimeout(100);
    }
    await page.waitForSelector('[data-testid=ending-title]');
    expect(handOvers[0]).toBe('Pass the device to Russia’s player');
    expect(handOvers).toContain('Pass the device to China’s player');
    expect(chinaDecided).toContain('answer');
    expect(chinaDecided).toContain('move');

    // The record kept in the page: format 2 with China's seat, China's events, replaying in Node.
    const saved = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), SAVE_KEY)) ?? 'null').record;
    const parsed = parseRecord(JSON.stringify(saved));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.record).toMatchObject({ format: 'pivot-east-record/2', seats: { china: 'person' } });
    expect(parsed.record.events.some((e) => e.type === 'SEAT_ANSWER' && e.actor === 'china')).toBe(true);
    const replayed = replayRecord(parsed.record, index);
    expect(replayed.ok).toBe(true);
    const checksum = await page.textContent('[data-testid=final-checksum]');
    expect(checksum).toContain(parsed.record.checksums.at(-1)!);

    // And in the page: the record file replays on the start screen, every turn matching.
    await page.goto(o.url);
    await page.waitForSelector('#record-file');
    await page.setInputFiles('#record-file', { name: 'hot-seat.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(parsed.record)) });
    await page.waitForSelector('.replay-screen');
    expect(await page.textContent('[data-testid=replay-verified]')).toContain(`All ${parsed.record.checksums.length} turns match`);
    expect(await page.textContent('.replay-screen header')).toContain('China: a player.');

    // A record made in Node with bots in both other seats replays in the page too.
    const bots = playWithBot(index, 'bots-in-seats', 'greedy', {}, { china: 'greedy', japan: 'random' }).record();
    await page.click('[data-key="replay-back"]');
    await page.waitForSelector('#record-file');
    await page.setInputFiles('#record-file', { name: 'bots.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bots)) });
    await page.waitForSelector('.replay-screen');
    expect(await page.textContent('[data-testid=replay-verified]')).toContain(`All ${bots.checksums.length} turns match`);
    expect(await page.textContent('.replay-screen header')).toContain('China: the greedy bot; Japan: the random bot.');
    expect(errors).toEqual([]);
  }, 240_000);

  it('a solo player answers the actors\' offers of the 2016 scenario in a dialog before planning', async () => {
    const { page, errors, url } = o;
    // A fresh page without the saved hot-seat game (a link would ask before replacing it).
    await page.evaluate(() => localStorage.clear());
    await page.goto('about:blank');
    await page.goto(`${url}#scenario=mother-russia-2016&seed=offers-1`);
    await page.waitForSelector('dialog.offer-dialog[open]');
    expect(await page.textContent('dialog.offer-dialog h2, dialog.offer-dialog [id^=dialog-title]')).toBe('China makes an offer');
    expect(await page.textContent('dialog.offer-dialog h3')).toBe('Xi\'s welcome at Hangzhou');
    await shot(page, 'offer-dialog');
    expect(await seriousViolations(page, 'offer dialog')).toBe('');
    await page.click('[data-key="offer-take"]');
    await page.waitForFunction(() => document.querySelector('dialog.offer-dialog[open] h3')?.textContent?.startsWith('Abe'));
    await page.click('[data-key="offer-decline"]');
    await page.waitForFunction(() => document.querySelector('dialog.offer-dialog[open] h3')?.textContent?.startsWith('Park'));
    await page.click('[data-key="offer-decline"]');
    await page.waitForFunction(() => !document.querySelector('dialog[open]'));
    expect(await page.isEnabled('[data-key="end-turn"]')).toBe(true);
    expect(errors).toEqual([]);
  });
});
