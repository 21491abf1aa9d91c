// The expert: at each turn's planning it plays the future out. Every candidate plan (the greedy
// bot's own plan, ending the turn now, proposing one open option first and letting the greedy
// bot fill the rest of the turn, or the greedy plan without one of its options or cut short; see
// expertCandidates.ts) is finished by the greedy bot over EXPERT_PLAYTHROUGHS playthroughs of
// fresh dice, the same dice for every candidate. The expert
// keeps the greedy bot's plan unless a candidate beats it on those same dice: its mean final
// score higher by more than one standard error of the paired differences (so that
// luck in a few playthroughs does not talk it out of a good plan), the largest such gain winning,
// the earlier candidate on a tie. Its dice are seeded from the game's seed, the turn and the
// decision, never from the game's generator, so it decides the same whatever the game's dice will
// be. Counter-offers, actors' offers and crises it answers as the greedy bot does: deciding those
// by playthroughs too (32 each, same margin) moved the 2016 median by nothing (counters), −2
// (crises) and −10 (offers) on 50 seeds, within the noise, for more time.
import { greedyBot, type Bot } from './bots';
import { expertCandidates } from './expertCandidates';
import { pairedChoice } from './pairedChoice';
import { greedyFill, playThrough } from './playthrough';
import type { ScenarioIndex } from './scenarioIndex';
import type { GameState } from './state';

/**
 * Playthroughs per candidate plan: the bound on a decision's time is (1 + open options + 2 × the
 * greedy plan's length) × this many games played out. 32 rather than 16: on the 2016 scenario the
 * median rose from 327 to 336 (50 seeds); 64 gave nothing more (330).
 */
export const EXPERT_PLAYTHROUGHS = 32;

/** The seed of the expert's dice for a decision: the game's seed, the turn and what is decided. */
export const expertDiceSeed = (state: GameState, decision: string) => `${state.seed}/expert/${state.turn}/${decision}`;

/** The proposals of the expert's plan for this turn. */
export function expertPlan(state: GameState, index: ScenarioIndex, playthroughs = EXPERT_PLAYTHROUGHS): string[] {
  const diceSeed = expertDiceSeed(state, 'plan');
  const reference = greedyFill(state, index);
  const plans = [reference, ...expertCandidates(state, index, reference).map((c) => c.plan)];
  return pairedChoice(plans, (plan, i) => playThrough(state, index, plan, `${diceSeed}/${i}`).score, playthroughs);
}

export function expertBot(): Bot {
  const greedy = greedyBot();
  return {
    plan: (state, index) => [...expertPlan(state, index).map((option) => ({ type: 'PROPOSE' as const, option })), { type: 'END_TURN' }],
    answerCounter: greedy.answerCounter,
    answerOffer: greedy.answerOffer,
    answerCrisis: greedy.answerCrisis,
  };
}
