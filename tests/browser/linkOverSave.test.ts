// A share link opened, or the hash changed, while a game is saved: the player is asked before the
// saved game is replaced (keep it, download it first, or replace it); nothing is replaced silently.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRecord } from '../../src/app/record';
import { startSession } from '../../src/app/session';
import { nodeScenario, useGame, SAVE_KEY, shot, startNewGame } from './game/helpers';
import { expectInStep } from './game/playThrough';

const o = useGame();

const index = nodeScenario('tutorial');
const savedRecord = async () => JSON.parse((await o.page.evaluate((key) => localStorage.getItem(key), SAVE_KEY)) ?? 'null')?.record;
/** Opens the link in a fresh page load (going to it from the same page would be only a hash change). */
async function openLink(seed: string): Promise<void> {
  await o.page.goto('about:blank');
  await o.page.goto(`${o.url}#scenario=tutorial&seed=${seed}`);
}
const waitForSavedSeed = (seed: string) => o.page.waitForFunction(([key, s]) => JSON.parse(localStorage.getItem(key!) ?? '{}').record?.seed === s, [SAVE_KEY, seed]);

describe('a link while a game is saved', () => {
  const mine = startSession(index, 'mine');

  it('the page opened by a link asks first; "Keep my saved game" keeps it', async () => {
    const { page, errors, url } = o;
    await startNewGame(page, url, 'mine');
    await page.click('[data-key="end-turn"]');
    mine.send({ type: 'END_TURN' });
    await expectInStep(page, mine, 'END_TURN');
    await page.waitForFunction((key) => JSON.parse(localStorage.getItem(key) ?? '{}').record?.events?.length === 1, SAVE_KEY);

    await openLink('linked');
    await page.waitForSelector('dialog.replace-save-dialog[open]');
    const text = await page.textContent('dialog.replace-save-dialog');
    expect(text).toContain('The link opens “Tutorial” with the seed linked.');
    expect(text).toContain('This browser keeps one saved game, and it holds “Tutorial”, Sep–Nov 2016, turn 2 of 4 (seed mine). Opening the link would replace it.');
    await shot(page, 'replace-save-dialog-1280x800');
    // The start screen is behind the question, and no game has started.
    expect(await page.isVisible('.start-screen')).toBe(true);
    await page.click('[data-key="keep-save"]');
    await page.waitForSelector('dialog.replace-save-dialog', { state: 'detached' });
    expect(await page.evaluate(() => location.hash)).toBe('');
    expect(await page.textContent('.resume')).toContain('turn 2 of 4');
    expect(await savedRecord()).toEqual(mine.record());
    expect(errors).toEqual([]);
  });

  it('Escape keeps it too; "Download my saved game first" gives its record, then the link replaces it', async () => {
    const { page, errors } = o;
    await openLink('linked');
    await page.waitForSelector('dialog.replace-save-dialog[open]');
    await page.keyboard.press('Escape');
    await page.waitForSelector('dialog.replace-save-dialog', { state: 'detached' });
    // Kept as "Keep my saved game" keeps it: the link's hash cleared, the start screen offering the saved game.
    expect(await page.evaluate(() => location.hash)).toBe('');
    expect(await page.textContent('.resume')).toContain('turn 2 of 4');
    expect(await page.$('.play-screen')).toBeNull();
    expect(await savedRecord()).toEqual(mine.record());

    await openLink('linked');
    await page.waitForSelector('dialog.replace-save-dialog[open]');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-key="download-save"]')]);
    expect(download.suggestedFilename()).toBe('pivot-east-tutorial-mine-saved.json');
    expect(parseRecord(readFileSync((await download.path())!, 'utf8'))).toEqual({ ok: true, record: mine.record() });
    expect(await page.textContent('[data-testid=replace-save-note]')).toContain('Your saved game is being downloaded');
    expect(await page.isVisible('dialog.replace-save-dialog[open]')).toBe(true);
    await page.click('[data-key="replace-save"]');
    await page.waitForSelector('.play-screen');
    await expectInStep(page, startSession(index, 'linked'), 'opening the link');
    await waitForSavedSeed('linked');
    expect(errors).toEqual([]);
  });

  it('a hash change during play asks too, over the game, which goes on when kept', async () => {
    const { page, errors } = o;
    const linked = startSession(index, 'linked');
    await page.click('[data-key="end-turn"]');
    linked.send({ type: 'END_TURN' });
    await expectInStep(page, linked, 'END_TURN');
    await page.evaluate(() => (location.hash = '#scenario=tutorial&seed=other'));
    await page.waitForSelector('dialog.replace-save-dialog[open]');
    expect(await page.textContent('dialog.replace-save-dialog')).toContain('(seed linked)');
    await page.click('[data-key="keep-save"]');
    await page.waitForSelector('dialog.replace-save-dialog', { state: 'detached' });
    expect(await page.evaluate(() => location.hash)).toBe('');
    await expectInStep(page, linked, 'keeping the game');
    expect(await savedRecord()).toEqual(linked.record());

    await page.evaluate(() => (location.hash = '#scenario=tutorial&seed=other'));
    await page.click('[data-key="replace-save"]');
    const other = startSession(index, 'other');
    await expectInStep(page, other, 'replacing the game');
    await waitForSavedSeed('other');
    expect(errors).toEqual([]);
  });

  it('a link to the very game that is saved resumes it, without asking', async () => {
    const { page, errors } = o;
    const other = startSession(index, 'other');
    await page.click('[data-key="end-turn"]');
    other.send({ type: 'END_TURN' });
    await expectInStep(page, other, 'END_TURN');
    await page.waitForFunction((key) => JSON.parse(localStorage.getItem(key) ?? '{}').record?.events?.length === 1, SAVE_KEY);
    await openLink('other');
    await page.waitForSelector('.play-screen');
    await expectInStep(page, other, 'following the link to the saved game');
    expect(await page.$('dialog.replace-save-dialog')).toBeNull();
    expect(errors).toEqual([]);
  });
});
