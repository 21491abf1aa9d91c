// A student who plays by keyboard alone with a screen reader, at 200 % zoom (a 640×400 window drawn
// at twice its scale): where the focus goes after each key that changes the screen (the opening
// offers, a new turn, Resume, a take-over, Discard), that it is in view and shows, that a dialog's
// keys scroll the dialog and Tab stays in it, what the live region says at the game's end and of
// the bot games, what the counter-offer's buttons are described by, the game log's "Why?" names,
// the keys to End turn and the proposals; at 1280×800, the proposals' Withdraw and the top bar's
// title whole. Each test opens the game afresh and leaves no saved game.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { logOfTurn } from '../../src/engine';
import { playWithBot } from '../../src/app/playBot';
import { replayRecord } from '../../src/app/replay';
import { phaseOf, startSession } from '../../src/app/session';
import type { GameRecord } from '../../src/app/record';
import { joinPhrases, phraseText } from '../../src/ui/scenarioText';
import { effectPhrase } from '../../src/ui/text';
import { turnResults } from '../../src/ui/play/turnSummary';
import { collectErrors, launchChromium } from './board/chromium';
import { SAVE_KEY, nodeScenario, openFresh, tabTo, withoutAdviceAhead } from './game/helpers';

const o = {} as { browser: Browser; context: BrowserContext; page: Page; errors: string[]; url: string };

beforeAll(async () => {
  o.browser = await launchChromium();
  o.context = await o.browser.newContext({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2, acceptDownloads: true });
  await withoutAdviceAhead(o.context);
  // Every text the polite live region takes, in order (it is emptied between two).
  await o.context.addInitScript(() => {
    const said: string[] = [];
    let last = '';
    (window as unknown as { __said: string[] }).__said = said;
    const look = () => {
      const text = document.getElementById('announcer')?.textContent ?? '';
      if (text === last) return;
      last = text;
      if (text !== '') said.push(text);
    };
    document.addEventListener('DOMContentLoaded', () => new MutationObserver(look).observe(document.body, { subtree: true, childList: true, characterData: true }));
  });
  o.page = await o.context.newPage();
  o.errors = collectErrors(o.page);
  o.url = inject('gameUrl');
});

afterEach(async () => {
  await o.page.evaluate((key) => localStorage.removeItem(key), SAVE_KEY);
  expect(o.errors).toEqual([]);
});

afterAll(async () => {
  await o.browser?.close();
});

/** What the live region said since the last call. */
const said = () => o.page.evaluate(() => (window as unknown as { __said: string[] }).__said.splice(0));
const focusedId = () => o.page.evaluate(() => document.activeElement?.id ?? '');
const focusedKey = () => o.page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.key ?? document.activeElement?.tagName ?? '');

/** Waits until the focus is on `#id`, wholly in the window and not under the phone's strip of parts, with its focus ring. */
async function expectFocusShown(id: string): Promise<void> {
  await expect.poll(focusedId, { timeout: 5_000 }).toBe(id);
  const seen = () =>
    o.page.evaluate((i) => {
      const el = document.getElementById(i)!;
      const box = el.getBoundingClientRect();
      const strip = document.querySelector('.phone-nav')?.getBoundingClientRect().bottom ?? 0;
      const style = getComputedStyle(el);
      return { inView: box.top >= strip - 1 && box.bottom <= innerHeight, ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 };
    }, id);
  await expect.poll(seen, { timeout: 5_000 }).toEqual({ inView: true, ring: true });
}

/** Waits for the page to stop scrolling (a smooth scroll into view). */
async function scrollSettled(): Promise<number> {
  let last = -1;
  for (let i = 0; i < 40; i++) {
    const y = await o.page.evaluate(() => scrollY);
    if (y === last) return y;
    last = y;
    await o.page.waitForTimeout(100);
  }
  throw new Error('the page keeps scrolling');
}

