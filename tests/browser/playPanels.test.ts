// The play screen's panels that change only what the player looks at: the turn's hint hidden and
// shown again, the list of the options open now (a way to each one's card, folded or not), and
// the top bar's row.
// The same game runs in Node, so the page's lists are checked against the engine's.
import { describe, expect, it } from 'vitest';
import { availableOptions } from '../../src/engine';
import { startSession } from '../../src/app/session';
import { dateOf } from '../../src/ui/text';
import { focused, greedyGameUntil, markerPoint, nodeScenario, resumeInPage, startNewGame, useGame, openFresh } from './game/helpers';

const index = nodeScenario('tutorial');
const o = useGame();

/** A new page of a game link (the save cleared, else the link asks before replacing it; a blank page first, else a link that differs only after the # is no new page). */
async function openLink(scenario: string, seed: string): Promise<void> {
  await openFresh(o.page, `${o.url}#scenario=${scenario}&seed=${seed}`);
}

/** A game by link at its first planning, the actors' opening offers declined. */
async function openPlanning(scenario: string, seed: string): Promise<void> {
  await openLink(scenario, seed);
  await o.page.waitForSelector('[data-key="end-turn"]');
  while (await o.page.$('dialog[open] [data-key="offer-decline"]')) await o.page.click('dialog[open] [data-key="offer-decline"]');
}

const hintTexts = (turn: number) => index.scenario.hints.filter((x) => x.turn === turn).map((x) => x.text);
const shownHints = () => o.page.$$eval('.hint p', (ps) => ps.map((p) => p.textContent));

describe("the play screen's hint", () => {
  it('is hidden until asked for again, through redraws, and comes back with the next turn', async () => {
    const { page } = o;
    await startNewGame(page, o.url, 'panels-hint');
    expect(hintTexts(1).length).toBeGreaterThan(0);
    expect(await shownHints()).toEqual(hintTexts(1));

    await page.click('[data-key="toggle-hint"]');
    await page.waitForSelector('.show-hint');
    expect(await page.$('.hint')).toBeNull();
    // A proposal redraws the screen: the hint stays hidden.
    const option = availableOptions(startSession(index, 'panels-hint').game(), index)[0]!;
    await page.click(`[data-key="open-${option}"]`);
    await page.click(`[data-key="option-action-${option}"]`);
    await page.waitForSelector(`[data-key="queue-withdraw-${option}"]`);
    expect(await page.$('.hint')).toBeNull();

    await page.click('[data-key="toggle-hint"]');
    await page.waitForSelector('.hint');
    expect(await shownHints()).toEqual(hintTexts(1));

    // Hidden on turn 1, the hint of turn 2 is shown all the same.
    await page.click('[data-key="toggle-hint"]');
    await page.waitForSelector('.show-hint');
    await page.click('[data-key="end-turn"]');
    await page.waitForFunction(() => document.querySelector('[data-testid=turn-info] .turn')?.textContent?.startsWith('Turn 2'));
    if (await page.$('dialog.counter-dialog[open]')) await page.click('[data-key="counter-decline"]');
    await page.waitForSelector('.hint');
    expect(await shownHints()).toEqual(hintTexts(2));
  });
});

describe('the options open now', () => {
  it("are the engine's, each leading to its card with the focus on its button, and the list stays folded once folded", async () => {
    const { page } = o;
    await startNewGame(page, o.url, 'panels-open');
    const open = availableOptions(startSession(index, 'panels-open').game(), index);
    expect(open.length).toBeGreaterThan(1);
    expect(await page.textContent('.open-options summary')).toBe(`Options open now (${open.length})`);
    expect(await page.$$eval('.open-list [data-key^="open-"]', (bs) => bs.map((b) => b.getAttribute('data-key')))).toEqual(open.map((id) => `open-${id}`));

    // The last one's actor is not the one shown first: its button leads there.
    const last = open.at(-1)!;
    const target = index.options.get(last)!.target!;
    await page.click(`[data-key="open-${last}"]`);
    await page.waitForSelector(`[data-key="actor-${target}"][aria-pressed="true"]`);
    expect(await page.textContent('#actor-title')).toBe(index.actors.get(target)!.name);
    expect(await focused(page)).toContain(`option-action-${last}`);

    // Folded, it stays folded when a proposal redraws the screen.
    await page.click('.open-options summary');
    expect(await page.$eval('.open-options', (d) => (d as HTMLDetailsElement).open)).toBe(false);
    await page.click(`[data-key="option-action-${last}"]`);
    await page.waitForSelector(`[data-key="queue-withdraw-${last}"]`);
    expect(await page.$eval('.open-options', (d) => (d as HTMLDetailsElement).open)).toBe(false);
    await page.click('.open-options summary');
    expect(await page.$eval('.open-options', (d) => (d as HTMLDetailsElement).open)).toBe(true);
  });
});

