// Bargaining in rounds in the page: a Rozman 2016 game by link, played with the mouse by the
// greedy bot in lockstep with Node, where the bot offers the middle. The counter-offer dialog shows
// the middle (its cost, terms, rounds left and patience); the "Why?" shows each round with its
// terms, chance and roll; the game ends where the engine's ends.
import { afterAll, describe, expect, it } from 'vitest';
import { playWithBot } from '../../src/app/playBot';
import { bargainStatus, counterPerTurn, gameLog, inSentence, middleDealEffects, middlePerTurn, roundsOf, roundWeighing } from '../../src/engine';
import { negotiationEndWords } from '../../src/ui/negotiationEnd';
import { nodeScenario, openGame, shot, type Opened } from './game/helpers';
import { endingOf, endingShown, mouseDriver, playThrough } from './game/playThrough';

const index = nodeScenario('mother-russia-2016');
let o: Opened | undefined;
afterAll(async () => {
  await o?.browser.close();
});

/** The first seed whose greedy game offers the middle and sees Japan keep its counter-offer (so a second round shows). */
function seedWithRounds(): string {
  for (let i = 1; i <= 400; i++) {
    const seed = `rounds-${i}`;
    if (gameLog(playWithBot(index, seed, 'greedy').game()).some((e) => e.kind === 'bargain' && e.round.outcome === 'hold')) return seed;
  }
  throw new Error('no seed where the greedy bot bargains twice');
}

