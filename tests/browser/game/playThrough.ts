// Plays a whole game in the page and, in lockstep, the same game in Node: the greedy bot chooses
// (on the Node state), a driver performs each choice in the page (with the mouse or the keyboard),
// and after every step the page must show what the engine says.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { availableCrisisAnswers, createBot, type BotChoice, type ScenarioIndex } from '../../../src/engine';
import { phaseOf, startSession, type GameSession } from '../../../src/app/session';
import { shown } from './helpers';

export interface Driver {
  propose(option: string, target: string): Promise<void>;
  withdraw(option: string): Promise<void>;
  endTurn(): Promise<void>;
  answerCounter(answer: CounterAnswer): Promise<void>;
  /** Answers the open crisis; by default clicks the answer's button. */
  answerCrisis?(answer: string): Promise<void>;
}

export type CounterAnswer = 'TAKE_COUNTER' | 'DECLINE_COUNTER' | 'COUNTER_BACK';

/** The counter-offer dialog's button for each answer. */
export const COUNTER_BUTTON: Record<CounterAnswer, string> = {
  TAKE_COUNTER: '[data-key="counter-take"]',
  DECLINE_COUNTER: '[data-key="counter-decline"]',
  COUNTER_BACK: '[data-key="counter-back"]',
};

/** Performs each choice with the mouse, as a person would: the actor, then the option's button. */
export function mouseDriver(page: Page): Driver {
  return {
    async propose(option, target) {
      await page.click(`[data-actor="${target}"]`);
      await page.click(`[data-key="option-action-${option}"]`);
    },
    async withdraw(option) {
      await page.click(`[data-key="queue-withdraw-${option}"]`);
    },
    async endTurn() {
      await page.click('[data-key="end-turn"]');
    },
    async answerCounter(answer) {
      await page.click(COUNTER_BUTTON[answer]);
    },
  };
}

export interface Hooks {
  /** Called at each turn's planning, before the turn's choices. */
  onPlanning?(turn: number, session: GameSession): Promise<void>;
  /** Called when a counter-offer dialog is up, before it is answered. */
  onCounter?(session: GameSession): Promise<void>;
  /** Called when a crisis dialog is up, before it is answered. */
  onCrisis?(session: GameSession): Promise<void>;
}

/** Waits until the page shows the Node session's turn, capital and phase. */
export async function expectInStep(page: Page, session: GameSession, what: string): Promise<void> {
  const phase = phaseOf(session.snapshot());
  const want = { turn: session.game().turn, capital: session.game().capital, counter: phase === 'counter', crisis: phase === 'crisis', offer: phase === 'offer', ending: phase === 'over' };
  const deadline = Date.now() + 15_000;
  let got = await shown(page);
  for (;;) {
    const same = want.ending
      ? got.ending
      : got.turn === want.turn && got.capital === want.capital && got.counter === want.counter && got.crisis === want.crisis && got.offer === want.offer && !got.ending;
    if (same) return;
    if (Date.now() > deadline) break;
    await page.waitForTimeout(50);
    got = await shown(page);
  }
  expect(got, `after ${what}, the page should show the engine's state`).toEqual(want.ending ? { ...got, ending: true } : { ...want });
}

