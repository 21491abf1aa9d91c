// Start pressed while an unfinished game is saved: this browser keeps one saved game, so the player
// is asked before it is replaced (keep it, download it first, or replace it); a game that has
// ended gives way at once, as after the debrief's "New game".
import { describe, expect, it } from 'vitest';
import { endTurnsToTheEnding, SAVE_KEY, startNewGame, startWithSeed, useGame } from './game/helpers';

const o = useGame();
const savedSeed = () => o.page.evaluate((key) => (JSON.parse(localStorage.getItem(key) ?? '{}') as { record?: { seed?: string } }).record?.seed ?? null, SAVE_KEY);
const waitForSavedSeed = (seed: string) => o.page.waitForFunction(([key, s]) => JSON.parse(localStorage.getItem(key!) ?? '{}').record?.seed === s, [SAVE_KEY, seed]);

describe('Start while a game is saved', () => {
  it('asks before an unfinished game is replaced; kept, the start screen stays as it was', async () => {
    const { page, errors, url } = o;
    await startNewGame(page, url, 'first');
    await page.click('[data-key="end-turn"]');
    await page.waitForFunction((key) => JSON.parse(localStorage.getItem(key) ?? '{}').record?.events?.length === 1, SAVE_KEY);
    await page.click('[data-key="quit"]');
    await page.waitForSelector('.start-screen');

    await page.fill('#seed', 'second');
    await page.click('[data-testid=start]');
    await page.waitForSelector('dialog.replace-save-dialog[open]');
    const text = await page.textContent('dialog.replace-save-dialog');
    expect(text).toContain('This starts a new game of “Tutorial” with the seed second.');
    expect(text).toContain('This browser keeps one saved game, and it holds “Tutorial”, Sep–Nov 2016, turn 2 of 4 (seed first). Starting it would replace it.');
    await page.click('[data-key="keep-save"]');
    await page.waitForSelector('dialog.replace-save-dialog', { state: 'detached' });
    expect(await page.isVisible('.start-screen')).toBe(true);
    expect(await page.inputValue('#seed')).toBe('second');
    expect(await savedSeed()).toBe('first');

    // Asked again, replaced: the new game starts and takes the save's place.
    await page.click('[data-testid=start]');
    await page.waitForSelector('dialog.replace-save-dialog[open]');
    await page.click('[data-key="replace-save"]');
    await page.waitForSelector('.play-screen');
    await waitForSavedSeed('second');
    expect(errors).toEqual([]);
  });

  it('lets a game that has ended give way without asking', async () => {
    const { page, errors, url } = o;
    await startNewGame(page, url, 'ended');
    await endTurnsToTheEnding(page);
    await page.waitForFunction((key) => JSON.parse(localStorage.getItem(key) ?? '{}').record?.result != null, SAVE_KEY);
    await page.click('[data-key="play-again"]');
    await page.waitForSelector('.start-screen');
    await startWithSeed(page, 'after-the-end');
    expect(await page.$('dialog.replace-save-dialog')).toBeNull();
    await waitForSavedSeed('after-the-end');
    expect(errors).toEqual([]);
  });
});
