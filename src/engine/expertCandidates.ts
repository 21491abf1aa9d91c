// The plans the expert weighs at a turn's planning: the lookahead's candidates (ending the turn
// now, or each open option first then the greedy bot's fill; lookahead.ts, shared with the
// advisor) and two kinds the greedy bot never tries: its plan without one of its options, and its
// plan cut short after its first k options (the capital left saved for later turns). On the 2016
// scenario these moved the expert's median from +0.6 % to about +5 % over the greedy bot's
// (docs/balance.md); the candidates are deduplicated, the first of equal plans kept.
import { candidatesAt, type Candidate } from './lookahead';
import type { ScenarioIndex } from './scenarioIndex';
import type { GameState } from './state';

const planKey = (plan: readonly string[]) => plan.join('\n');

/** The greedy bot's plan with one option left out, and its first k options alone (1 ≤ k < length). */
export function trimmedPlans(greedyPlan: readonly string[]): string[][] {
  const plans: string[][] = [];
  for (let left = 0; left < greedyPlan.length; left++) plans.push(greedyPlan.filter((_, i) => i !== left));
  for (let k = 1; k < greedyPlan.length; k++) plans.push(greedyPlan.slice(0, k));
  return plans;
}

/** Every candidate plan but the greedy bot's own, each once: at most open options + 2 × the greedy plan's length. */
export function expertCandidates(state: GameState, index: ScenarioIndex, greedyPlan: readonly string[]): Candidate[] {
  const seen = new Set<string>([planKey(greedyPlan)]);
  const candidates: Candidate[] = [];
  for (const candidate of [...candidatesAt(state, index), ...trimmedPlans(greedyPlan).map((plan) => ({ first: plan[0] ?? null, plan }))]) {
    const key = planKey(candidate.plan);
    if (seen.has(key)) continue;
    seen.add(key);
    candidates.push(candidate);
  }
  return candidates;
}
