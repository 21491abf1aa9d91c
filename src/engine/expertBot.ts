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
import { playCandidate } from './lookahead';
import { greedyFill } from './playthrough';
import type { ScenarioIndex } from './scenarioIndex';
import type { GameState } from './state';

/**
 * Playthroughs per candidate plan: the bound on a decision's time is (1 + open options + 2 × the
 * greedy plan's length) × this many games played out. 32 rather than 16: on the 2016 scenario the
 * median rose from 327 to 336 (50 seeds); 64 gave nothing more (330).
 */
export const EXPERT_PLAYTHROUGHS = 32;

/**
 * How sure a challenger must be: its mean gain over the greedy plan above this many standard
 * errors, squared. Measured on 20 seeds: 2 (1.4 errors) gave up half the gain on the 2016
 * scenario; 0 (the best mean alone) chased luck and lost to the greedy bot on the tutorial.
 */
export const SWITCH_MARGIN_SQUARED = 1;

/** The seed of the expert's dice for a decision: the game's seed, the turn and what is decided. */
export const expertDiceSeed = (state: GameState, decision: string) => `${state.seed}/expert/${state.turn}/${decision}`;

/**
 * The mean of the paired differences d is above k standard errors, k² = SWITCH_MARGIN_SQUARED:
 * Σd > 0 and (Σd)²·(n − 1) > k²·(n·Σd² − (Σd)²), in integers (no square root).
 */
export function clearlyBetter(sum: number, sumOfSquares: number, n: number): boolean {
  return sum > 0 && sum * sum * (n - 1) > SWITCH_MARGIN_SQUARED * (n * sumOfSquares - sum * sum);
}

/** The proposals of the expert's plan for this turn. */
export function expertPlan(state: GameState, index: ScenarioIndex, playthroughs = EXPERT_PLAYTHROUGHS): string[] {
  const diceSeed = expertDiceSeed(state, 'plan');
  const reference = greedyFill(state, index);
  const baseline = playCandidate(state, index, { first: reference[0] ?? null, plan: reference }, diceSeed, 0, playthroughs).map((e) => e.score);
  let best: { plan: string[]; gain: number } = { plan: reference, gain: 0 };
  for (const candidate of expertCandidates(state, index, reference)) {
    let sum = 0;
    let sumOfSquares = 0;
    playCandidate(state, index, candidate, diceSeed, 0, playthroughs).forEach((e, i) => {
      const d = e.score - baseline[i]!;
      sum += d;
      sumOfSquares += d * d;
    });
    if (sum > best.gain && clearlyBetter(sum, sumOfSquares, playthroughs)) best = { plan: candidate.plan, gain: sum };
  }
  return best.plan;
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
