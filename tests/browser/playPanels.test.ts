// The play screen's panels that change only what the player looks at: the turn's hint hidden and
// shown again, and the list of the options open now (a way to each one's card, folded or not).
// The same game runs in Node, so the page's lists are checked against the engine's.
import { describe, expect, it } from 'vitest';
import { availableOptions } from '../../src/engine';
import { startSession } from '../../src/app/session';
import { focused, nodeScenario, startNewGame, useGame } from './game/helpers';

const index = nodeScenario('tutorial');
const o = useGame();

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
