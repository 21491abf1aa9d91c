// One proposal's negotiation, in engine terms: the target's decision, then the player's answer
// to a counter-offer. The statechart in src/machines sequences these steps.
import { middleCost } from './middle';
import { must, type ScenarioIndex } from './scenarioIndex';
import type { BargainOutcome, Decision, GameState, NegotiationResult } from './state';
import { copyState } from './stateCopy';
import { decide } from './weigh';
import { capitalLeft } from './capitalLeft';
import type { StandInBot } from './seatHolders';

/**
 * A copy that weighs proposals and records their results in place: it owns its log of the turn
 * and its list of results; the tables of tries and deals it shares with `state` until it counts
 * one (countInto). One copy for all the proposals the rules weigh at once, rather than three a
 * proposal: a 2019 game weighs about 30.
 */
function negotiationCopy(state: GameState): GameState {
  const next = copyState(state);
  next.turnLog = [...state.turnLog];
  next.outcomes = [...state.outcomes];
  return next;
}

/** One more at `slot` of a table of counts of `next`, copied from `from`'s first if still shared with it. */
function countInto(next: GameState, from: GameState, table: 'optionTries' | 'optionTimes', slot: number): void {
  if (next[table] === from[table]) next[table] = from[table].slice();
  next[table][slot]! += 1;
}

/** The target weighs the proposal in a negotiation copy of `from`: the decision logged, the die's draw kept, the try counted. */
function weighInto(next: GameState, from: GameState, index: ScenarioIndex, optionId: string): Decision {
  const { decision, rng } = decide(next, index, optionId);
  next.turnLog.push({ kind: 'decision', turn: next.turn, decision });
  next.rng = rng;
  countInto(next, from, 'optionTries', index.slots.options.get(optionId)!);
  return decision;
}

/** How a negotiation ended, recorded in a negotiation copy of `from`; a deal counts against the option's `maxTimes`. */
function recordInto(next: GameState, from: GameState, index: ScenarioIndex, decision: Decision, result: NegotiationResult): void {
  const { option, actor } = decision;
  next.outcomes.push({ option, actor, result });
  if (isDeal(result)) countInto(next, from, 'optionTimes', index.slots.options.get(option)!);
}

/** The target weighs the proposal; the decision is logged and the die's draw kept. */
export function weighProposal(state: GameState, index: ScenarioIndex, optionId: string): { state: GameState; decision: Decision } {
  const next = negotiationCopy(state);
  return { state: next, decision: weighInto(next, state, index, optionId) };
}

const everyTarget = () => true;

/**
 * The rules weigh the queued proposals not yet weighed, in order, while `weighs` says so of the
 * next one's target (a class game waits for a seat's answer), up to the first counter-offer,
 * returned unsettled for the player to answer; an acceptance or a refusal is settled at once, as
 * settleNegotiation would.
 */
export function weighQueued(state: GameState, index: ScenarioIndex, weighs: (target: string | undefined) => boolean = everyTarget): { state: GameState; counter: Decision | null } {
  let next: GameState | null = null;
  for (;;) {
    const now = next ?? state;
    const proposal = now.proposals[now.outcomes.length];
    if (proposal === undefined || !weighs(index.options.get(proposal.option)!.target)) return { state: now, counter: null };
    next ??= negotiationCopy(state);
    const decision = weighInto(next, state, index, proposal.option);
    if (decision.outcome === 'counter') return { state: next, counter: decision };
    recordInto(next, state, index, decision, decision.outcome === 'accept' ? 'accepted' : 'rejected');
  }
}

/** Why the player cannot take a counter-offer now, or null. */
export function counterRefusal(state: GameState, index: ScenarioIndex, decision: Decision): string | null {
  const counter = must(index.options.get(decision.option), 'option', decision.option).counter;
  if (!counter || decision.outcome !== 'counter') return 'there is no counter-offer to take';
  return counterCostRefusal(state, counter);
}

/** Why the player cannot pay a counter-offer's extra cost now, or null (also what another state's player is told before making it). */
export function counterCostRefusal(state: GameState, counter: { title: string; extraCost: number }): string | null {
  if (counter.extraCost <= state.capital) return null;
  return `taking "${counter.title}" costs ${counter.extraCost} more diplomatic capital and ${capitalLeft(state.capital)}`;
}

/** The results that make a deal, and so count against an option's `maxTimes`; a declined counter-offer does not. */
export function isDeal(result: NegotiationResult): boolean {
  return result === 'accepted' || result === 'counter-taken' || result === 'middle-taken';
}

/**
 * Records how a negotiation ended; resolution applies it. `counterTaken` only for counters; `by`:
 * the bot that answered the counter-offer for a class game's player nobody was deciding for.
 */
export function settleNegotiation(state: GameState, index: ScenarioIndex, decision: Decision, counterTaken = false, by?: StandInBot): GameState {
  const { option, actor } = decision;
  const next = negotiationCopy(state);
  let result: NegotiationResult;
  if (decision.outcome === 'accept') result = 'accepted';
  else if (decision.outcome === 'reject') result = 'rejected';
  else {
    result = counterTaken ? 'counter-taken' : 'counter-declined';
    next.turnLog.push({ kind: 'counter', turn: state.turn, option, actor, taken: counterTaken, answeredBy: by });
    if (counterTaken) next.capital -= must(index.options.get(option), 'option').counter!.extraCost;
  }
  recordInto(next, state, index, decision, result);
  return next;
}

/** Ends a bargaining whose last round decided it: the middle agreed (and paid for), or the target walked away (a rejection). */
export function settleBargain(state: GameState, index: ScenarioIndex, decision: Decision, outcome: Exclude<BargainOutcome, 'hold'>): GameState {
  const next = negotiationCopy(state);
  if (outcome !== 'walk-away') next.capital -= middleCost(must(index.options.get(decision.option), 'option').counter!);
  recordInto(next, state, index, decision, outcome === 'walk-away' ? 'rejected' : 'middle-taken');
  return next;
}