/** Presses a dialog's button by keyboard: Tab to it, Enter. */
async function pressInDialog(selector: string): Promise<void> {
  await tabTo(o.page, `dialog[open] ${selector}`, { max: 40 });
  await o.page.keyboard.press('Enter');
  await o.page.waitForTimeout(150);
}

/** Answers the dialogs up (offers declined, counter-offers declined, crises answered by their first open answer) by keyboard. */
async function answerDialogs(): Promise<number> {
  let answered = 0;
  for (; answered < 12 && (await o.page.$('dialog[open]')); answered++) {
    await pressInDialog(':is([data-key="offer-decline"], [data-key="counter-decline"], [data-key^="crisis-answer-"]:not([disabled]))');
  }
  return answered;
}

/** Proposes the first option of the list of those open now, by keyboard (its entry, then its card's button). */
async function proposeFirst(): Promise<void> {
  await o.page.focus('.open-list [data-key^="open-"]');
  await o.page.keyboard.press('Enter');
  await o.page.keyboard.press('Enter');
  await o.page.waitForFunction(() => /^Withdraw/.test((document.activeElement as HTMLElement).textContent ?? ''));
}

/** Ends the turn from the strip's End turn by keyboard, and answers what the turn's end asks. */
async function endTurn(): Promise<void> {
  const turn = await o.page.textContent('[data-testid=turn-info] .turn');
  await o.page.focus('[data-key="end-turn-strip"]');
  await o.page.keyboard.press('Enter');
  await o.page.waitForFunction((t) => document.querySelector('dialog[open], [data-testid=ending-title]') !== null || document.querySelector('[data-testid=turn-info] .turn')?.textContent !== t, turn);
  await answerDialogs();
}

/** A tutorial game by link played to turn 2 (one proposal), left for the start screen by keyboard: its save is there to resume. */
async function savedAtTurn2(seed: string): Promise<void> {
  await openFresh(o.page, `${o.url}#scenario=tutorial&seed=${seed}`);
  await o.page.waitForSelector('[data-key="end-turn"]');
  await proposeFirst();
  await endTurn();
  await o.page.focus('[data-key="quit"]');
  await o.page.keyboard.press('Enter');
  await o.page.waitForSelector('[data-key="discard-save"]');
  // What the start screen says as it opens, heard alone (messages within 250 ms are said together).
  await o.page.waitForFunction(() => /Your game is kept/.test(document.getElementById('announcer')?.textContent ?? ''));
  await o.page.waitForTimeout(300);
  await said();
}

