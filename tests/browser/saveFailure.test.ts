// A save the browser refuses (storage full) is shown and stays shown, is said to screen readers in
// a region of its own, and offers the game record as a download; the next successful save clears it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRecord } from '../../src/app/record';
import { startSession } from '../../src/app/session';
import { nodeScenario, useGame, SAVE_KEY, shot, startNewGame } from './game/helpers';
import { endTurnInStep, expectInStep } from './game/playThrough';

const o = useGame();


describe('a save the browser refuses', () => {
  it('is announced, stays in view, offers the record, and goes away when saving works again', async () => {
    const { page, errors, url } = o;
    await startNewGame(page, url, 'storage-full');
    const session = startSession(nodeScenario('tutorial'), 'storage-full');
    await expectInStep(page, session, 'the start');
    await page.waitForFunction((key) => localStorage.getItem(key) !== null, SAVE_KEY);
    expect(await page.isVisible('[data-testid=save-problem-banner]')).toBe(false);

    // Fill the site's storage to the last character, without the save in it.
    const fillers = await page.evaluate((key) => {
      localStorage.removeItem(key);
      let n = 0;
      for (let size = 1 << 21; size >= 1; size >>= 1) {
        for (;;) {
          try {
            localStorage.setItem(`filler-${n}`, 'x'.repeat(size));
            n++;
          } catch {
            break;
          }
        }
      }
      return n;
    }, SAVE_KEY);
    expect(fillers).toBeGreaterThan(0);

    await endTurnInStep(page, session, 'END_TURN with the storage full');
    await page.waitForSelector('[data-testid=save-problem-banner]', { state: 'visible' });
    expect(await page.textContent('[data-testid=save-problem-banner]')).toContain('Your game is not being saved');
    expect(await page.textContent('[data-testid=save-problem-reason]')).toBe('the browser’s storage for this site is full');
    await page.waitForFunction(() => document.getElementById('announcer-alert')?.textContent !== '');
    expect(await page.textContent('#announcer-alert')).toBe('Your game is not being saved: the browser’s storage for this site is full. Use the button “Download the game record” at the top to keep it.');
    // Said at once, interrupting: an alert region, assertive.
    expect(await page.$eval('#announcer-alert', (el) => [el.getAttribute('role'), el.getAttribute('aria-live')])).toEqual(['alert', 'assertive']);
    // The turn's summary still goes to the polite region, and does not replace the warning.
    expect(await page.textContent('.status-line')).toMatch(/^Turn 2 of 4/);
    expect(await page.evaluate((key) => localStorage.getItem(key), SAVE_KEY)).toBeNull();
    await shot(page, 'save-problem-1280x800');
    await page.setViewportSize({ width: 800, height: 600 });
    await shot(page, 'save-problem-800x600');
    await page.setViewportSize({ width: 1280, height: 800 });
    // "Save and share" does not claim the game is saved.
    await page.click('[data-key="open-share"]');
    expect(await page.textContent('[data-testid=share-save-problem]')).toBe('The game is not being saved in this browser: the browser’s storage for this site is full. Download the game record to keep it.');
    await page.keyboard.press('Escape');

    // Another turn: the warning is still there (not overwritten by the turn's summary).
    await endTurnInStep(page, session, 'a second END_TURN with the storage full');
    expect(await page.isVisible('[data-testid=save-problem-banner]')).toBe(true);

    // The record downloads, and is the engine's game.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-key="save-problem-download"]')]);
    expect(download.suggestedFilename()).toMatch(/^pivot-east-tutorial-storage-full-turn-3\.json$/);
    const parsed = parseRecord(readFileSync((await download.path())!, 'utf8'));
    expect(parsed).toEqual({ ok: true, record: session.record() });

    // Room again: the next save succeeds and the warning goes.
    await page.evaluate((n) => {
      for (let i = 0; i < n; i++) localStorage.removeItem(`filler-${i}`);
    }, fillers);
    await endTurnInStep(page, session, 'END_TURN with room again');
    await page.waitForSelector('[data-testid=save-problem-banner]', { state: 'hidden' });
    const saved = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), SAVE_KEY))!);
    expect(saved.record).toEqual(session.record());
    await page.waitForFunction(() => document.getElementById('announcer-alert')?.textContent === 'The game is saved in this browser again.');
    expect(errors).toEqual([]);
  });
});
