// The expert: at each turn's planning it plays the future out. Every candidate plan (end the turn
// now, or propose one open option first and let the greedy bot fill the rest of the turn; see
// lookahead.ts) is finished by the greedy bot over EXPERT_PLAYTHROUGHS playthroughs of fresh dice,
// and the candidate with the highest total (so mean) final score is played; on a tie, the earlier
// candidate in that order. Its dice are seeded from the game's seed, the turn and the decision,
// never from the game's generator, so it decides the same whatever the game's dice will be.
// Counter-offers, actors' offers and crises it answers as the greedy bot does.
import { greedyBot, type Bot } from './bots';
import { candidatesAt, playCandidate } from './lookahead';
import type { ScenarioIndex } from './scenarioIndex';
import type { GameState } from './state';

/** Playthroughs per candidate plan: the bound on a decision's time (candidates ≤ open options + 1). */
export const EXPERT_PLAYTHROUGHS = 16;

/** The seed of the expert's dice for a decision: the game's seed, the turn and what is decided. */
export const expertDiceSeed = (state: GameState, decision: string) => `${state.seed}/expert/${state.turn}/${decision}`;

/** The proposals of the best candidate plan for this turn. */
export function expertPlan(state: GameState, index: ScenarioIndex, playthroughs = EXPERT_PLAYTHROUGHS): string[] {
  const diceSeed = expertDiceSeed(state, 'plan');
  let best: { plan: string[]; total: number } | null = null;
  for (const candidate of candidatesAt(state, index)) {
    let total = 0;
    for (const ending of playCandidate(state, index, candidate, diceSeed, 0, playthroughs)) total += ending.score;
    if (best === null || total > best.total) best = { plan: candidate.plan, total };
  }
  return best!.plan;
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