describe('the keyboard through a turn', () => {
  /** Whether the focused element lies inside the window and inside every box that scrolls it. */
  const focusInView = () =>
    o.page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const r = el.getBoundingClientRect();
      const inside = (b: { top: number; bottom: number }) => r.top >= b.top - 1 && r.bottom <= b.bottom + 1;
      if (!inside({ top: 0, bottom: innerHeight })) return false;
      for (let box = el.parentElement; box; box = box.parentElement) if (box.scrollHeight > box.clientHeight && /auto|scroll/.test(getComputedStyle(box).overflowY) && !inside(box.getBoundingClientRect())) return false;
      return true;
    });

  it('keeps each proposal’s button in view as the lists above it shrink, and hands a new turn to its report: one Enter more does not end the next turn unread', async () => {
    const { page } = o;
    await page.setViewportSize({ width: 1366, height: 760 });
    await openPlanning('mother-russia-2016', 'keys-turn');
    // Proposed from the list of the options open now, by keyboard, until no capital is left: the list empties above the card.
    for (let n = 0; n < 8; n++) {
      const first = await page.$('.open-list [data-key^="open-"]');
      if (!first) break;
      await first.focus();
      await page.keyboard.press('Enter');
      const action = await focused(page);
      expect(action).toContain('option-action-');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => /^Withdraw/.test((document.activeElement as HTMLElement).textContent ?? ''));
      expect(await focusInView(), `after proposing: ${await focused(page)}`).toBe(true);
    }
    await page.focus('[data-key="end-turn"]');
    await page.keyboard.press('Enter');
    // The turn's counter-offers and crises are answered by keyboard too (each dialog hands the focus back to End turn).
    const turn2 = () => page.evaluate(() => /End turn 2/.test(document.querySelector('[data-key="end-turn"]')?.textContent ?? ''));
    for (let step = 0; step < 20 && !(await turn2()); step++) {
      const answer = await page.$('dialog[open] :is([data-key="counter-decline"], [data-key^="crisis-answer-"])');
      if (answer) {
        await answer.focus();
        await page.keyboard.press('Enter');
      } else await page.waitForTimeout(100);
    }
    expect(await turn2()).toBe(true);
    // The new turn's offers, declined by keyboard: the focus comes back to the report, not to End turn.
    for (let decline = await page.$('dialog[open] [data-key="offer-decline"]'); decline; decline = await page.$('dialog[open] [data-key="offer-decline"]')) {
      await decline.focus();
      await page.keyboard.press('Enter');
      await page.waitForTimeout(100);
    }
    await page.waitForFunction(() => document.activeElement?.id === 'report-title');
    // From the second turn the tracks' arrows say what they measure.
    expect(await page.textContent('[data-testid=tracks-arrows]')).toMatch(/^▲ ▼ the change since the last turn’s end/);
    await page.keyboard.press('Enter');
    await page.waitForTimeout(300);
    expect(await page.textContent('[data-key="end-turn"]')).toContain('End turn 2');
  });
});