describe('the focus after the keys that change the screen', () => {
  it('goes to the briefing, in view with its ring, once the opening offers are answered', async () => {
    const { page } = o;
    await openFresh(page, o.url);
    await page.focus('[data-testid="choice-shipped:tutorial"]');
    await page.keyboard.press('ArrowDown');
    expect(await page.$eval('input[name=scenario]:checked', (i) => (i as HTMLInputElement).value)).toBe('shipped:mother-russia-2016');
    await page.focus('#seed');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('reader-offers');
    await page.keyboard.press('Enter');
    await page.waitForSelector('dialog.offer-dialog[open]');
    // The opening offers, declined by keyboard: the focus was then left on "End turn 1 (no proposals)", one Enter from ending the turn unread.
    expect(await answerDialogs()).toBeGreaterThan(0);
    await expectFocusShown('news-title');
    expect(await page.textContent('[data-key="end-turn"]')).toContain('End turn 1');
  });

  it('goes to the new turn’s report, in view with its ring', async () => {
    const { page } = o;
    await openFresh(page, `${o.url}#scenario=tutorial&seed=reader-report`);
    await page.waitForSelector('[data-key="end-turn"]');
    // The tutorial's first turn has no news: "No news this turn." was followed by an empty list.
    expect(logOfTurn(startSession(nodeScenario('tutorial'), 'reader-report').game(), 1).filter((e) => e.kind === 'event')).toEqual([]);
    expect.soft(await page.$$eval('.news :is(p.muted, ul)', (all) => all.map((e) => `${e.tagName} ${e.textContent}`))).toEqual(['P No news this turn.']);
    await proposeFirst();
    await endTurn();
    // At 200 % it took the focus three screens below the window, and showed none.
    await expectFocusShown('report-title');
    expect(await page.textContent('[data-key="end-turn"]')).toContain('End turn 2');
  });

  it('goes to the turn’s report after Resume, which says where the game stands', async () => {
    const { page } = o;
    const index = nodeScenario('tutorial');
    await savedAtTurn2('reader-resume');
    // The focus was left on the page's body.
    await page.focus('[data-key="resume"]');
    await page.keyboard.press('Enter');
    await expectFocusShown('report-title');
    expect((await said()).join(' ')).toContain(`${index.scenario.title}: turn 2 of ${index.scenario.calendar.turns}, ${await page.textContent('[data-testid=turn-info] .date')}.`);
  });

  it('goes to the turn’s report after a replay is taken over in place of the saved game, which says so', async () => {
    const { page } = o;
    const record: GameRecord = playWithBot(nodeScenario('tutorial'), 'reader-replay', 'greedy').record();
    await savedAtTurn2('reader-take-over');
    await page.setInputFiles('#record-file', { name: 'reader-replay.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(record)) });
    await page.waitForSelector('[data-key="replay-take-over"]');
    await page.focus('[data-key="replay-next"]');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => /turn 2$/.test(document.querySelector('[data-key="replay-take-over"]')?.textContent ?? ''));
    await page.focus('[data-key="replay-take-over"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('dialog.replace-save-dialog[open]');
    await said();
    // "Replace your saved game?": the focus was on the page's body once answered.
    await pressInDialog('[data-key="replace-save"]');
    await expectFocusShown('report-title');
    expect((await said()).join(' ')).toContain('Taken over at turn 2 from the replay of a game that ended');
  });

  it('goes to Undo after Discard, which says so, keeps the scenario chosen and the seed typed, and brings the game back', async () => {
    const { page } = o;
    await savedAtTurn2('reader-discard');
    const savedAs = (await page.textContent('.resume p'))!;
    await page.focus('[data-testid="choice-shipped:tutorial"]');
    await page.keyboard.press('ArrowDown');
    await page.fill('#seed', 'kept-seed');
    await said();
    // The screen was drawn again: the focus on its body, nothing said, the choice back to the first scenario, the game gone.
    await page.focus('[data-key="discard-save"]');
    await page.keyboard.press('Enter');
    await expect.poll(focusedKey).toBe('undo-discard');
    await page.waitForTimeout(300);
    expect(await said()).toEqual([`Saved game discarded: ${savedAs}. Undo brings it back.`]);
    expect(await page.evaluate((key) => localStorage.getItem(key), SAVE_KEY)).toBeNull();
    expect(await page.$eval('input[name=scenario]:checked', (i) => (i as HTMLInputElement).value)).toBe('shipped:mother-russia-2016');
    expect(await page.inputValue('#seed')).toBe('kept-seed');
    // Undo: the game back, the focus on Resume.
    await page.keyboard.press('Enter');
    await expect.poll(focusedKey).toBe('resume');
    expect(await page.textContent('.resume p')).toBe(savedAs);
    expect(await page.evaluate((key) => localStorage.getItem(key), SAVE_KEY)).not.toBeNull();
  });
});

describe('a dialog', () => {
  it('scrolls its own text with the arrows and Page Down (not the page behind), keeps Tab inside, and gives the focus back in view', async () => {
    const { page } = o;
    await openFresh(page, `${o.url}#scenario=tutorial&seed=reader-dialog`);
    await page.waitForSelector('[data-key="end-turn"]');
    await proposeFirst();
    await endTurn();
    await page.focus('.report .why-button');
    const opener = await focusedKey();
    const pageY = await scrollSettled();
    await page.keyboard.press('Enter');
    await page.waitForSelector('dialog.why[open]');
    const body = () => page.$eval('dialog[open] .dialog-body', (b) => ({ top: b.scrollTop, max: b.scrollHeight - b.clientHeight }));
    // At 200 % its text is taller than its box: the result of the roll is below it.
    const { max } = await body();
    expect(max).toBeGreaterThan(40);
    // Each part told on its own (soft: a failure of one does not hide the others').
    const afterKey = async (key: string) => {
      await page.keyboard.press(key);
      await page.waitForTimeout(100);
      return { body: (await body()).top, page: await page.evaluate(() => scrollY) };
    };
    expect.soft(await afterKey('ArrowDown')).toEqual({ body: 40, page: pageY });
    expect.soft(await afterKey('PageDown')).toEqual({ body: max, page: pageY });
    expect.soft(await afterKey('Home')).toEqual({ body: 0, page: pageY });
    expect.soft(await afterKey('End')).toEqual({ body: max, page: pageY });
    // Shift+Tab from its title goes round to its last button, and Tab from there to its first control.
    await page.focus('dialog[open] h2');
    await page.keyboard.press('Shift+Tab');
    expect.soft(await focusedKey()).toBe('dialog-close');
    await page.focus('dialog[open] [data-key="dialog-close"]');
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => {
      const a = document.activeElement!;
      const stops = [...document.querySelectorAll<HTMLElement>('dialog[open] :is(a[href], button, input, select, textarea, summary, [tabindex])')].filter((e) => e.tabIndex >= 0 && e.getClientRects().length > 0);
      return { inDialog: a.closest('dialog[open]') !== null, isFirst: a === stops[0] };
    });
    expect.soft(first).toEqual({ inDialog: true, isFirst: true });
    // The page scrolled away behind it meanwhile: Escape gives the focus back to the opener, brought into view.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.keyboard.press('Escape');
    await page.waitForSelector('dialog.why', { state: 'detached' });
    expect(await focusedKey()).toBe(opener);
    await scrollSettled();
    expect(await page.evaluate(() => { const r = document.activeElement!.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; })).toBe(true);
  });
});

describe('the counter-offer’s answers', () => {
  it('are described by what each does, as a crisis’s answers are', async () => {
    const { page } = o;
    const index = nodeScenario('mother-russia-2016');
    // A seed where the eight-point plan, proposed after the opening offers are taken, meets Japan's counter-offer.
    const seed = Array.from({ length: 300 }, (_, i) => `reader-counter-${i + 1}`).find((s) => {
      const session = startSession(index, s);
      for (let guard = 0; phaseOf(session.snapshot()) === 'offer' && guard < 10; guard++) session.send({ type: 'ANSWER_OFFER', take: true });
      if (phaseOf(session.snapshot()) !== 'planning') return false;
      session.send({ type: 'PROPOSE', option: 'eight-point-plan' });
      session.send({ type: 'END_TURN' });
      return phaseOf(session.snapshot()) === 'counter';
    })!;
    expect(seed).toBeDefined();
    await openFresh(page, `${o.url}#scenario=mother-russia-2016&seed=${seed}`);
    await page.waitForSelector('[data-key="end-turn"]');
    while (await page.$('dialog.offer-dialog[open]')) await pressInDialog('[data-key="offer-take"]');
    await page.click('[data-actor="japan"]');
    await page.click('[data-key="option-action-eight-point-plan"]');
    await page.click('[data-key="end-turn"]');
    await page.waitForSelector('dialog.counter-dialog[open]');
    const cdp = await o.context.newCDPSession(page);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { role?: { value: string }; name?: { value: string }; description?: { value: string } }[] };
    await cdp.detach();
    const described = (name: RegExp) => nodes.find((n) => n.role?.value === 'button' && name.test(n.name?.value ?? ''))?.description?.value ?? '';
    const counter = index.options.get('eight-point-plan')!.counter!;
    const effects = phraseText(joinPhrases(counter.effects.map((e) => effectPhrase(index, e)), '; '));
    // Before, "Take the counter-offer" had no description, and its effects were folded away above it.
    expect(described(/^Take the counter-offer/)).toContain(`It does: ${effects}.`);
    expect(described(/^Take the counter-offer/)).toMatch(/^Taking it costs /);
    expect(described(/^Offer the middle/)).toMatch(/^Halfway between your proposal and the counter-offer\..* accepts the middle with a chance of .* It does: /);
    expect(described(/^Decline$/)).toBe('Declining it: no deal, and nothing changes (the cost of your proposal stays spent).');
    await pressInDialog('[data-key="counter-decline"]');
  });
});

