// A game played on by a bot with engine calls only (no XState), in the game statechart's order:
// the actors' offers after the briefing, the plan, the negotiations (counter-offers and rounds of
// bargaining answered by the bot), then closeTurn. The bench, the expert's lookahead and the
// advisor's playthroughs all play this way; bench/engine.ts checks it reaches the statechart's
// checksums.
import type { Bot } from './bots';
import { beginTurn } from './briefing';
import { closeTurn, nextRuleOffer } from './closeTurn';
import { bargainRound } from './rounds';
import { answerOffer } from './offers';
import { counterRefusal, settleBargain, settleNegotiation, weighQueued } from './negotiation';
import { queuePlan } from './planning';
import type { ScenarioIndex } from './scenarioIndex';
import type { Decision, GameState } from './state';
import { withoutLog } from './stateCopy';

/** Weighs the proposals not yet weighed, stopping at a counter-offer (returned for an answer). */
export function negotiate(state: GameState, index: ScenarioIndex): { state: GameState; counter: Decision | null } {
  return weighQueued(state, index);
}

/** A new turn's briefing, then the actors' offers, each answered by the bot. */
export function openTurn(state: GameState, index: ScenarioIndex, bot: Bot): GameState {
  let s = beginTurn(state, index);
  const asked: string[] = [];
  for (let offer = nextRuleOffer(s, index, asked); offer !== null; offer = nextRuleOffer(s, index, asked)) {
    const answer = bot.answerOffer(s, index, offer);
    s = answerOffer(s, index, offer, answer.type === 'ANSWER_OFFER' && answer.take);
  }
  return s;
}

/** What ends a turn after its negotiations: closeTurn for a game of record; playthroughs skip its checksums. */
export type TurnCloser = (state: GameState, index: ScenarioIndex, answer: (state: GameState) => string) => GameState;

/** From planning: proposes `options` (after any already queued), negotiates with the bot's answers, and closes the turn. */
export function finishTurn(state: GameState, index: ScenarioIndex, bot: Bot, options: readonly string[], close: TurnCloser = closeTurn): GameState {
  let s = state;
  if (options.length > 0) {
    const planned = queuePlan(state, index, options);
    if (planned.refusal !== null) throw new Error(`refused: ${planned.refusal}`);
    s = planned.state;
  }
  for (;;) {
    const step = negotiate(s, index);
    s = step.state;
    if (!step.counter) break;
    s = settleCounter(s, index, bot, step.counter);
  }
  return close(s, index, (now) => botCrisisAnswer(bot, now, index));
}

/**
 * The bot answers a counter-offer (again after each round the target holds), the rounds of
 * bargaining decided by the rules, until the negotiation is settled.
 */
export function settleCounter(state: GameState, index: ScenarioIndex, bot: Bot, decision: Decision): GameState {
  let s = state;
  let answer = bot.answerCounter(s, index, decision);
  // Rounds of bargaining: the middle accepted or walked away from ends it; a hold asks again.
  while (answer.type === 'COUNTER_BACK') {
    const round = bargainRound(s, index, decision);
    s = round.state;
    if (round.round.outcome !== 'hold') return settleBargain(s, index, decision, round.round.outcome);
    answer = bot.answerCounter(s, index, decision);
  }
  return settleNegotiation(s, index, decision, answer.type === 'TAKE_COUNTER' && counterRefusal(s, index, decision) === null);
}

/** The bot's answer to the open crisis. */
export function botCrisisAnswer(bot: Bot, state: GameState, index: ScenarioIndex): string {
  const answer = bot.answerCrisis(state, index);
  if (answer.type !== 'ANSWER_CRISIS') throw new Error(`the bot answered a crisis with ${answer.type}`);
  return answer.answer;
}

/** The proposals of the bot's plan for this turn (its END_TURN dropped). */
export function plannedOptions(bot: Bot, state: GameState, index: ScenarioIndex): string[] {
  const options: string[] = [];
  for (const choice of bot.plan(state, index)) {
    if (choice.type !== 'PROPOSE') break;
    options.push(choice.option);
  }
  return options;
}

/** From a turn's planning to the end of the game, every choice the bot's. */
export function playOn(state: GameState, index: ScenarioIndex, bot: Bot, close: TurnCloser = closeTurn): GameState {
  let s = state;
  for (let guard = 0; guard < 1000; guard++) {
    s = finishTurn(s, index, bot, plannedOptions(bot, s, index), close);
    if (s.ending) return s;
    s = openTurn(close === closeTurn ? s : withoutLog(s), index, bot);
  }
  throw new Error('the game did not end');
}