describe('an option that cannot be proposed yet', () => {
  it('says what its conditions wait for, each with its value now, and a step taken alone reads as no one asked', async () => {
    const { page } = o;
    await openLink('other-asia-2019', 'panels-needs');
    await page.waitForSelector('[data-key="end-turn"]');
    // 2019's Sochi summit with ASEAN is for 2016 only: its card said "not available under the
    // present conditions" and no more.
    await page.click('[data-actor="asean"]');
    const card = page.locator('.option[data-option="sochi-summit"]');
    expect(await card.locator('.refusal').textContent()).toContain('is not available under the present conditions');
    expect(await card.locator('.conditions li').allTextContents()).toEqual(['✖does not hold: turn ≥ 5 and ≤ 6 — now 1']);
    // The step taken alone: no chance to show in the list of open options.
    expect(await page.textContent('[data-key="open-deploy-island-missiles"] .open-facts')).toBe('cost 1 · no one is asked');
  });

  it('lists the alternatives of conditions any one of which will do', async () => {
    const { page } = o;
    await openPlanning('mother-russia-2016', 'panels-needs-any');
    // The Vladivostok meeting with Abe is for September 2017 or September 2018 (`any`): its card
    // said only "not available under the present conditions".
    await page.click('[data-actor="japan"]');
    const card = page.locator('.option[data-option="vladivostok-meeting"]');
    expect(await card.locator('.refusal').textContent()).toContain('is not available under the present conditions');
    expect(await card.textContent()).toContain('It needs one of:');
    expect(await card.locator('.conditions li').allTextContents()).toEqual(['✖does not hold: turn = 5 — now 1', '✖does not hold: turn = 9 — now 1']);
  });
});

describe('an actor clicked on the map', () => {
  it('brings its options into view beside the map', async () => {
    const { page } = o;
    await openPlanning('mother-russia-2016', 'panels-map-click');
    const detailInView = () => page.evaluate(() => {
      const top = document.querySelector('#actor-detail')!.getBoundingClientRect().top;
      return top >= 0 && top < window.innerHeight;
    });
    // At 1280×800 the selected actor's options are far down the right-hand column.
    expect(await detailInView()).toBe(false);
    const japan = await markerPoint(page, 'japan');
    await page.mouse.click(japan.x, japan.y);
    await page.waitForSelector('[data-actor="japan"][aria-pressed="true"]');
    await expect.poll(detailInView).toBe(true);
    expect(await page.textContent('#actor-title')).toContain('Japan');
  });
});

describe("an actor's option cards", () => {
  it("stay where they are when one is proposed: the next card's button does not slide under the finger", async () => {
    const { page } = o;
    await openPlanning('mother-russia-2016', 'panels-order');
    await page.click('[data-actor="japan"]');
    const order = () => page.$$eval('.actor-detail .option', (cards) => cards.map((c) => c.getAttribute('data-option')));
    const before = await order();
    // The first card that can be proposed, with cards that cannot be after it (they went below it).
    const first = await page.$eval('.actor-detail .option:not(.unavailable)', (c) => c.getAttribute('data-option')!);
    expect(before.indexOf(first)).toBeLessThan(before.length - 1);
    await page.click(`[data-key="option-action-${first}"]`);
    await page.waitForSelector(`[data-key="queue-withdraw-${first}"]`);
    expect(await order()).toEqual(before);
  });
});

