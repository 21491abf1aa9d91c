// The advisor's work ahead in Chromium (src/ui/advisor/adviceAhead.ts): the first planning of a
// page is worked out in the workers before "What if?" is pressed, and the advisor then shows that
// advice, saying so, with exactly the figures Node gives; it works on every core but one until the
// advisor is opened on it, then on every core; once the advisor has been opened, each new turn's
// opening is worked out ahead too; the box in the dialog turns it off, for later pages.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { advise } from '../../src/app/advice';
import { startSession, type GameSession } from '../../src/app/session';
import type { AheadHook } from '../../src/ui/advisor/adviceAhead';
import { aheadReported, openAdvisorAndWait, playable, queueAndWithdraw } from '../../bench/browser/advisor';
import { nodeScenario, useGame } from './game/helpers';

const o = useGame({ width: 1280, height: 800 }, { adviceAhead: true });
const index = nodeScenario('other-asia-2019');

const hook = (page: Page) => page.evaluate(() => (window as { __pivotEastAdviceAhead?: AheadHook | null }).__pivotEastAdviceAhead);
const scores = (page: Page) => page.$$eval('[data-testid=advice-score]', (els) => els.map((e) => e.textContent));
/** The workers of every run, worked out ahead or asked for: every core but one, at most four (advicePool.ts, threadsFor). */
const aheadWorkers = (cores: number) => Math.max(1, Math.min(4, cores - 1));
const inWords = (advice: ReturnType<typeof advise>) => advice.options.map((c) => `Median score ${c.median}; 8 playthroughs in 10 between ${c.low} and ${c.high}.`);

/** A new 2019 game with `seed` on a playable page; `keep` leaves this browser's storage (the box's choice) as it is. */
async function freshGame(seed: string, keep = false): Promise<GameSession> {
  const { page, url } = o;
  await page.goto(url);
  if (keep) await page.evaluate(() => localStorage.removeItem('pivot-east/save')); // a new game, not "replace the save?"
  else await page.evaluate(() => localStorage.clear());
  await page.goto('about:blank');
  await page.goto(`${url}#scenario=other-asia-2019&seed=${seed}`);
  await playable(page);
  return startSession(index, seed);
}

describe('the advisor works ahead', () => {
  it('works the first planning out before it is asked, then each new turn once it has been opened', async () => {
    const { page, errors } = o;
    const session = await freshGame('ahead-1');

    // Nothing at once: the player may act before the delay is out.
    expect(await hook(page)).toBeUndefined();
    await aheadReported(page, 1, 'ready');
    const opened = await openAdvisorAndWait(page);
    expect(opened.remembered).toBe(true);
    // Worked out on every core but one: the page keeps one for its drawing.
    const cores = await page.evaluate(() => navigator.hardwareConcurrency);
    expect(opened.workers).toBe(aheadWorkers(cores));
    expect(await page.getAttribute('[data-testid=advice-status]', 'data-ahead')).toBe('true');
    expect(await page.textContent('[data-testid=advice-status]')).toMatch(/^16 choices, 3200 playthroughs, worked out ahead in \d+\.\d s, before you asked: nothing has been played since\.$/);
    // The same figures as the advice worked out when asked: its dice come from the advisor's seed alone.
    expect(await scores(page)).toEqual(inWords(advise(session.game(), index)));
    await page.keyboard.press('Escape');
    await page.waitForSelector('dialog[open]', { state: 'detached' });

    // The advisor has been opened: the next turn's opening is worked out ahead too.
    await page.click('[data-key="end-turn"]');
    session.send({ type: 'END_TURN' });
    expect(session.game().turn).toBe(2);
    await aheadReported(page, 2, 'ready');
    await openAdvisorAndWait(page);
    expect(await page.getAttribute('[data-testid=advice-status]', 'data-ahead')).toBe('true');
    expect(await scores(page)).toEqual(inWords(advise(session.game(), index)));

    // A plan queued and withdrawn: a new position, asked for, on the workers the work ahead warmed.
    await queueAndWithdraw(page);
    const asked = await openAdvisorAndWait(page);
    expect(asked.remembered).toBe(false);
    expect(await page.getAttribute('[data-testid=advice-status]', 'data-ahead')).toBeNull();
    expect(asked.workers).toBe(aheadWorkers(cores));
    expect(await scores(page)).toEqual(inWords(advise(session.game(), index)));
    await page.keyboard.press('Escape');
    await page.waitForSelector('dialog[open]', { state: 'detached' });
    expect(errors).toEqual([]);
  });

  it('works the next opening out when the player plays on before the first is done', async () => {
    const { page, errors } = o;
    await freshGame('ahead-4');
    await aheadReported(page, 1, 'working');
    await page.click('[data-key="end-turn"]');
    // The advisor was never opened: only an unfinished warm-up brings the work ahead to turn 2.
    await aheadReported(page, 2, 'ready');
    const opened = await openAdvisorAndWait(page);
    expect(opened.remembered).toBe(true);
    await page.keyboard.press('Escape');
    expect(errors).toEqual([]);
  });

  it('is joined when the advisor is opened while it works, and stops for good when turned off', async () => {
    const { page, errors } = o;
    const session = await freshGame('ahead-2');

    // A fresh page: the workers are cold, so the run ahead takes seconds, and "What if?" pressed
    // as it starts finds it under way and waits for it rather than starting again.
    await aheadReported(page, 1, 'working');
    const joined = await openAdvisorAndWait(page);
    const status = await page.textContent('[data-testid=advice-status]');
    expect(joined.remembered).toBe(false);
    // Someone waits now: the run goes on, on the same workers.
    const cores = await page.evaluate(() => navigator.hardwareConcurrency);
    expect(joined.workers).toBe(aheadWorkers(cores));
    expect(status).toMatch(/^16 choices, 3200 playthroughs in \d+\.\d s from your click \(begun ahead, \d+\.\d s before\)\.$/);
    expect(await scores(page)).toEqual(inWords(advise(session.game(), index)));

    // The box turns it off, kept in this browser: the next page works nothing out ahead.
    await page.uncheck('.advice-ahead input');
    expect(await page.evaluate(() => localStorage.getItem('pivot-east/advisor-ahead'))).toBe('off');
    await page.keyboard.press('Escape');
    await freshGame('ahead-3', true);
    await page.waitForTimeout(4_000); // twice the delay
    expect(await hook(page)).toBeUndefined();
    await page.click('[data-key="open-advisor"]');
    expect(await page.isChecked('.advice-ahead input')).toBe(false);
    await page.keyboard.press('Escape');
    expect(errors).toEqual([]);
  });
});