describe('the end of the game', () => {
  it('says the last turn’s results with the ending, the bot games’ figures once, as the page shows them, and names each "Why?" of the log with its turn', async () => {
    const { page } = o;
    const index = nodeScenario('tutorial');
    await openFresh(page, `${o.url}#scenario=tutorial&seed=reader-end`);
    await page.waitForSelector('[data-key="end-turn"]');
    for (let turn = 1; turn <= index.scenario.calendar.turns; turn++) {
      await expect.poll(() => page.textContent('[data-key="end-turn"]')).toMatch(new RegExp(`^End turn ${turn}`));
      // The last turn's button says that it ends the game.
      expect.soft((await page.textContent('[data-key="end-turn"]'))!.startsWith(`End turn ${turn}${turn === index.scenario.calendar.turns ? ' and the game' : ''} (`)).toBe(true);
      if (await page.$('.open-list [data-key^="open-"]')) await proposeFirst();
      await said();
      await endTurn();
    }
    await page.waitForSelector('[data-testid=ending-title]');
    const record = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)!).record as GameRecord, SAVE_KEY);
    const replayed = replayRecord(record, index);
    if (!replayed.ok) throw new Error(replayed.reason);
    const end = replayed.session.game();
    const ending = index.scenario.endings.find((e) => e.id === end.ending!.id)!;
    await page.waitForSelector('.bots[aria-busy="false"]', { timeout: 180_000 });
    await page.waitForTimeout(300);
    const heard = await said();
    // Each part told on its own (soft: a failure of one does not hide the others').
    // Its results were said nowhere: the ending said its title and score alone.
    expect.soft(heard.find((h) => h.includes('The game has ended'))).toContain(`${turnResults(index, end, end.ending!.turn)} The game has ended: ${ending.title}. Score ${end.ending!.score}.`);
    // The quick bot games' best and median were said, then changed on the page when the expert's came.
    const best = await page.textContent('[data-testid=bots-best]');
    const median = await page.textContent('[data-testid=bots-median]');
    const expert = await page.textContent('[data-testid=bots-expert]');
    const bots = heard.filter((h) => /bot games|expert/i.test(h));
    expect.soft(bots).toHaveLength(1);
    expect.soft(bots[0]).toMatch(new RegExp(`^All \\d+ bot games are in: best ${best}, median ${median}, the expert’s median ${expert}; your score ${end.ending!.score} would rank \\d+ of \\d+\\.$`));
    // The log's "Why?": the same move, turn after turn, had one name.
    await page.$eval('.log-details', (d) => ((d as HTMLDetailsElement).open = true));
    const names = await page.$$eval('.log-details .why-button', (all) => all.map((b) => (b.textContent ?? '').replace(/\s+/g, ' ').trim()));
    expect(names.length).toBeGreaterThan(index.scenario.calendar.turns);
    expect.soft(names.every((n) => /, turn \d+$/.test(n))).toBe(true);
    expect.soft(new Set(names).size).toBe(names.length);
  });
});

