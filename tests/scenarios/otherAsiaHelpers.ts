// Helpers for the claim tests of "Between China, the US and the Other Asia (2014–2019)": load the
// real scenario file, set up a position, weigh one proposal over many seeds, and play whole games
// with a scripted policy. Games are driven by the pure engine (no statechart, no bot), which makes
// the same decisions as a session but fast enough for a few hundred games in a test.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  beginTurn,
  counterRefusal,
  endCheck,
  indexScenario,
  newGame,
  proposalRefusal,
  propose,
  resolveTurn,
  settleNegotiation,
  weighProposal,
  worldMoves,
  type Decision,
  type GameState,
  type ScenarioIndex,
} from '../../src/engine';
import { seedRng } from '../../src/engine/rng';
import { formatError } from '../../src/scenario/errors';
import { loadScenario } from '../../src/scenario/load';
import type { Scenario } from '../../src/scenario/schema';

export const SCENARIO_PATH = fileURLToPath(new URL('../../scenarios/other-asia-2019.yaml', import.meta.url));

/** The scenario as shipped, loaded and checked like the game loads it. */
export function loadOtherAsia(): { scenario: Scenario; index: ScenarioIndex } {
  const result = loadScenario(readFileSync(SCENARIO_PATH, 'utf8'), SCENARIO_PATH);
  if (!result.ok) throw new Error(`the scenario does not load:\n${result.errors.map(formatError).join('\n')}`);
  return { scenario: result.scenario, index: indexScenario(result.scenario, result.hash) };
}

/** A variant of the scenario (a "what if"), indexed without the file checks. */
export function variant(scenario: Scenario, change: (copy: Scenario) => void): ScenarioIndex {
  const copy = structuredClone(scenario);
  change(copy);
  return indexScenario(copy, `variant-of-${scenario.id}`);
}

export function seeds(n: number, prefix = 'claim'): string[] {
  return Array.from({ length: n }, (_, i) => `${prefix}-${i + 1}`);
}

/** The same position with the dice of another seed: only the rolls differ between seeds. */
export function withDice(state: GameState, seed: string): GameState {
  return { ...state, seed, rng: seedRng(seed) };
}

/** Options the player tries this turn, in order; those that cannot be proposed are skipped. */
export type Policy = (state: GameState, index: ScenarioIndex) => readonly string[];

export const passive: Policy = () => [];

export interface PlayOptions {
  policy?: Policy;
  /** Take counter-offers (when affordable) or decline them. Default: take. */
  counters?: 'take' | 'decline';
  /** Stop at the planning phase of this turn (its briefing done); default: play to the end. */
  until?: number;
}

/** One turn from its planning phase: proposals, negotiations, world moves, resolution, end check. */
export function playTurn(state: GameState, index: ScenarioIndex, policy: Policy, counters: 'take' | 'decline' = 'take'): GameState {
  let s = state;
  for (const option of policy(s, index)) if (proposalRefusal(s, index, option) === null) s = propose(s, index, option);
  for (const proposal of s.proposals) {
    const weighed = weighProposal(s, index, proposal.option);
    const take = weighed.decision.outcome === 'counter' && counters === 'take' && counterRefusal(weighed.state, index, weighed.decision) === null;
    s = settleNegotiation(weighed.state, index, weighed.decision, take);
  }
  return endCheck(resolveTurn(worldMoves(s, index), index), index);
}

/** Plays a game from its first briefing (or from `from`, a state in planning) with a policy. */
export function play(index: ScenarioIndex, seed: string, options: PlayOptions = {}, from?: GameState): GameState {
  let s = from ?? beginTurn(newGame(index, seed), index);
  const last = index.scenario.calendar.turns;
  for (;;) {
    if (options.until !== undefined && s.turn >= options.until) return s;
    s = playTurn(s, index, options.policy ?? passive, options.counters);
    if (s.ending || s.turn >= last) return s;
    s = beginTurn(s, index);
  }
}

/** The target's decision on one proposal from this position (the die is the position's next one). */
export function decideOn(state: GameState, index: ScenarioIndex, option: string): Decision {
  return weighProposal(state, index, option).decision;
}

/** Share of items for which `test` holds, in percent (one decimal). */
export function percent<T>(items: readonly T[], test: (item: T) => boolean): number {
  return Math.round((items.filter(test).length * 1000) / items.length) / 10;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** The value of a decision's term whose label contains `label`, or undefined. */
export function term(decision: Decision, label: string): number | undefined {
  return decision.terms.find((t) => t.label.includes(label))?.value;
}

export function moveHappened(state: GameState, actor: string, move: string): boolean {
  return state.log.some((e) => e.kind === 'move' && e.actor === actor && e.move === move && e.happened);
}

/** A policy from a fixed preference list: tries each option in order while capital lasts. */
export function prefer(...options: string[]): Policy {
  return () => options;
}
