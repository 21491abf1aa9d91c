// Accessibility checked by a tool: axe-core on every screen of the game (start, a loaded scenario
// file and a broken one, the start screen's notices, play on turn 1 with the board and with a
// proposal, the play screen's dialogs, "Why?", a counter-offer, the ending, the replay, the class
// view with a refused file; the ending and the class view printed; start and play at 800×600).
// No screen may have a serious or critical violation; each failure names the rule, the element
// and what to fix. The moderate and minor findings, and what axe left for a person to judge, go
// to tests/browser/screenshots/axe-notes.md.
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { playWithBot } from '../../src/app/playBot';
import { axeCheck, describeFindings, type AxeScope } from './axe';
import { collectErrors, controlsBehindStrip, endTurnsToTheEnding, nodeScenario, openFresh, useGame, withoutAdviceAhead, ROOT, seedWithCounter, SHOTS, shot, startWithSeed } from './game/helpers';
import { mouseDriver, playThrough, type Driver } from './game/playThrough';

const o = useGame();

/** A phone's page (390×844, touch), the advisor's work ahead off, its errors collected. */
async function phonePage() {
  const context = await o.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  await withoutAdviceAhead(context);
  const page = await context.newPage();
  return { context, page, errors: collectErrors(page) };
}

const index = nodeScenario('tutorial');

/** What axe found on each screen beyond the blocking ones (written out, not failed on). */
const notes: string[] = [];

async function expectAccessible(page: Page, screen: string, scope: AxeScope = {}): Promise<void> {
  const report = await axeCheck(page, scope);
  notes.push(`## ${screen}\n### moderate and minor\n${describeFindings(report.other)}\n### for a person to review\n${describeFindings(report.review)}\n`);
  // Soft: one run reports every screen's problems, not only the first.
  expect.soft(describeFindings(report.blocking), `serious or critical accessibility violations on ${screen}`).toBe('');
  // Text axe takes to be covered is text whose contrast went unchecked (see .dialog in styles.css).
  expect.soft(report.contrastUnchecked, `texts on ${screen} whose contrast axe could not check (overlapped)`).toEqual([]);
}

async function boardReady(page: Page): Promise<void> {
  await page.waitForFunction(() => (window as unknown as { __pivotEastBoard?: unknown }).__pivotEastBoard !== undefined, null, { timeout: 30_000 });
  await page.evaluate(() => (window as unknown as { __pivotEastBoard: { ready: Promise<void> } }).__pivotEastBoard.ready);
}

afterAll(() => {
  // Moderate and minor findings, and what axe could not decide, for whoever improves the pages next.
  mkdirSync(SHOTS, { recursive: true });
  writeFileSync(resolve(SHOTS, 'axe-notes.md'), notes.join('\n'));
});

