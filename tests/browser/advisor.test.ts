// The advisor in Chromium: "What if?" on a 2019 game at turn 1 plays every open choice out in
// workers, shows one card per choice with its charts, and says what the figures are; the page's
// main thread stays free meanwhile (its longest task a small part of the wait, which a task doing
// the playthroughs would fill). The time itself is a figure of the bench (bench/browser/advisor.ts),
// not checked here.
import { describe, expect, it } from 'vitest';
import { advise, bestAndNext, sameDice, sameDiceVerdict } from '../../src/app/advice';
import { EXPERT_GAMES, expertBotGames, median, standardBotGames } from '../../src/app/browser/botGames';
import { playWithBot } from '../../src/app/playBot';
import { startSession } from '../../src/app/session';
import { availableOptions } from '../../src/engine';
import { openAdvisorAndWait, playable } from '../../bench/browser/advisor';
import { seriousViolations } from './axe';
import { collectErrors, endTurnsToTheEnding, nodeScenario, useGame, shot, openFresh, startWithSeed, withoutAdviceAhead } from './game/helpers';

const o = useGame();

describe('the advisor', () => {
  it('plays every open choice out in workers and draws each as charts, the page staying responsive', async () => {
    const { page, errors, url } = o;
    const index = nodeScenario('other-asia-2019');
    const session = startSession(index, 'advisor-1');
    await page.evaluate(() => localStorage.clear());
    await page.goto(`${url}#scenario=other-asia-2019&seed=advisor-1`);
    await playable(page);

    const run = await openAdvisorAndWait(page);
    const expected = ['', ...availableOptions(session.game(), index)];
    expect(await page.$$eval('.advice-choice', (els) => els.map((e) => (e as HTMLElement).dataset.option))).toEqual(expected);
    expect(run.choices).toBe(expected.length);
    expect(await page.$$eval('.advice-choice svg.advice-bar', (els) => els.length)).toBe(expected.length);
    expect(await page.$$eval('.advice-choice svg.advice-band', (els) => els.length)).toBe(expected.length);
    // Ending the turn has no button of its own in the advice: its card says which button follows it.
    const endCard = page.locator('.advice-choice[data-option=""]');
    expect(await endCard.textContent()).toContain('To follow it, close this and press End turn.');
    expect(await endCard.locator('button').count()).toBe(0);
    expect(await page.textContent('.advisor-dialog')).toContain('not a prediction of this game’s own dice');
    // Its scores are final scores: beside the play screen's score of the tracks now, they read as another measure.
    expect(await page.textContent('.advisor-dialog')).toContain('The scores are those at the end of the game, the ending’s bonus included');
    expect(await page.textContent('[data-testid=advice-status]')).toContain(`${expected.length * 200} playthroughs`);
    // In the page, the playthroughs would be one task as long as the whole wait; in workers, the
    // page's longest task is a small part of it, however loaded the machine.
    expect(run.longestTaskMs).toBeLessThan(run.ms / 4);
    expect(run.workers).toBeGreaterThanOrEqual(1);
    // Each choice was shown as it came back: cards were on screen before the whole advice, and
    // the first was among them.
    expect(run.cardsBeforeDone).toBeGreaterThanOrEqual(1);
    expect(run.cardsBeforeDone).toBeLessThan(expected.length);
    expect(run.firstChoiceMs).toBeLessThan(run.ms);
    // The workers shared the choices out as they came free; each choice's figures are still
    // exactly what Node gives for the same advisor seed.
    const inNode = advise(session.game(), index).options.map((c) => `Median score ${c.median}; 8 playthroughs in 10 between ${c.low} and ${c.high}.`);
    expect(await page.$$eval('[data-testid=advice-score]', (els) => els.map((e) => e.textContent))).toEqual(inNode);
    // Each card says what its plan leaves of the turn's capital (a plan that spends it all leaves nothing for a crisis).
    const capital = session.game().capital;
    const capitalWords = advise(session.game(), index).options.map((c) => {
      const cost = c.plan.reduce((sum, id) => sum + index.options.get(id)!.cost, 0);
      if (cost === 0) return `Spends no diplomatic capital: ${capital} left.`;
      return `Spends ${cost} of your ${capital} diplomatic capital; ${capital - cost <= 0 ? 'leaves none for a crisis or a counter-offer this turn' : `leaves ${capital - cost}`}.`;
    });
    expect(await page.$$eval('[data-testid=advice-capital]', (els) => els.map((e) => e.textContent))).toEqual(capitalWords);
    expect(capitalWords[0]).toBe(`Spends no diplomatic capital: ${capital} left.`);
    // The highest median is said above the cards, and "Show it" takes the keyboard to its card.
    const top = Math.max(...advise(session.game(), index).options.map((c) => c.median));
    expect(await page.textContent('[data-testid=advice-best]')).toMatch(new RegExp(`^Highest median: .*, ${top} \\(`));
    // Under it, the highest median against the next highest, playthrough by playthrough on the same dice, as Node counts it.
    const nodeOptions = advise(session.game(), index).options;
    const ranked = bestAndNext(nodeOptions);
    const compared = sameDice(ranked.best, ranked.next!);
    const against = await page.textContent('[data-testid=advice-against-next]');
    // The next highest named inside the sentence as what one would do, in lower case.
    expect(against).toMatch(new RegExp(`^On the same dice it scored more than (proposing|carrying out|ending) .* \\(the next highest median, ${ranked.next!.median}\\), in ${compared.wins} of 200 playthroughs, less in ${compared.losses}`));
    expect(against).toContain(sameDiceVerdict(compared));
    // The table compares the highest median with every other choice the same way.
    const cells = nodeOptions.map((c) => {
      if (c === ranked.best) return '—';
      const { wins, losses, tooClose } = sameDice(ranked.best, c);
      return `${wins}\u00a0/\u00a0${losses}${tooClose ? ' (too\u00a0close)' : ''}`;
    });
    expect(await page.$$eval('[data-testid=advice-against-best]', (els) => els.map((e) => e.textContent))).toEqual(cells);
    // A share and its % never part at a line's end: a no-break space between them.
    const shares = await page.$$eval('.advisor-dialog td, .advisor-dialog th, .advisor-dialog p', (els) => els.map((e) => e.textContent ?? '').filter((t) => t.includes('%')));
    expect(shares.length).toBeGreaterThan(0);
    expect(shares.filter((t) => /\d %/.test(t))).toEqual([]);
    // Each choice's endings add up to 100 %, in its card and in its row of the table (each share
    // rounded alone could make 101 %).
    // ("<1 %": came out, but less than half a percent of the playthroughs.)
    const sum = (text: string) => [...text.matchAll(/(<?)(\d+)\u00a0%/g)].reduce((a, m) => a + (m[1] === '<' ? 0 : Number(m[2])), 0);
    const cardEndings = await page.$$eval('.advice-choice p', (els) => els.map((e) => e.textContent ?? '').filter((t) => t.startsWith('Endings:')));
    expect(cardEndings.map(sum)).toEqual(expected.map(() => 100));
    // A card lists the endings that came out: none of them reads 0 %.
    expect(cardEndings.filter((t) => /[^<\d]0\u00a0%/.test(t))).toEqual([]);
    const rowEndings = await page.$$eval('.chart-table tbody tr', (rows) => rows.map((r) => [...r.querySelectorAll('td')].slice(4).map((td) => td.textContent).join(' ')));
    expect(rowEndings.map(sum)).toEqual(expected.map(() => 100));
    // Opened, the table (a column per ending) stays inside the dialog, and at 1280 px it fits
    // whole: the endings' titles wrap over their columns.
    await page.click('.chart-table summary');
    const edges = await page.evaluate(() => {
      const scroller = document.querySelector('.chart-table .table-scroll')!;
      return { dialog: document.querySelector('.advisor-dialog')!.getBoundingClientRect().right, right: scroller.getBoundingClientRect().right, overflow: scroller.scrollWidth - scroller.clientWidth };
    });
    expect(edges.right).toBeLessThanOrEqual(edges.dialog);
    expect(page.viewportSize()!.width).toBe(1280);
    expect(edges.overflow).toBe(0);
    await page.click('.chart-table summary');
    await page.click('[data-key="advice-show-best"]');
    expect(await page.evaluate(() => document.activeElement?.closest('.advice-choice')?.classList.contains('best'))).toBe(true);
    expect(await seriousViolations(page, 'the advisor')).toBe('');
    await shot(page, 'advisor-1280x800');
    await page.evaluate(() => document.querySelector('.advisor-dialog .advice-choices li:nth-child(6)')?.scrollIntoView());
    await shot(page, 'advisor-1280x800-scrolled');
    // The board behind the dialog is paused while the workers play, its frames stopped (a paused
    // Phaser game still draws every frame), and woken when it closes.
    type BoardHook = { __pivotEastBoard: { game: { isPaused: boolean; loop: { running: boolean } } } };
    const boardState = () => page.evaluate(() => {
      const { game } = (window as unknown as BoardHook).__pivotEastBoard;
      return { paused: game.isPaused, frames: game.loop.running };
    });
    expect(await boardState()).toEqual({ paused: true, frames: false });
    await page.keyboard.press('Escape');
    await page.waitForSelector('dialog[open]', { state: 'detached' });
    // A dialog's close event comes a task after it loses its open attribute.
    await page.waitForFunction(() => {
      const { game } = (window as unknown as BoardHook).__pivotEastBoard;
      return !game.isPaused && game.loop.running;
    }, null, { timeout: 5_000 });

    // Opened again with nothing played, it shows the advice it kept, at once and saying so.
    const kept = await openAdvisorAndWait(page);
    expect(kept.remembered).toBe(true);
    expect(await page.$$eval('[data-testid=advice-score]', (els) => els.map((e) => e.textContent))).toEqual(inNode);
    expect(await page.textContent('[data-testid=advice-status]')).toContain('nothing has been played since');
    await page.keyboard.press('Escape');
    await page.waitForSelector('dialog[open]', { state: 'detached' });

    // Another position for the workers kept from the first run: the first open option proposed.
    const option = expected[1]!;
    await page.click(`[data-actor="${index.options.get(option)!.target}"]`);
    await page.click(`[data-key="option-action-${option}"]`);
    session.send({ type: 'PROPOSE', option });
    const again = await openAdvisorAndWait(page);
    expect(again.remembered).toBe(false);
    expect(again.choices).toBe(1 + availableOptions(session.game(), index).length);
    const nowInNode = advise(session.game(), index).options.map((c) => `Median score ${c.median}; 8 playthroughs in 10 between ${c.low} and ${c.high}.`);
    expect(await page.$$eval('[data-testid=advice-score]', (els) => els.map((e) => e.textContent))).toEqual(nowInNode);

    // Following a choice queues its whole plan (the figures are the plan's), and leaves the turn open.
    const advice = advise(session.game(), index).options;
    const followed = advice.find((c) => c.option !== null && c.plan.length > 1) ?? advice[1]!;
    await page.click(`[data-key="advice-follow-${followed.option}"]`);
    await page.waitForSelector('dialog[open]', { state: 'detached' });
    for (const id of followed.plan) {
      await page.waitForSelector(`[data-key="queue-withdraw-${id}"]`);
      session.send({ type: 'PROPOSE', option: id });
    }
    expect(await page.$$eval('[data-key^="queue-withdraw-"]', (els) => els.map((e) => (e as HTMLElement).dataset.key))).toEqual(session.game().proposals.map((p) => `queue-withdraw-${p.option}`));
    // One line says the whole plan, not its last proposal alone.
    expect(followed.plan.length).toBeGreaterThan(1);
    const said = await page.textContent('.status-line');
    expect(said).toMatch(new RegExp(`^Proposed .+\\. ${session.game().capital} capital left\\.$`));
    for (const id of followed.plan) expect(said).toContain(`“${index.options.get(id)!.title}”`);
    expect(await page.textContent('[data-key="end-turn"]')).toContain('End turn 1');
    expect(errors).toEqual([]);
  });

  it('marks one choice the highest median and says which others share it', async () => {
    const { page, errors, url } = o;
    // A tutorial game whose first planning has three choices on the highest median (as Node plays them).
    const index = nodeScenario('tutorial');
    const options = advise(startSession(index, 'advisor-3').game(), index).options;
    const { best } = bestAndNext(options);
    const tied = options.filter((c) => c !== best && c.median === best.median);
    expect(tied.length).toBe(2);
    await openFresh(page, `${url}#scenario=tutorial&seed=advisor-3`);
    await playable(page);
    await openAdvisorAndWait(page);
    const marks = options.map((c) => (c === best ? ' (highest median)' : tied.includes(c) ? ' (the same median as the highest)' : null));
    expect(await page.$$eval('.advice-choice', (els) => els.map((e) => e.querySelector('.advice-mark')?.textContent ?? null))).toEqual(marks);
    expect(await page.textContent('[data-testid=advice-best]')).toContain(`; 2 other choices have the same median.`);
    // The line under it compares the highest with the next listed, which has the same median.
    const next = bestAndNext(options).next!;
    expect(await page.textContent('[data-testid=advice-against-next]')).toMatch(/^On the same dice it scored more than .+, which has the same median, in \d+ of 200 playthroughs/);
    expect(next.median).toBe(best.median);
    expect(errors).toEqual([]);
  });

  it('says which choices lead to the same proposals in another order, whose figures differ by the dice', async () => {
    const { page, errors, url } = o;
    // The tutorial's first planning on this seed: "Summit with Xi, then the Japan card" and the
    // other way round, with medians apart (as Node plays them).
    const index = nodeScenario('tutorial');
    const options = advise(startSession(index, 'history1').game(), index).options;
    const twins = options.filter((c) => c.plan.length === 2);
    expect(twins.map((c) => [...c.plan].sort().join())).toEqual(['japan-card,summit-with-xi', 'japan-card,summit-with-xi']);
    expect(twins[0]!.median).not.toBe(twins[1]!.median);
    await openFresh(page, `${url}#scenario=tutorial&seed=history1`);
    await playable(page);
    await openAdvisorAndWait(page);
    const notes = await page.$$eval('.advice-choice', (els) => els.map((e) => e.querySelector('[data-testid=advice-same-proposals]')?.textContent ?? null));
    const title = (id: string) => `“${index.options.get(id)!.title}”`;
    expect(notes).toEqual(options.map((c) => (c.plan.length < 2 ? null : expect.stringContaining(`The same proposals as proposing ${title(twins.find((t) => t !== c)!.option!)}`))));
    expect(notes.filter((n) => n !== null).every((n) => n!.endsWith('in another order: each proposal then meets another die, and is weighed after other deals, so the figures differ.'))).toBe(true);
    expect(errors).toEqual([]);
  });

  it('loads its workers once the board is drawn, before it is asked, and the first opening uses them', async () => {
    const { page, errors, url } = o;
    await openFresh(page, `${url}#scenario=other-asia-2019&seed=advisor-3`);
    await playable(page);
    // The work ahead is off here (useGame): the worker only loads, nothing is played before the click.
    const workerScripts = () => page.evaluate(() => performance.getEntriesByType('resource').filter((e) => /adviceWorker/.test(e.name)).length);
    const cores = await page.evaluate(() => navigator.hardwareConcurrency || 2);
    const threads = Math.max(1, Math.min(4, cores - 1)); // one per core but one (advicePool.ts, threadsFor)
    // Each worker's script is listed once fetched, not all at the same moment: wait for them all.
    await page.waitForFunction((n) => performance.getEntriesByType('resource').filter((e) => /adviceWorker/.test(e.name)).length >= n, threads, { timeout: 20_000 });
    expect(await workerScripts()).toBe(threads);
    expect(await page.$('dialog[open]')).toBeNull();
    const run = await openAdvisorAndWait(page);
    // The workers loaded ahead, no other.
    expect(run.workers).toBe(threads);
    expect(await workerScripts()).toBe(threads);
    expect(run.remembered).toBe(false);
    expect(errors).toEqual([]);
  });

  it('rests the board from the click, while the dialog\'s code is still loading', async () => {
    // The dialog's code held back at the network (no service worker to serve it instead), as on a
    // slow connection or a click the moment the page is playable.
    const context = await o.browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
    await withoutAdviceAhead(context);
    const page = await context.newPage();
    const errors = collectErrors(page);
    let letThrough = () => {};
    const held = new Promise<void>((resolve) => (letThrough = resolve));
    await page.route(/\/advisorDialog-[\w-]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${o.url}#scenario=tutorial&seed=advisor-4`);
    await playable(page);
    type BoardHook = { __pivotEastBoard: { game: { isPaused: boolean; loop: { running: boolean } } } };
    const boardState = () => page.evaluate(() => {
      const { game } = (window as unknown as BoardHook).__pivotEastBoard;
      return { paused: game.isPaused, frames: game.loop.running };
    });
    // The pointer over the board keeps it drawing (stillLoop.ts) until the click.
    const box = await page.evaluate(() => (window as unknown as { __pivotEastBoard: { canvasBox(): { x: number; y: number; width: number; height: number } } }).__pivotEastBoard.canvasBox());
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.click('[data-key="open-advisor"]');
    expect(await page.$('dialog[open]')).toBeNull();
    expect(await boardState()).toEqual({ paused: true, frames: false });
    letThrough();
    await page.waitForSelector('[data-testid=advice-status][data-elapsed-ms]', { timeout: 60_000 });
    // The click's hold given back once the dialog holds the board itself: still resting.
    expect(await boardState()).toEqual({ paused: true, frames: false });
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => {
      const { game } = (window as unknown as BoardHook).__pivotEastBoard;
      return !game.isPaused && game.loop.running;
    }, null, { timeout: 5_000 });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the debrief\'s "Against the computer" includes the expert\'s games', async () => {
    const { page, errors, url } = o;
    await openFresh(page, `${url}#scenario=tutorial&seed=advisor-2`);
    await page.waitForSelector('.play-screen');
    await endTurnsToTheEnding(page);
    await page.waitForSelector('.bots[aria-busy="false"]', { timeout: 120_000 });
    // The quick bots' games and the expert's come from two workers; the field is both, as in Node.
    const index = nodeScenario('tutorial');
    const scores = [...standardBotGames('advisor-2', 25, 0).slice(0, -1), ...expertBotGames()].map((g) => playWithBot(index, g.seed, g.bot).game().ending!.score);
    const expertScores = scores.slice(-expertBotGames().length);
    expect(Number(await page.textContent('[data-testid=bots-expert]'))).toBe(median(expertScores));
    expect(Number(await page.textContent('[data-testid=bots-best]'))).toBe(Math.max(...scores));
    expect(Number(await page.textContent('[data-testid=bots-median]'))).toBe(median(scores));
    expect(await page.textContent('.bots')).toContain(`The expert, median of its ${EXPERT_GAMES} games`);
    expect(await page.textContent('.bots')).toContain(`Best of ${scores.length} bot games, the expert’s ${EXPERT_GAMES} among them`);
    // A screen reader hears the field once, whole, as the panel shows it (the quick games' figures said first changed under it).
    await page.waitForFunction(() => /bot games are in/.test(document.getElementById('announcer')?.textContent ?? ''));
    expect(await page.textContent('#announcer')).toMatch(new RegExp(`^All ${scores.length} bot games are in: best ${Math.max(...scores)}, median ${median(scores)}, the expert’s median ${median(expertScores)}; your score \\d+ would rank \\d+ of ${scores.length + 1}\\.$`));
    await page.evaluate(() => document.querySelector('.bots')?.scrollIntoView());
    await shot(page, 'advisor-debrief-expert');
    // Played here on a fresh browser; the next game of the scenario takes them from what this
    // browser kept (the same seeds and build give the same games) instead of playing them again.
    expect(await page.getAttribute('.bots', 'data-expert-kept')).toBeNull();
    await page.click('[data-key="play-again"]');
    await page.click('[data-testid="choice-shipped:tutorial"]');
    await startWithSeed(page, 'advisor-3');
    await endTurnsToTheEnding(page);
    await page.waitForSelector('.bots[aria-busy="false"]', { timeout: 120_000 });
    expect(await page.getAttribute('.bots', 'data-expert-kept')).toBe('true');
    expect(Number(await page.textContent('[data-testid=bots-expert]'))).toBe(median(expertScores));
    expect(Number(await page.textContent('[data-testid=bots-median]'))).toBe(median(scores));
    expect(errors).toEqual([]);
  });
});