describe('the keys to End turn and to the proposals', () => {
  it('move the focus there from anywhere, the proposals’ last Withdraw is one Tab from a way to End turn, and no key ends the turn by itself', async () => {
    const { page } = o;
    await openFresh(page, `${o.url}#scenario=tutorial&seed=reader-keys`);
    await page.waitForSelector('[data-key="end-turn"]');
    // From a proposal's Withdraw on its card, End turn was 25 to 32 presses of Shift+Tab away.
    await proposeFirst();
    const card = await focusedKey();
    expect(card).toMatch(/^option-action-/);
    // Each part told on its own (soft: a failure of one does not hide the others').
    await page.keyboard.press('Alt+Shift+E');
    expect.soft(await focusedKey()).toBe('end-turn-strip');
    await page.focus(`[data-key="${card}"]`);
    await page.keyboard.press('Alt+Shift+P');
    await page.waitForTimeout(300);
    expect.soft(await focusedId()).toBe('queue-title');
    await page.focus('[data-key^="queue-withdraw-"]');
    await page.keyboard.press('Tab');
    expect.soft(await focusedKey()).toBe('queue-to-end-turn');
    await page.keyboard.press('Enter');
    expect.soft(await focusedKey()).toBe('end-turn-strip');
    expect.soft(await page.getAttribute('[data-key="end-turn-strip"]', 'aria-keyshortcuts')).toBe('Alt+Shift+E');
    expect.soft(await page.getAttribute('#queue-title', 'aria-keyshortcuts')).toBe('Alt+Shift+P');
    await page.waitForTimeout(300);
    expect(await page.textContent('[data-testid=turn-info] .turn')).toMatch(/^Turn 1 of/);
    // The start page's keyboard help lists them.
    await page.focus('[data-key="quit"]');
    await page.keyboard.press('Enter');
    expect.soft(await page.textContent('.start-foot')).toContain('Alt+Shift+E goes to End turn and Alt+Shift+P to your proposals');
  });
});

