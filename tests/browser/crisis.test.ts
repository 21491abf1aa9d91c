// A crisis in the page: the tutorial's turn 2 ends in Japan pressing on the islands. The panel
// shows what happened, the stake, the ladder with the current rung and the answers; it is
// announced in the live region; the player answers with the keyboard; the other side's reply has
// its "Why?"; the game goes on and the debrief lists the crisis and how it ended. The same game is
// played in Node in lockstep, and the page must agree with it.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { phaseOf, startSession } from '../../src/app/session';
import { seriousViolations } from './axe';
import { endTurnsToTheEnding, greedyGameUntil, nodeScenario, resumeInPage, useGame, shot, startNewGame, startWithSeed, tabTo } from './game/helpers';
import { gameLog, type GameState } from '../../src/engine';
import { effectPhrase } from '../../src/ui/text';
import { phraseText } from '../../src/ui/scenarioText';

const o = useGame();

const index = nodeScenario('tutorial');
const crisisOpen = (page: Page) => page.$('dialog.crisis-dialog[open]').then((d) => d !== null);

/** A seed whose first answer "Answer sharply" does not end the crisis, so a reply and its "Why?" are shown mid-crisis. */
function seedWithReply(): string {
  for (let i = 1; i < 200; i++) {
    const s = startSession(index, `crisis-${i}`);
    s.send({ type: 'END_TURN' });
    s.send({ type: 'END_TURN' });
    s.send({ type: 'ANSWER_CRISIS', answer: 'answer-sharply' });
    if (phaseOf(s.snapshot()) === 'crisis') return `crisis-${i}`;
  }
  throw new Error('no seed keeps the crisis open after one answer');
}