export async function playThrough(page: Page, index: ScenarioIndex, seed: string, driver: Driver, hooks: Hooks = {}): Promise<GameSession> {
  const session = startSession(index, seed);
  const bot = createBot('greedy', seed);
  const perform = async (choice: BotChoice) => {
    if (choice.type === 'PROPOSE') await driver.propose(choice.option, index.options.get(choice.option)!.target ?? index.scenario.player.id);
    else if (choice.type === 'END_TURN') await driver.endTurn();
    else if (choice.type === 'ANSWER_CRISIS') await (driver.answerCrisis ? driver.answerCrisis(choice.answer) : page.click(`dialog.crisis-dialog[open] [data-key="crisis-answer-${choice.answer}"]`));
    else if (choice.type === 'ANSWER_OFFER') await page.click(`dialog.offer-dialog[open] [data-key="${choice.take ? 'offer-take' : 'offer-decline'}"]`);
    else await driver.answerCounter(choice.type);
    expect(session.send(choice), `the engine accepts ${JSON.stringify(choice)}`).toBeNull();
    await expectInStep(page, session, JSON.stringify(choice));
  };
  await expectInStep(page, session, 'the start');
  for (let guard = 0; guard < 500; guard++) {
    const phase = phaseOf(session.snapshot());
    if (phase === 'over') return session;
    if (phase === 'crisis') {
      await hooks.onCrisis?.(session);
      await perform(bot.answerCrisis(session.game(), index));
      continue;
    }
    if (phase === 'offer') {
      await perform(bot.answerOffer(session.game(), index, session.snapshot().context.offer!));
      continue;
    }
    if (phase === 'counter') {
      await hooks.onCounter?.(session);
      await perform(bot.answerCounter(session.game(), index, session.snapshot().context.counter!));
      continue;
    }
    await hooks.onPlanning?.(session.game().turn, session);
    for (const choice of bot.plan(session.game(), index)) {
      await perform(choice);
      if (phaseOf(session.snapshot()) !== 'planning') break;
    }
  }
  throw new Error('the game did not end');
}

/** What the ending screen shows, to compare with the engine. */
export async function endingShown(page: Page): Promise<{ id: string; title: string; score: number; checksum: string; seed: string; hash: string }> {
  await page.waitForSelector('[data-testid=final-checksum]');
  return page.evaluate(() => {
    const text = (sel: string) => document.querySelector(sel)?.textContent?.trim() ?? '';
    return {
      id: document.querySelector('[data-testid=ending-title]')!.getAttribute('data-ending-id') ?? '',
      title: text('[data-testid=ending-title]'),
      score: Number(text('[data-testid=final-score]')),
      checksum: text('[data-testid=final-checksum]'),
      seed: text('[data-testid=seed]'),
      hash: text('[data-testid=scenario-hash]'),
    };
  });
}

/** Everything the engine says about the end of a session, in the same shape. */
export function endingOf(session: GameSession): { id: string; title: string; score: number; checksum: string; seed: string; hash: string } {
  const game = session.game();
  return {
    id: game.ending!.id,
    title: session.index.scenario.endings.find((e) => e.id === game.ending!.id)!.title,
    score: game.ending!.score,
    checksum: game.history.at(-1)!.checksum,
    seed: session.seed,
    hash: session.index.hash,
  };
}

/**
 * Ends the turn in the page and in Node, then answers whatever the turn brings up the same way in
 * both (an offer or a counter-offer declined, a crisis given its first answer) until the player
 * plans again or the game ends.
 */
export async function endTurnInStep(page: Page, session: GameSession, what: string): Promise<void> {
  await page.click('[data-key="end-turn"]');
  expect(session.send({ type: 'END_TURN' })).toBeNull();
  await settleInStep(page, session, what);
}

/** Answers, in the page and in Node, what waits for the player before planning (see endTurnInStep). */
export async function settleInStep(page: Page, session: GameSession, what: string): Promise<void> {
  for (let guard = 0; guard < 100; guard++) {
    await expectInStep(page, session, what);
    const phase = phaseOf(session.snapshot());
    let choice: BotChoice;
    if (phase === 'offer') {
      choice = { type: 'ANSWER_OFFER', take: false };
      await page.click('dialog.offer-dialog[open] [data-key="offer-decline"]');
    } else if (phase === 'counter') {
      choice = { type: 'DECLINE_COUNTER' };
      await page.click(COUNTER_BUTTON.DECLINE_COUNTER);
    } else if (phase === 'crisis') {
      const answer = availableCrisisAnswers(session.game(), session.index)[0]!;
      choice = { type: 'ANSWER_CRISIS', answer };
      await page.click(`dialog.crisis-dialog[open] [data-key="crisis-answer-${answer}"]`);
    } else return;
    expect(session.send(choice), `the engine accepts ${JSON.stringify(choice)}`).toBeNull();
  }
  throw new Error(`after ${what}, the game kept asking the player`);
}
