// Share links start the right game; saves resume it after a reload; a broken save or a bad link
// is reported on the start screen, never fatal.
import { describe, expect, it } from 'vitest';
import { startSession } from '../../src/app/session';
import { endTurnsToTheEnding, nodeScenario, startNewGame, useGame, shot } from './game/helpers';
import { expectInStep } from './game/playThrough';
import { gameLog } from '../../src/engine';

const o = useGame();

describe('links and saves', () => {
  it('a shared link starts that scenario with that seed', async () => {
    const { page, errors, url } = o;
    const index = nodeScenario('tutorial');
    const session = startSession(index, 'shared-7');
    await page.goto(`${url}#scenario=tutorial&seed=shared-7`);
    await page.waitForSelector('.play-screen');
    expect(await page.textContent('h1')).toBe('Tutorial');
    await expectInStep(page, session, 'opening the link');
    // The link is consumed (once the board is drawn): a reload resumes instead of starting again.
    await page.waitForFunction(() => location.hash === '', null, { timeout: 5000 });
    await page.click('[data-key="open-share"]');
    expect(await page.inputValue('[data-testid=share-link]')).toMatch(/#scenario=tutorial&seed=shared-7$/);
    await page.keyboard.press('Escape');
    // The same game as the engine's, one turn on.
    await page.click('[data-key="end-turn"]');
    expect(session.send({ type: 'END_TURN' })).toBeNull();
    await expectInStep(page, session, 'END_TURN');
    const news = await page.$$eval('.news .news-item h3', (els) => els.map((e) => e.textContent));
    const expected = gameLog(session.game()).filter((e) => e.kind === 'event' && e.turn === 2).map((e) => (e.kind === 'event' ? index.events.get(e.event)!.title : ''));
    expect(news).toEqual(expected);
    expect(errors).toEqual([]);
  });

  it('a reload offers to resume the saved game, which continues where it was', async () => {
    const { page, errors } = o;
    const index = nodeScenario('tutorial');
    const session = startSession(index, 'shared-7');
    session.send({ type: 'END_TURN' });
    await page.reload();
    await page.waitForSelector('[data-key="resume"]');
    expect(await page.textContent('.resume')).toContain('turn 2 of 4');
    await shot(page, 'start-1280x800-resume');
    await page.click('[data-key="resume"]');
    await page.waitForSelector('.play-screen');
    await expectInStep(page, session, 'resuming');
    expect(errors).toEqual([]);
  });

  it('a game played to its end is offered as its debrief, not to continue', async () => {
    const { page, errors, url } = o;
    await startNewGame(page, url, 'ended-1');
    await endTurnsToTheEnding(page);
    const ending = await page.textContent('[data-testid=ending-title]');
    await page.waitForFunction(() => localStorage.getItem('pivot-east/save')?.includes('"where":"ended:'));
    await page.goto(url);
    await page.waitForSelector('[data-key="resume"]');
    expect(await page.textContent('#resume-title')).toBe('Your last game');
    expect(await page.textContent('[data-key="resume"]')).toBe('See its debrief');
    expect(await page.textContent('.resume')).toContain(`ended: ${ending}`);
    await page.click('[data-key="resume"]');
    await page.waitForSelector('[data-testid=ending-title]');
    expect(await page.textContent('[data-testid=ending-title]')).toBe(ending);
    expect(errors).toEqual([]);
  });

  it('a broken save is reported and can be discarded', async () => {
    const { page, errors, url } = o;
    await page.evaluate(() => localStorage.setItem('pivot-east/save', '{"format":"pivot-east-save/1","source":{"kind":"shipped","id":"tutorial"},"record":{"format":"nonsense"}}'));
    await page.goto(url);
    await page.click('[data-key="resume"]');
    await page.waitForSelector('[data-testid=save-problem]');
    expect(await page.textContent('[data-testid=save-problem]')).toContain('record is damaged');
    await page.evaluate(() => localStorage.setItem('pivot-east/save', '{not json'));
    await page.reload();
    await page.waitForSelector('[data-testid=save-problem]');
    expect(await page.textContent('[data-testid=save-problem]')).toContain('not readable');
    await page.click('[data-key="discard-save"]');
    await page.waitForSelector('.new-game');
    expect(await page.$('[data-testid=save-problem]')).toBeNull();
    expect(await page.evaluate(() => localStorage.getItem('pivot-east/save'))).toBeNull();
    expect(errors).toEqual([]);
  });

  it('a link to a scenario that does not exist is reported', async () => {
    const { page, errors, url } = o;
    await page.goto(`${url}#scenario=atlantis&seed=1`);
    await page.waitForSelector('.notice');
    expect(await page.textContent('.notice')).toContain('atlantis');
    expect(errors).toEqual([]);
  });
});