describe('bargaining in rounds', () => {
  it('offers the middle in the counter-offer dialog and explains every round', async () => {
    const seed = seedWithRounds();
    o = await openGame({ width: 1280, height: 800 }, `#scenario=mother-russia-2016&seed=${seed}`);
    const { page, errors } = o;
    await page.waitForSelector('.play-screen');
    const driver = mouseDriver(page);
    let middleSeen = false;
    let roundSeen = false;
    let unaffordableSeen = false;
    let moveSeen = false;
    const perTurnSeen = new Set<'own' | 'proposal'>();
    const session = await playThrough(page, index, seed, driver, {
      async onPlanning(turn) {
        if (turn !== 2 || moveSeen) return;
        // A world move's "Why?" shows every move the actor weighed and its faces of the die.
        const why = page.locator('[data-key^="why-move-1-"], [data-key^="why-idle-1-"]').first();
        if ((await why.count()) === 0) return;
        if (!(await why.isVisible())) await page.click('.report details summary');
        await why.click();
        await page.waitForSelector('dialog.why[open] .moves-line');
        expect(await page.textContent('dialog.why[open] .moves-line')).toContain('No move');
        await shot(page, 'bargain-1280x800-why-move');
        await page.keyboard.press('Escape');
        await page.waitForSelector('dialog.why', { state: 'detached' });
        moveSeen = true;
      },
      async onCounter(s) {
        const decision = s.snapshot().context.counter!;
        const option = index.options.get(decision.option)!;
        // What the counter-offer does: its effects, and each turn's (its own, or the proposal's, which go on under it).
        const own = option.counter!.perTurn !== undefined;
        const perTurn = option.duration > 0 ? counterPerTurn(option) : [];
        await page.waitForSelector('dialog.counter-dialog[open] .option-effects');
        const counterEffects = page.locator('dialog.counter-dialog .option-effects').first();
        expect(await counterEffects.locator('li').count()).toBe(option.counter!.effects.length + perTurn.length);
        if (perTurn.length > 0) expect(await counterEffects.textContent()).toContain(own ? 'Each turn while in force:' : 'Each turn while in force (as in your proposal):');
        if (perTurn.length > 0) perTurnSeen.add(own ? 'own' : 'proposal');
        if (!option.counter!.rounds) return;
        await page.waitForSelector('dialog.counter-dialog[open] .middle-offer');
        const text = await page.textContent('dialog.counter-dialog .middle-offer');
        const rounds = roundsOf(gameLog(s.game()), decision);
        expect(text).toContain(`Rounds left: ${option.counter!.rounds - rounds.length} of ${option.counter!.rounds}`);
        expect(text).toContain(`falls by ${option.counter!.patience} points a round`);
        // What the middle costs and does, as the engine has it.
        const { cost } = bargainStatus(s.game(), index, decision);
        expect(text).toContain(cost > 0 ? `It costs ${cost} more diplomatic capital, paid only if agreed.` : 'It costs no more diplomatic capital.');
        const effects = middleDealEffects(option).length + (option.duration > 0 ? middlePerTurn(option).length : 0);
        expect(effects).toBeGreaterThan(0);
        expect(await page.$$eval('dialog.counter-dialog .middle-offer .option-effects li', (items) => items.length)).toBe(effects);
        expect(await page.textContent('[data-key="counter-back"]')).toMatch(/^Offer the middle/);
        // The next round's odds before it is offered, as the rules weigh them (once shown only in the "Why?" after the turn).
        const next = roundWeighing(s.game(), index, decision);
        if (rounds.length < option.counter!.rounds) {
          expect(await page.textContent('[data-testid=middle-odds]')).toBe(
            `This round (${next.round}), ${inSentence(index, decision.actor)} accepts the middle with a chance of ${next.chance}\u00a0% (${next.terms.map((t, i) => (i === 0 || t.value === 0 ? String(t.value) : t.value > 0 ? `+${t.value}` : `−${-t.value}`)).join(' ')}${next.chance === next.terms.reduce((a, t) => a + t.value, 0) ? '' : ', kept between 3 and 97'}); else it keeps its counter-offer ${next.holdBelow - next.chance}\u00a0% of the time, and walks away ${100 - next.holdBelow}\u00a0%.`,
          );
        }
        // A counter-offer the player cannot afford is not offered as the main action.
        const affordable = option.counter!.extraCost <= s.game().capital;
        expect(await page.getAttribute('[data-key="counter-take"]', 'aria-disabled')).toBe(affordable ? null : 'true');
        expect(await page.getAttribute('[data-key="counter-take"]', 'class')).toContain(affordable ? 'primary' : 'secondary');
        if (!affordable) {
          unaffordableSeen = true;
          // Why it cannot be taken is read with the button, which stays focusable.
          expect(await page.$eval('[data-key="counter-take"]', (b) => (b.getAttribute('aria-describedby') ?? '').split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? ''))).toContainEqual(expect.stringMatching(/^You cannot take it: /));
        }
        await page.click('dialog.counter-dialog .middle-offer summary');
        await shot(page, `bargain-1280x800-round-${rounds.length + 1}`);
        middleSeen = true;
        if (rounds.length > 0) {
          // After a round the dialog says so, and its "Why?" lists each round with its patience term.
          expect(await page.textContent('dialog.counter-dialog .lead')).toContain(`round ${rounds.length}: chance ${rounds.at(-1)!.chance}%, roll ${rounds.at(-1)!.roll}`);
          // A screen reader hears the round's answer, not the first counter-offer's words again,
          // from a live region inside the dialog (the page behind a modal dialog is not heard).
          const heard = `did not accept the middle (round ${rounds.length}: chance ${rounds.at(-1)!.chance}%, roll ${rounds.at(-1)!.roll}) and keeps its counter-offer on “${option.title}”`;
          await page.waitForFunction((t) => (document.getElementById('announcer')?.textContent ?? '').includes(t), heard);
          expect(await page.$eval('#announcer', (el) => el.closest('dialog[open]')?.classList.contains('counter-dialog') ?? false)).toBe(true);
          await page.click('dialog.counter-dialog .why-inline summary');
          expect(await page.locator('dialog.counter-dialog .bargain-round').count()).toBe(rounds.length);
          expect(await page.textContent('dialog.counter-dialog .bargain-round')).toContain('Patience: round 1');
          await page.locator('dialog.counter-dialog .bargain-round').first().scrollIntoViewIfNeeded();
          await shot(page, 'bargain-1280x800-why-rounds');
          roundSeen = true;
        }
      },
    });
    expect(middleSeen).toBe(true);
    expect(moveSeen).toBe(true);
    expect([...perTurnSeen].sort()).toEqual(['own', 'proposal']);
    expect(session.events.some((e) => e.type === 'COUNTER_BACK')).toBe(true);
    expect(await endingShown(page)).toEqual(endingOf(session));
    // The debrief says how each counter-offer ended, as the turn's summary did.
    const log = gameLog(session.game());
    const counters = log.flatMap((e) => (e.kind === 'decision' && e.decision.outcome === 'counter' ? [e] : []));
    expect(counters.length).toBeGreaterThan(1);
    const lines = await page.$$eval('.decision-list > li > details > summary', (els) => els.map((e) => e.textContent ?? ''));
    for (const c of counters) {
      const line = lines.find((l) => l.startsWith(`Turn ${c.turn}: `) && l.includes(index.options.get(c.decision.option)!.title));
      expect(line, c.decision.option).toMatch(new RegExp(`; then ${negotiationEndWords(index, log, c.turn, c.decision.option)}$`));
    }
    expect(errors).toEqual([]);
    expect(roundSeen).toBe(true);
    expect(unaffordableSeen).toBe(true);
  }, 240_000);
});