describe('the top bar', () => {
  it('keeps End turn on the row of the menu at 1280×800 with the longest title, date and plan of the shipped scenarios', async () => {
    const { page } = o;
    await startNewGame(page, o.url, 'panels-top');
    const shipped = ['tutorial', 'mother-russia-2016', 'other-asia-2019'].map(nodeScenario);
    const longest = (texts: string[]) => texts.reduce((a, b) => (b.length > a.length ? b : a));
    const title = longest(shipped.map((s) => s.scenario.title));
    const date = longest(shipped.flatMap((s) => Array.from({ length: s.scenario.calendar.turns }, (_, i) => dateOf(s, i + 1))));
    const turns = Math.max(...shipped.map((s) => s.scenario.calendar.turns));
    // The page's own texts replaced with the longest: the layout is what a player of that turn sees.
    await page.evaluate(
      ([title, date, turns]) => {
        document.querySelector('.scenario-title')!.textContent = title;
        document.querySelector('.turn-info .date')!.textContent = date;
        document.querySelector('[data-key="end-turn"]')!.firstChild!.textContent = `End turn ${turns}`;
        document.querySelector('.end-turn-note')!.textContent = ' (12 proposals)';
      },
      [title, date, turns] as const,
    );
    const top = (selector: string) => page.$eval(selector, (e) => e.getBoundingClientRect().top);
    expect(Math.abs((await top('[data-key="end-turn"]')) - (await top('.game-menu')))).toBeLessThan(12);
  });

  it('keeps the page itself still at 1280×800: the columns scroll, not the page (their buttons\' hidden labels inside them)', async () => {
    const { page } = o;
    // The 2016 game's right column is three times the screen's height.
    await openLink('mother-russia-2016', 'panels-scroll');
    await page.waitForSelector('.play-screen .col-right [data-key^="option-action-"]');
    const sizes = await page.evaluate(() => ({ page: document.documentElement.scrollHeight, screen: innerHeight, column: document.querySelector('.col-right')!.scrollHeight }));
    expect(sizes.column).toBeGreaterThan(2 * sizes.screen);
    expect(sizes.page).toBe(sizes.screen);
  });

  it('shows a new turn\'s report from its top, wherever the last one was scrolled to', async () => {
    const { page } = o;
    await openLink('mother-russia-2016', 'panels-top-of-turn');
    // Turn 1's news and tracks drawn: the column is longer than the screen.
    await page.waitForFunction(() => {
      const c = document.querySelector('.play-screen .col-left');
      return c !== null && c.scrollHeight > c.clientHeight + 100;
    });
    await page.$eval('.col-left', (c) => (c.scrollTop = c.scrollHeight));
    await expect.poll(() => page.$eval('.col-left', (c) => c.scrollTop)).toBeGreaterThan(0);
    // Ends turn 1, answering whatever asks (the first button of each dialog), until turn 2 is on screen.
    await expect
      .poll(async () => {
        const dialog = page.locator('dialog[open] button:not([disabled])');
        const label = await page.$eval('[data-key="end-turn"]', (b) => b.textContent ?? '');
        if ((await dialog.count()) > 0) await dialog.first().click();
        else if (label.startsWith('End turn 1')) await page.click('[data-key="end-turn"]');
        return label;
      }, { timeout: 30_000 })
      .toMatch(/^End turn 2/);
    expect(await page.$eval('.col-left', (c) => c.scrollTop)).toBe(0);
    // The income the turn opened with comes before its news (news of the oil price changes the
    // next turn's income, not this one's: the newcomer read them as out of step).
    const income = await page.$eval('.news .income', (p) => ({ text: p.textContent, beforeNews: (p.compareDocumentPosition(document.querySelector('.news .news-list')!) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0 }));
    expect(income.text).toMatch(/^Diplomatic capital at the turn's start: [+−]\d+ \(Income of the turn \+7/);
    expect(income.beforeNews).toBe(true);
  });

  it('shows a button that cannot be pressed (a crisis answer the capital does not cover) as such: faded, no pointer', async () => {
    const look = await o.page.evaluate(() => {
      const b = document.createElement('button');
      b.className = 'primary';
      b.disabled = true;
      b.textContent = 'Announce countermeasures (costs 1)';
      document.querySelector('.col-right')!.append(b);
      const { opacity, cursor } = getComputedStyle(b);
      b.remove();
      return { opacity, cursor };
    });
    expect(look).toEqual({ opacity: '0.55', cursor: 'default' });
  });
});

describe("the selected actor's agreements", () => {
  it('say when an agreement made but not yet in force runs its effects each turn', async () => {
    const { page, errors } = o;
    // A greedy tutorial game in Node, up to a planning with an agreement waiting to start.
    const session = greedyGameUntil(index, 'pending', (g) => g.agreements.some((a) => a.status === 'pending'));
    expect(session).not.toBeNull();
    const pending = session!.game().agreements.find((a) => a.status === 'pending')!;
    await resumeInPage(page, o.url, 'tutorial', session!);
    while (await page.$('dialog[open] [data-key="offer-decline"]')) await page.click('dialog[open] [data-key="offer-decline"]');
    await page.click(`[data-actor="${pending.actor}"]`);
    const lines = await page.$$eval('#actor-detail .agreements li', (lis) => lis.map((li) => li.textContent ?? ''));
    const turns = `${pending.turnsLeft} turn${pending.turnsLeft === 1 ? '' : 's'}`;
    expect(lines.filter((l) => l.startsWith(`Agreement of turn ${pending.madeTurn}:`) && l.endsWith(`— agreed, its effects each turn not yet begun, from turn ${pending.startTurn} for ${turns}`))).toHaveLength(1);
    expect(errors).toEqual([]);
  });
});