describe('accessibility (axe-core)', () => {
  it('the start screen, with a scenario file loaded and with a broken one', async () => {
    const { page, errors } = o;
    await expectAccessible(page, 'the start screen');
    // Each scenario's radio is named by its title, its summary the description (read at every arrow key, the paragraph was too long a name).
    for (const id of ['tutorial', 'mother-russia-2016', 'other-asia-2019']) {
      const { title, summary } = nodeScenario(id).scenario;
      const radio = page.getByRole('radio', { name: title, exact: true });
      expect(await radio.count(), title).toBe(1);
      expect(await radio.getAttribute('data-testid')).toBe(`choice-shipped:${id}`);
      expect(await page.textContent(`#${await radio.getAttribute('aria-describedby')}`)).toBe(summary);
    }
    await page.setInputFiles('#scenario-file', resolve(ROOT, 'tests/browser/fixtures/mini-scenario.yaml'));
    await page.waitForSelector('.ok-note');
    await expectAccessible(page, 'the start screen with a scenario file loaded');
    const broken = 'format: pivot-east-scenario/1\nid: broken\ntitle: Broken\ncalendar: { start: 2016-13 }\n';
    await page.setInputFiles('#scenario-file', { name: 'broken.yaml', mimeType: 'text/yaml', buffer: Buffer.from(broken) });
    await page.waitForSelector('#scenario-errors-title');
    await expectAccessible(page, 'the start screen with a broken scenario file');
    expect(errors).toEqual([]);
  });

  it('a whole game: play, its dialogs, "Why?", a counter-offer, the ending and its replay', async () => {
    const { page, errors } = o;
    const seed = seedWithCounter(index, 'axe');
    await page.click('[data-testid="choice-shipped:tutorial"]');
    await startWithSeed(page, seed);
    await boardReady(page);

    let queued = false;
    const mouse = mouseDriver(page);
    const driver: Driver = {
      ...mouse,
      async propose(option, target) {
        await mouse.propose(option, target);
        if (queued) return;
        // The first proposal of the game: the list of this turn's proposals, with Withdraw.
        queued = true;
        await page.waitForSelector(`[data-key="queue-withdraw-${option}"]`);
        await expectAccessible(page, 'the play screen with a proposal queued');
      },
    };
    const dialog = async (opener: string, screen: string) => {
      await page.click(opener);
      await page.waitForSelector('dialog[open]');
      await expectAccessible(page, screen);
      await page.keyboard.press('Escape');
      await page.waitForSelector('dialog', { state: 'detached' });
    };

    let counter = false;
    await playThrough(page, index, seed, driver, {
      async onPlanning(turn) {
        if (turn === 1) {
          await expectAccessible(page, 'the play screen on turn 1');
          await dialog('[data-key="open-share"]', 'the save-and-share dialog');
          await dialog('[data-key="open-sources"]', 'the sources dialog');
        }
        if (turn === 2) {
          await expectAccessible(page, 'the play screen on turn 2, with the results of turn 1');
          await dialog('.report .why-button', 'the "Why?" dialog');
          await dialog('[data-key="open-log"]', 'the game log dialog');
        }
      },
      async onCounter() {
        if (counter) return;
        counter = true;
        await expectAccessible(page, 'the counter-offer dialog');
      },
    });
    expect(counter, 'the seed leads to a counter-offer').toBe(true);

    await page.waitForSelector('[data-testid=final-checksum]');
    await page.waitForSelector('.bots[aria-busy="false"]', { timeout: 60_000 });
    await expectAccessible(page, 'the ending');
    // Printed (black on white, no buttons): a teacher may hand it out.
    await page.emulateMedia({ media: 'print' });
    await expectAccessible(page, 'the ending, printed');
    await page.emulateMedia({ media: 'screen' });
    await page.click('[data-key="replay"]');
    await page.waitForSelector('.replay-screen');
    await page.click('[data-key="replay-next"]');
    await page.waitForFunction(() => document.querySelector('[data-testid=replay-turn]')?.textContent?.includes('Turn 2 of'));
    await expectAccessible(page, 'the replay');
    // Opened from the debrief, the replay goes back to it.
    expect(await page.textContent('[data-key="replay-back"]')).toBe('Back to the debrief');
    await page.click('[data-key="replay-back"]');
    await page.waitForSelector('[data-testid=final-checksum]');
    expect(errors).toEqual([]);
  });

  it('the class view, with a refused file', async () => {
    const { page, errors, url } = o;
    await page.goto(url);
    await page.waitForSelector('#class-files');
    const good = playWithBot(index, 'axe-class', 'greedy').record();
    const other = playWithBot(index, 'axe-class', 'random').record();
    const tampered = { ...other, checksums: other.checksums.map((c, i) => (i === 1 ? '0123456789abcdef' : c)) };
    await page.setInputFiles(
      '#class-files',
      [
        { name: 'anna.json', record: good },
        { name: 'ben.json', record: other },
        { name: 'chloe.json', record: tampered },
      ].map((f) => ({ name: f.name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(f.record)) })),
    );
    await page.waitForSelector('.class-screen [data-testid=class-refused]');
    await expectAccessible(page, 'the class view');
    await page.emulateMedia({ media: 'print' });
    await expectAccessible(page, 'the class view, printed');
    await page.emulateMedia({ media: 'screen' });
    expect(errors).toEqual([]);
  });

  it('the start screen’s notices: refused class files, a resume offer, a broken save, a bad link', async () => {
    const { page, errors, url } = o;
    await page.goto(url);
    await page.setInputFiles('#class-files', [
      { name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": 1}') },
      { name: 'essay.json', mimeType: 'application/json', buffer: Buffer.from('not json') },
    ]);
    await page.waitForSelector('#class-errors-title');
    await expectAccessible(page, 'the start screen with refused class files');
    // A game in progress (a link starts one and saves it): the start screen offers to resume it.
    // The earlier tests saved games of their own: a link over a save would ask first.
    await page.evaluate(() => localStorage.clear());
    await page.goto(`${url}#scenario=tutorial&seed=axe-resume`);
    await page.waitForSelector('.play-screen');
    await page.waitForFunction(() => localStorage.getItem('pivot-east/save') !== null); // saved when idle
    await page.goto(url);
    await page.waitForSelector('[data-key="resume"]');
    await expectAccessible(page, 'the start screen offering to resume a game');
    // A link to another game while one is saved asks before replacing it.
    await page.goto(`${url}#scenario=tutorial&seed=axe-other`);
    await page.waitForSelector('dialog.replace-save-dialog[open]');
    await expectAccessible(page, 'the question before a link replaces a saved game');
    await page.keyboard.press('Escape');
    await page.waitForSelector('dialog.replace-save-dialog', { state: 'detached' });
    await page.evaluate(() => localStorage.setItem('pivot-east/save', '{not json'));
    await page.reload();
    await page.waitForSelector('[data-testid=save-problem]');
    await expectAccessible(page, 'the start screen with a broken save');
    await page.goto(`${url}#scenario=atlantis&seed=1`);
    await page.waitForSelector('.notice');
    await expectAccessible(page, 'the start screen with a bad link');
    expect(errors).toEqual([]);
  });

  it('at 800×600, where the columns stack: the start and play screens', async () => {
    const { page, errors, url } = o;
    await page.setViewportSize({ width: 800, height: 600 });
    await page.goto(url);
    await page.waitForSelector('.start-screen');
    await expectAccessible(page, 'the start screen at 800×600');
    await page.evaluate(() => localStorage.clear()); // a link over a saved game would ask first
    await page.goto(`${url}#scenario=tutorial&seed=axe-small`);
    await page.waitForSelector('.play-screen');
    await boardReady(page);
    await expectAccessible(page, 'the play screen at 800×600');
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(errors).toEqual([]);
  });

  it('on a phone (390×844, touch): what happened right under the map, links to each part that keep the game, controls a finger can tap, dialogs whose buttons stay on screen, a debrief as wide as the screen', async () => {
    const { url } = o;
    const { context, page, errors } = await phonePage();
    await page.goto(`${url}#scenario=tutorial&seed=axe-phone`);
    await page.waitForSelector('.play-screen');
    await boardReady(page);
    const topOf = (id: string) => page.evaluate((i) => document.getElementById(i)!.getBoundingClientRect().top + scrollY, id);
    // One column: the map, the news and tracks, then the actors and options. The news begins
    // within the first screen and a half (it was after the actions, 3,800 px down in a 2016 game).
    const [map, reading, actions] = [await topOf('map'), await topOf('reading'), await topOf('actions')];
    expect(map).toBeLessThan(reading);
    expect(reading).toBeLessThan(actions);
    expect(reading).toBeLessThan(844 * 1.5);
    // The strip of links stays at the top of the window, and each link jumps to its part with
    // the keyboard there, the game's own link in the address left alone (a change of it would
    // open the start screen).
    const nav = page.locator('.phone-nav');
    expect(await nav.locator('a').allInnerTexts()).toEqual(['Top', 'Map', 'News', 'Actions']);
    // End turn says the capital left, which the top bar says screens above the options.
    const capital = await page.textContent('[data-testid=capital] strong');
    expect(await nav.locator('button .strip-capital').innerText()).toBe(`${capital} capital left`);
    expect(await nav.locator('button').textContent()).toBe(`End turn 1, ${capital} capital left, no proposals`);
    await nav.locator('a', { hasText: 'Actions' }).tap();
    await page.waitForFunction(() => document.activeElement?.id === 'actions');
    // It starts just under the strip, none of it behind.
    const actionsTop = await page.evaluate(() => document.getElementById('actions')!.getBoundingClientRect().top);
    const navHeight = (await nav.boundingBox())!.height;
    expect(actionsTop).toBeGreaterThanOrEqual(navHeight);
    expect(actionsTop - navHeight).toBeLessThan(20);
    expect((await nav.boundingBox())!.y).toBe(0);
    // A control reached with Shift+Tab from the page's end stands under the strip, none of it
    // behind (on the old rule four were, "Sources (1)" among them).
    expect(await controlsBehindStrip(page)).toEqual([]);
    await nav.locator('a', { hasText: 'Top' }).tap();
    await page.waitForFunction(() => document.activeElement?.id === 'turn-bar' && scrollY === 0);
    // The skip link, too, keeps the game.
    await page.focus('.skip-link');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'actions');
    expect(await page.$('.play-screen')).not.toBeNull();
    expect(await page.evaluate(() => location.hash)).toBe('');
    // On the map, a link to the selected actor's options, which are far below it.
    const toActor = page.locator('[data-key="map-to-actor"]');
    expect(await toActor.innerText()).toBe(`Options with ${await page.textContent('#actor-title')} ↓`);
    // It lies under the map, not over it (it hid Indonesia's badge in its corner).
    expect((await toActor.boundingBox())!.y).toBeGreaterThanOrEqual(await page.$eval('#map canvas', (c) => c.getBoundingClientRect().bottom));
    await nav.locator('a', { hasText: 'Map' }).tap();
    await toActor.tap();
    await page.waitForFunction(() => document.activeElement?.id === 'actor-detail');
    expect(await page.evaluate(() => document.getElementById('actor-detail')!.getBoundingClientRect().top)).toBeLessThan(100);
    // Every control a finger can reach is at least 44 px tall (the menu's buttons were 31 px,
    // "Why?" 21 px, the fold-outs 24 px). The skip link shows only to the keyboard.
    const tooSmall = () =>
      page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('button, summary, input, .phone-nav a')]
          .filter((e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden')
          // A box in a label is tapped on its label.
          .map((e) => (e instanceof HTMLInputElement && e.closest('label') ? e.closest('label')! : e))
          .map((e) => ({ text: (e.textContent ?? '').trim().slice(0, 40) || e.tagName, box: e.getBoundingClientRect() }))
          .filter(({ box }) => box.height < 43.5 || box.width < 24)
          .map(({ text, box }) => `${text}: ${Math.round(box.width)}×${Math.round(box.height)}`),
      );
    expect(await tooSmall()).toEqual([]);
    // A dialog's buttons stay on screen however long it is (the advisor's cards, its table opened):
    // only its body scrolls.
    await page.click('[data-key="open-advisor"]');
    await page.waitForSelector('[data-testid=advice-status][data-elapsed-ms]', { timeout: 60_000 });
    await page.$$eval('dialog[open] details', (all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    const dialog = await page.evaluate(() => {
      const d = document.querySelector('dialog[open]')!;
      const buttons = d.querySelector('.dialog-actions')!.getBoundingClientRect();
      return { buttonsBottom: buttons.bottom, dialogScrolls: d.scrollHeight > d.clientHeight + 1, bodyScrolls: d.querySelector('.dialog-body')!.scrollHeight > d.querySelector('.dialog-body')!.clientHeight };
    });
    expect(dialog.buttonsBottom).toBeLessThanOrEqual(844);
    expect(dialog.dialogScrolls).toBe(false);
    expect(dialog.bodyScrolls).toBe(true);
    expect(await tooSmall()).toEqual([]);
    // Its table scrolls sideways in its own box, the choices' names staying in view (sticky).
    const table = await page.evaluate(() => {
      const box = document.querySelector<HTMLElement>('dialog[open] .chart-table .table-scroll')!;
      const name = () => box.querySelector('tbody th')!.getBoundingClientRect().left;
      const before = name();
      box.scrollLeft = box.scrollWidth;
      return { wider: box.scrollWidth > box.clientWidth, scrolled: box.scrollLeft > 0, nameMoved: Math.abs(name() - before), pageWidth: document.documentElement.scrollWidth };
    });
    expect(table).toEqual({ wider: true, scrolled: true, nameMoved: 0, pageWidth: 390 });
    await page.keyboard.press('Escape');
    await page.waitForSelector('dialog[open]', { state: 'detached' });
    // From the top, where the strip covers nothing (scrolled, it lies over what passes under it, whose contrast axe cannot check).
    await page.evaluate(() => window.scrollTo(0, 0));
    await expectAccessible(page, 'the play screen on a phone (390×844)');
    // The strip ends the turn from wherever the player has scrolled to, the proposals far below.
    await nav.locator('a', { hasText: 'Actions' }).tap();
    await nav.locator('button').tap();
    await page.waitForFunction(() => document.querySelector('[data-testid=turn-info]')?.textContent?.includes('Turn 2 of') || document.querySelector('dialog[open]') !== null);
    await page.waitForFunction(() => document.querySelector('.phone-nav button')?.textContent?.startsWith('End turn 2') || document.querySelector('dialog[open]') !== null);
    // The new turn is read from the page's top: its date, the map and what happened under it (the
    // page stayed among the options, where nothing seemed to change).
    while (await page.$('dialog.crisis-dialog[open]')) {
      await page.click('dialog.crisis-dialog[open] [data-key^="crisis-answer-"]:not([disabled])');
      await page.waitForTimeout(200);
    }
    await page.waitForFunction(() => document.querySelector('.phone-nav button')?.textContent?.startsWith('End turn 2'));
    expect(await page.evaluate(() => scrollY)).toBe(0);
    // "News" lands on the news, past last turn's report above it (it landed on the report).
    expect(await page.isVisible('.panel.report')).toBe(true);
    await nav.locator('a', { hasText: 'News' }).tap();
    await page.waitForFunction(() => document.activeElement?.id === 'news');
    expect(Math.abs((await page.evaluate(() => document.getElementById('news-title')!.getBoundingClientRect().top)) - (await nav.boundingBox())!.height)).toBeLessThan(60);
    // The debrief, every table opened, is no wider than the screen: a wide table scrolls inside
    // its panel (the tracks' numbers made the whole page 600 px wide).
    await endTurnsToTheEnding(page);
    await page.$$eval('.ending-screen details', (all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // The map at the end, drawn for 1,200 px, is shown at that size on request, in a box that
    // scrolls sideways from the player's badge; the page stays as wide as the screen.
    await page.waitForSelector('img[data-testid=debrief-board]');
    const fitted = await page.$eval('img[data-testid=debrief-board]', (img) => img.getBoundingClientRect().width);
    expect(fitted).toBeLessThanOrEqual(390);
    await page.locator('[data-key="map-full-size"]').tap();
    expect(await page.getAttribute('[data-key="map-full-size"]', 'aria-pressed')).toBe('true');
    const box = await page.$eval('.map-box', (b) => ({ img: b.querySelector('img')!.getBoundingClientRect().width, width: b.clientWidth, scrolled: b.scrollLeft }));
    expect(box.img).toBe(1200);
    expect(box.width).toBeLessThanOrEqual(390);
    // Opened on Russia's badge, a good way right of the picture's left edge.
    expect(box.scrolled).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // The charts' numbers are drawn for a phone's width: readable, and no two touching (a chart
    // drawn 640 wide showed them 5 px high; drawn 360 wide at 11 px, shown at 10). `size` is the
    // font's size as shown: its own times the chart's scale.
    const axes = await page.$$eval('.chart', (charts) =>
      charts.map((c) => {
        const scale = c.getBoundingClientRect().width / (c as SVGSVGElement).viewBox.baseVal.width;
        return [...c.querySelectorAll('.axis')].map((t) => { const r = t.getBoundingClientRect(); return { size: parseFloat(getComputedStyle(t).fontSize) * scale, left: r.left, right: r.right, top: r.top }; });
      }),
    );
    expect(axes.length).toBeGreaterThan(0);
    for (const labels of axes) {
      expect(Math.min(...labels.map((l) => l.size))).toBeGreaterThanOrEqual(11);
      const turns = labels.filter((l) => Math.abs(l.top - labels.at(-2)!.top) < 1).sort((a, b) => a.left - b.left);
      for (let i = 1; i < turns.length; i++) expect(turns[i]!.left).toBeGreaterThan(turns[i - 1]!.right);
    }
    // In the replay, Previous and Next stay where they are from turn to turn (a longer date moved them).
    await page.click('[data-key="replay"]');
    await page.waitForSelector('.replay-screen');
    const buttons = async () => ({ prev: await page.locator('[data-key="replay-prev"]').boundingBox(), next: await page.locator('[data-key="replay-next"]').boundingBox() });
    const first = await buttons();
    for (let turn = 2; turn <= 4; turn++) {
      await page.click('[data-key="replay-next"]');
      await page.waitForFunction((t) => document.querySelector('[data-testid=replay-turn]')?.textContent?.startsWith(`Turn ${t} of`), turn);
      expect(await buttons()).toEqual(first);
    }
    expect(first.next!.x + first.next!.width).toBeLessThanOrEqual(390);
    // A turn is screens long: scrolled down to its moves, Previous and Next are still on screen.
    await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
    // Far enough that the buttons' own place at the page's top is out of view.
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(first.next!.y + first.next!.height);
    const stuck = await page.locator('[data-key="replay-next"]').evaluate((b) => {
      const r = b.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, hit: document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2)?.closest('[data-key="replay-next"]') === b };
    });
    expect(stuck.top).toBeGreaterThanOrEqual(0);
    expect(stuck.bottom).toBeLessThan(200);
    expect(stuck.hit).toBe(true);
    await shot(page, 'phone-replay-scrolled');
    // The start screen's controls too: its file fields' buttons were 23 px tall.
    await page.goto(url);
    await page.waitForSelector('.start-screen');
    expect(await tooSmall()).toEqual([]);
    await page.screenshot({ path: resolve(SHOTS, 'phone-start-touch.png'), fullPage: true });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('on a phone, the class view is as wide as the screen: its tables scroll in their own boxes, their captions wrap in view', async () => {
    const { url } = o;
    const { context, page, errors } = await phonePage();
    await page.goto(url);
    // Four games of the tutorial: the students' table is wider than the phone. Two alike move for
    // move, each student's own file (their name on it: the very same record twice would count once).
    const files = ['anna', 'ben', 'chen', 'dana'].map((name, i) => ({ name: `${name}.json`, record: { ...playWithBot(index, 'phone-class', i % 2 === 0 ? 'greedy' : 'random').record(), playerName: name } }));
    await page.setInputFiles('#class-files', files.map((f) => ({ name: f.name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(f.record)) })));
    await page.waitForSelector('.class-screen [data-testid=class-table]');
    // A screen reader's label in a cell, placed absolutely, made the page itself 594 px wide.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const table = await page.$eval('[data-testid=class-table]', (t) => ({ table: t.getBoundingClientRect().width, box: t.parentElement!.clientWidth, caption: t.querySelector('caption')!.getBoundingClientRect().right }));
    expect(table.table).toBeGreaterThan(table.box);
    expect(table.caption).toBeLessThanOrEqual(390);
    // A light edge says there is more to the right, and goes once the box is scrolled to its end
    // (the table fitted the phone to its fourth column, with nothing to tell of three more).
    const box = page.locator('[data-testid=class-table]').locator('..');
    const pixels = await context.newPage();
    const edges = async () => {
      const png = (await box.screenshot()).toString('base64');
      return pixels.evaluate(async (b64) => {
        const img = new Image();
        img.src = `data:image/png;base64,${b64}`;
        await img.decode();
        const canvas = document.createElement('canvas');
        [canvas.width, canvas.height] = [img.width, img.height];
        const g = canvas.getContext('2d')!;
        g.drawImage(img, 0, 0);
        // The box's last row of pixels (under the table's last line of cells, no text there).
        const lightness = (x: number) => [...g.getImageData(x, img.height - 1, 1, 1).data].slice(0, 3).reduce((a, b) => a + b, 0);
        return { left: lightness(1), right: lightness(img.width - 2), middle: lightness(Math.round(img.width / 2)) };
      }, png);
    };
    await page.screenshot({ path: resolve(SHOTS, 'phone-class-table-edge.png') });
    const atStart = await edges();
    expect(atStart.right).toBeGreaterThan(atStart.middle + 30);
    expect(atStart.left).toBe(atStart.middle);
    await box.evaluate((b) => (b.scrollLeft = b.scrollWidth));
    const atEnd = await edges();
    expect(atEnd.right).toBe(atEnd.middle);
    expect(atEnd.left).toBeGreaterThan(atEnd.middle + 30);
    await pixels.close();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('on a phone, every shipped scenario’s play screen is as wide as the screen, its whole title shown', async () => {
    const { url } = o;
    const { context, page, errors } = await phonePage();
    // 2019's title, kept on one line in the top bar, made its page 515 px wide: End turn, the
    // capital and the dialogs' buttons were off the screen. Then cut short, the rest in a tooltip
    // a finger never sees, it wraps.
    for (const id of ['tutorial', 'mother-russia-2016', 'other-asia-2019']) {
      await openFresh(page, `${url}#scenario=${id}&seed=phone-width`);
      await page.waitForSelector('.play-screen [data-key="end-turn"]');
      expect(await page.evaluate(() => document.documentElement.scrollWidth), id).toBeLessThanOrEqual(390);
      expect(await page.$eval('.scenario-title', (t) => t.scrollWidth <= t.clientWidth), id).toBe(true);
      const endTurn = (await page.locator('.topbar [data-key="end-turn"]').boundingBox())!;
      expect(endTurn.x + endTurn.width, id).toBeLessThanOrEqual(390);
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});