describe('a crisis in the browser', () => {
  it('is shown, announced, answered with the keyboard, explained and listed in the debrief', async () => {
    const { page, errors, url } = o;
    const seed = seedWithReply();
    const node = startSession(index, seed);
    await startNewGame(page, url, seed);
    await page.waitForFunction(() => (window as { __pivotEastPlayable?: number }).__pivotEastPlayable !== undefined);
    for (let turn = 1; turn <= 2; turn++) {
      await page.click('[data-key="end-turn"]');
      expect(node.send({ type: 'END_TURN' })).toBeNull();
    }
    expect(phaseOf(node.snapshot())).toBe('crisis');
    await page.waitForSelector('dialog.crisis-dialog[open]');

    // What happened, what is at stake, the ladder on its first rung, the answers.
    const crisis = index.scenario.crises[0]!;
    expect(await page.textContent('dialog.crisis-dialog[open] h2')).toBe('Crisis with Japan: Abe presses on the islands');
    const body = (await page.textContent('dialog.crisis-dialog[open]'))!;
    expect(body.replace(/\s+/g, ' ')).toContain(crisis.text.replace(/\s+/g, ' ').trim());
    expect(body).toContain(crisis.stake);
    expect(body).toContain('The crisis stands on rung 1 of 3: Japan asks.');
    expect(await page.$$eval('.crisis-ladder li', (lis) => lis.map((li) => li.getAttribute('aria-current')))).toEqual(['step', null, null]);
    expect(await page.$$eval('dialog.crisis-dialog [data-key^="crisis-answer-"]', (bs) => bs.map((b) => b.getAttribute('data-key')))).toEqual(crisis.answers.map((a) => `crisis-answer-${a.id}`));
    // Each answer says what follows it for certain: backing down ends the crisis at its cost in
    // standing; escalating climbs to the next rung, with that rung's effects; holding waits on the reply.
    const then = (step: string) => page.$$eval(`dialog.crisis-dialog [data-answer="${crisis.answers.find((a) => a.step === step)!.id}"] .then, dialog.crisis-dialog [data-answer="${crisis.answers.find((a) => a.step === step)!.id}"] .then + ul li`, (els) => els.map((e) => e.textContent));
    expect(await then('back-down')).toEqual(['Then the crisis ends with you backing down:', ...crisis.onPlayerBacksDown.map((e) => phraseText(effectPhrase(index, e)))]);
    expect(await then('escalate')).toEqual([`Then the crisis climbs to rung 2 of 3, “${crisis.ladder[1]!.title}”:`, ...crisis.ladder[1]!.effects.map((e) => phraseText(effectPhrase(index, e)))]);
    expect(await then('hold')).toEqual([]);
    // What follows an answer is its button's description, read with it.
    const described = (key: string) => page.$eval(`[data-key="${key}"]`, (b) => document.getElementById(b.getAttribute('aria-describedby') ?? '')?.textContent ?? '');
    expect(await described('crisis-answer-answer-sharply')).toContain(`Then the crisis climbs to rung 2 of 3, “${crisis.ladder[1]!.title}”`);
    // Said after the turn's summary, in the same breath (a message close behind another is added to it).
    await page.waitForFunction(() => (document.getElementById('announcer')?.textContent ?? '').includes('Crisis with Japan: Abe presses on the islands.'));
    // Escape does not close it: the crisis must be answered.
    await page.keyboard.press('Escape');
    expect(await crisisOpen(page)).toBe(true);
    expect(await seriousViolations(page, 'the crisis panel')).toBe('');
    await shot(page, 'crisis-1280x800-opened');

    // Answered with the keyboard: the crisis climbs a rung and Japan's reply has its "Why?".
    await tabTo(page, '[data-key="crisis-answer-answer-sharply"]');
    await page.keyboard.press('Enter');
    expect(node.send({ type: 'ANSWER_CRISIS', answer: 'answer-sharply' })).toBeNull();
    const open = node.game().crises[0]!;
    await page.waitForFunction((rung) => document.querySelector('dialog.crisis-dialog[open] .crisis-rung')?.textContent?.includes(`rung ${rung} of 3`), open.rung + 1);
    const reply = gameLog(node.game()).filter((e) => e.kind === 'crisis-reply').at(-1)!;
    if (reply.kind !== 'crisis-reply') throw new Error('no reply');
    await page.click('dialog.crisis-dialog[open] .crisis-history summary');
    const why = (await page.textContent('dialog.crisis-dialog[open] .crisis-history'))!;
    expect(why).toContain(`Roll of the die (0–99)${reply.reply.roll}`);
    expect(why).toContain(`Chance of backing down${reply.reply.chance}%`);
    for (const t of reply.reply.terms) expect(why).toContain(t.label);
    await shot(page, 'crisis-1280x800-reply-why');
    // One rung below the top, escalating ends the crisis there.
    expect(open.rung).toBe(1);
    expect(await then('escalate')).toEqual([`Then the crisis climbs to the top rung, “${crisis.ladder[2]!.title}”, and ends there:`, ...crisis.ladder[2]!.effects.map((e) => phraseText(effectPhrase(index, e)))]);

    // Hold until it ends; then the game goes on to turn 3, as in Node.
    while (phaseOf(node.snapshot()) === 'crisis') {
      await page.click('dialog.crisis-dialog[open] [data-key="crisis-answer-hold-position"]');
      expect(node.send({ type: 'ANSWER_CRISIS', answer: 'hold-position' })).toBeNull();
      await page.waitForTimeout(100);
    }
    await page.waitForSelector('dialog.crisis-dialog', { state: 'detached' });
    await page.waitForFunction(() => /Turn 3 of/.test(document.querySelector('[data-testid=turn-info]')?.textContent ?? ''));
    const ended = node.game().crises[0]!;
    expect(ended.outcome).not.toBeNull();
    // Turn 3's report tells the crisis of turn 2 step by step, as the log has it, with what each step changed.
    const words = { 'player-backed-down': 'Russia backed down', 'other-backed-down': 'the other side backed down', settled: 'both held and settled', 'top-rung': 'it went to the top of the ladder' }[ended.outcome!];
    expect(await page.textContent('[data-testid=report-crises] > li > strong')).toBe('“Abe presses on the islands” with Japan');
    expect(await page.textContent('[data-testid=report-crises] > li')).toContain(`: ${words}`);
    const steps = gameLog(node.game()).filter((e) => e.turn === 2 && e.kind.startsWith('crisis-'));
    expect(await page.$$eval('[data-testid=report-crises] .crisis-steps > li', (lis) => lis.length)).toBe(steps.length);
    const replies = steps.filter((e): e is Extract<typeof e, { kind: 'crisis-reply' }> => e.kind === 'crisis-reply');
    expect(await page.$$eval('[data-testid=report-crises] .crisis-steps .why-button', (bs) => bs.length)).toBe(replies.length);
    // Each reply's "Why?" has a name of its own (two read alike to a screen reader's list of buttons).
    const names = await page.$$eval('[data-testid=report-crises] .crisis-steps .why-button', (bs) => bs.map((b) => b.textContent));
    expect(names.map((n) => /, reply (\d+)$/.exec(n ?? '')?.[1])).toEqual(replies.map((_, i) => String(i + 1)));
    // A reply's "Why?" opens its weighing in a dialog of its own, not inside the narrow column.
    await page.click('[data-testid=report-crises] .crisis-steps .why-button');
    const stepVerb = { 'back-down': 'back down', hold: 'hold', escalate: 'escalate' }[replies[0]!.reply.reply];
    expect(await page.textContent('dialog.why[open] h2')).toBe(`Why did Japan ${stepVerb}?`);
    expect(await page.textContent('dialog.why[open]')).toContain(`Chance of backing down${replies[0]!.reply.chance}%`);
    await page.keyboard.press('Escape');
    await page.waitForSelector('dialog.why[open]', { state: 'detached' });
    // The game log's replies have their "Why?" too, the same dialog over the log's.
    await page.click('[data-key="open-log"]');
    const logWhys = page.locator('dialog[open] .log-crisis-reply .why-button');
    expect(await logWhys.count()).toBe(replies.length);
    await logWhys.first().click();
    expect(await page.textContent('dialog.why[open] h2')).toBe(`Why did Japan ${stepVerb}?`);
    await page.keyboard.press('Escape');
    await page.waitForSelector('dialog.why[open]', { state: 'detached' });
    await page.keyboard.press('Escape');
    await page.waitForSelector('dialog[open]', { state: 'detached' });

    // The debrief lists the crisis and how it ended.
    await endTurnsToTheEnding(page);
    const listed = (await page.textContent('[data-testid=debrief-crises] summary'))!;
    expect(listed).toBe(`Turn 2: “Abe presses on the islands” with Japan — ${words}, on rung ${ended.rung + 1} of 3: ${crisis.ladder[ended.rung]!.title}`);
    await page.click('[data-testid=debrief-crises] summary');
    await page.locator('[data-testid=debrief-crises]').screenshot({ path: await shot(page, 'crisis-debrief-page').then((p) => p.replace('crisis-debrief-page', 'crisis-debrief')) });
    expect(errors).toEqual([]);
  });

  it('lets Russia act alone (a step without a target) and Japan answer with a crisis', async () => {
    const { page, errors, url } = o;
    await page.evaluate(() => localStorage.clear());
    await page.goto(url);
    await page.check('[data-testid="choice-shipped:other-asia-2019"]');
    await startWithSeed(page, 'alone-1');
    await page.waitForFunction(() => (window as { __pivotEastPlayable?: number }).__pivotEastPlayable !== undefined);
    expect(await page.textContent('.own-steps h2')).toBe('Russia acts alone');
    await tabTo(page, '[data-key="option-action-deploy-island-missiles"]');
    expect(await page.textContent('[data-key="option-action-deploy-island-missiles"]')).toBe('Carry out “Deploy more missile systems on the disputed islands” (cost 1)');
    // No one weighs a step taken alone: its card shows no chance.
    expect(await page.textContent('[data-option="deploy-island-missiles"] .chance')).toBe('Carried out: no one is asked');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-key="queue-withdraw-deploy-island-missiles"]');
    await page.locator('.own-steps').screenshot({ path: await shot(page, 'own-steps-1280x800') });
    await page.click('[data-key="end-turn"]');
    await page.waitForSelector('dialog.crisis-dialog[open]');
    expect(await page.textContent('dialog.crisis-dialog[open] h2')).toBe('Crisis with Japan: Missile systems on the disputed islands');
    await shot(page, 'crisis-other-asia-1280x800');
    expect(errors).toEqual([]);
  });

  it("reports a turn's agreements before its crises, in the order the turn ran them", async () => {
    const { page, errors, url } = o;
    // A greedy 2016 game in Node, up to the planning after a turn whose agreements and crisis both
    // moved tracks; saved as this browser saves a game, and resumed.
    const index = nodeScenario('mother-russia-2016');
    const moved = (g: GameState, turn: number, kind: 'agreement' | 'crisis-open' | 'crisis-answer' | 'crisis-reply' | 'crisis-end') => gameLog(g).some((e) => e.turn === turn && e.kind === kind && 'changes' in e && e.changes.length > 0);
    const both = (g: GameState, turn: number) => moved(g, turn, 'agreement') && (['crisis-open', 'crisis-answer', 'crisis-reply', 'crisis-end'] as const).some((k) => moved(g, turn, k));
    const session = greedyGameUntil(index, 'report-order', (g) => g.turn > 1 && both(g, g.turn - 1));
    expect(session).not.toBeNull();
    await resumeInPage(page, url, 'mother-russia-2016', session!);
    await page.waitForSelector('.panel.report [data-testid=report-crises]');
    const headings = await page.$$eval('.panel.report h3', (hs) => hs.map((x) => x.textContent));
    expect(headings.indexOf('Agreements')).toBeGreaterThan(-1);
    expect(headings.indexOf('Agreements')).toBeLessThan(headings.indexOf('Crises'));
    expect(errors).toEqual([]);
  });
});