describe('the start screen at 200 %', () => {
  it('keeps the scenario chosen with the arrow keys in view as the card left folds its summary', async () => {
    const { page } = o;
    for (const [from, keys] of [[200, ['ArrowDown', 'ArrowDown']], [400, ['ArrowDown']]] as const) {
      await openFresh(page, o.url);
      await page.focus('[data-testid="choice-shipped:tutorial"]');
      await page.evaluate((y) => window.scrollTo(0, y), from);
      for (const key of keys) await page.keyboard.press(key);
      // Before, the radio stood 41 to 48 px above the window.
      const box = await page.evaluate(() => { const r = document.activeElement!.getBoundingClientRect(); return { top: r.top, bottom: r.bottom, height: innerHeight }; });
      expect(box.top, `from ${from}`).toBeGreaterThanOrEqual(0);
      expect(box.bottom, `from ${from}`).toBeLessThanOrEqual(box.height);
    }
  });
});

describe('at 1280×800', () => {
  it('keeps each Withdraw on one line beside a long proposal, and the top bar’s title whole', async () => {
    const page = await o.context.newPage();
    const errors = collectErrors(page);
    await page.setViewportSize({ width: 1280, height: 800 });
    try {
      await openFresh(page, `${o.url}#scenario=mother-russia-2016&seed=reader-wide`);
      await page.waitForSelector('[data-key="end-turn"]');
      while (await page.$('dialog[open] [data-key="offer-decline"]')) await page.click('dialog[open] [data-key="offer-decline"]');
      // The longest titles first: the Silk Road link's broke Withdraw into "With / dra / w".
      await page.click('[data-actor="china"]');
      await page.click('[data-key="option-action-link-belt-and-union"]');
      await page.waitForSelector('[data-key="queue-withdraw-link-belt-and-union"]');
      const withdraw = await page.$eval('[data-key="queue-withdraw-link-belt-and-union"]', (b) => ({ height: b.getBoundingClientRect().height, line: parseFloat(getComputedStyle(b).lineHeight) || 20 }));
      expect.soft(withdraw.height).toBeLessThan(2 * withdraw.line);
      // "Courting Mother Rus…": 203 px shown of 273.
      const title = await page.$eval('.scenario-title', (t) => ({ whole: t.scrollWidth <= t.clientWidth && getComputedStyle(t).textOverflow !== 'ellipsis', text: t.textContent }));
      expect(title).toEqual({ whole: true, text: nodeScenario('mother-russia-2016').scenario.title });
      expect(errors).toEqual([]);
    } finally {
      await page.evaluate((key) => localStorage.removeItem(key), SAVE_KEY);
      await page.close();
    }
  });
});
