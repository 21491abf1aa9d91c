// How an actor weighs a proposal or one of its own moves. Every term is kept with its label:
// this is what answers "why did Japan refuse?".
import { interestTermsOf } from './interestTerms';
import { clamp, div } from './intmath';
import { capitalized } from './names';
import { rollPercent } from './rng';
import { must, type ProposalWeighing, type ScenarioIndex, type TestedModifier } from './scenarioIndex';
import type { Decision, GameState, Term } from './state';

export const CHANCE_FLOOR = 3;
export const CHANCE_CEILING = 97;
/** Rolls this far above the chance turn into a counter-offer, when the option has one. */
export const COUNTER_BAND = 25;
/** Half the width of the range the player is shown instead of the exact chance. */
export const ESTIMATE_SPREAD = 10;

/** The terms for the interests of `actorId` that `touches` reaches, in the actor's own order. */
export function interestTerms(index: ScenarioIndex, actorId: string, touches: Record<string, number>): Term[] {
  return interestTermsOf(must(index.actors.get(actorId), 'actor', actorId), touches);
}

/** Adds the terms of the modifiers whose condition holds now (each built into a test with the index). */
export function addModifierTerms(terms: Term[], state: GameState, modifiers: readonly TestedModifier[]): Term[] {
  for (const m of modifiers) if (m.holds(state)) terms.push(m.term);
  return terms;
}

export function sumTerms(terms: readonly Term[]): number {
  let total = 0;
  for (const t of terms) total += t.value;
  return total;
}

/** Every term of a target's weighing of an option, before any die is rolled. */
export function proposalTerms(state: GameState, index: ScenarioIndex, optionId: string): Term[] {
  const option = must(index.options.get(optionId), 'option', optionId);
  const player = index.playerInSentence; // labels, not in the checksum
  if (option.target === undefined) return [{ label: `${capitalized(player)} acts alone: no one is asked`, value: 0, kind: 'base' }];
  const actor = must(index.actors.get(option.target), 'actor', option.target);
  const weighing = index.proposalWeighing.get(optionId)!;
  const now = state.actors[weighing.targetSlot]!;
  const terms: Term[] = [...weighing.fixedTerms];
  terms.push({ label: `Relation with ${player} (${now.relation})`, value: div(now.relation * actor.relationWeight, 100), kind: 'relation' });
  terms.push({ label: `Trust in ${player} (${now.trust})`, value: div((now.trust - 50) * actor.trustWeight, 100), kind: 'trust' });
  return addModifierTerms(terms, state, weighing.modifiers);
}

/**
 * The sum of proposalTerms without writing a label: what the bots and the estimate need, asked for
 * every open option each turn. tests/engine/proposalScore.test.ts holds the two equal.
 */
export function proposalScore(state: GameState, index: ScenarioIndex, optionId: string): number {
  must(index.options.get(optionId), 'option', optionId);
  return weighingScore(state, index.proposalWeighing.get(optionId) ?? null);
}

/** proposalScore by the option's weighing (null: a step the player takes alone, weighed by no one). */
function weighingScore(state: GameState, weighing: ProposalWeighing | null): number {
  if (weighing === null) return 0;
  const now = state.actors[weighing.targetSlot]!;
  let score = weighing.fixedScore + div(now.relation * weighing.relationWeight, 100) + div((now.trust - 50) * weighing.trustWeight, 100);
  for (const m of weighing.modifiers) if (m.holds(state)) score += m.value;
  return score;
}

export function chanceOf(score: number): number {
  return clamp(50 + score, CHANCE_FLOOR, CHANCE_CEILING);
}

/**
 * What the player is shown before proposing: a range around the chance, in steps of five, never
 * beyond the chances a decision can have (so never "100 %": nothing is certain).
 */
export function estimateChance(state: GameState, index: ScenarioIndex, optionId: string): { low: number; high: number } {
  const chance = chanceEstimated(state, index.proposalWeighing.get(optionId) ?? null);
  return chance === null ? { low: 100, high: 100 } : { low: estimateLow(chance), high: estimateHigh(chance) };
}

/**
 * estimateChance's low + high for an option by its weighing (index.optionDeals), without the range
 * made for it: the greedy bot weighs every open option by it each turn.
 */
export function estimateLowPlusHigh(state: GameState, weighing: ProposalWeighing | null): number {
  const chance = chanceEstimated(state, weighing);
  return chance === null ? 200 : estimateLow(chance) + estimateHigh(chance);
}

/** The chance the estimate is drawn around; null for a step the player takes alone (carried out, not weighed). */
const chanceEstimated = (state: GameState, weighing: ProposalWeighing | null) => (weighing === null ? null : chanceOf(weighingScore(state, weighing)));
const estimateLow = (chance: number) => clamp(Math.floor((chance - ESTIMATE_SPREAD) / 5) * 5, CHANCE_FLOOR, CHANCE_CEILING);
const estimateHigh = (chance: number) => clamp(Math.ceil((chance + ESTIMATE_SPREAD) / 5) * 5, CHANCE_FLOOR, CHANCE_CEILING);

/** The target decides: accept, counter or reject. Draws one die from the game's generator. */
export function decide(state: GameState, index: ScenarioIndex, optionId: string): { decision: Decision; rng: GameState['rng'] } {
  const option = must(index.options.get(optionId), 'option', optionId);
  const terms = proposalTerms(state, index, optionId);
  // A step the player takes alone is carried out: no one weighs it, no die is drawn.
  if (option.target === undefined) {
    return { decision: { turn: state.turn, option: optionId, actor: index.scenario.player.id, terms, score: 0, chance: 100, counterBelow: 100, roll: 0, outcome: 'accept' }, rng: state.rng };
  }
  const score = sumTerms(terms);
  const chance = chanceOf(score);
  const counterBelow = option.counter ? Math.min(100, chance + COUNTER_BAND) : chance;
  const { value: roll, rng } = rollPercent(state.rng);
  const outcome = roll < chance ? 'accept' : roll < counterBelow ? 'counter' : 'reject';
  return {
    decision: { turn: state.turn, option: optionId, actor: option.target, terms, score, chance, counterBelow, roll, outcome },
    rng,
  };
}
