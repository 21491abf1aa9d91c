// One proposal's negotiation, in engine terms: the target's decision, then the player's answer
// to a counter-offer. The statechart in src/machines sequences these steps.
import { countedOne } from './counts';
import { middleCost } from './middle';
import { must, type ScenarioIndex } from './scenarioIndex';
import type { BargainOutcome, Decision, GameState, NegotiationResult } from './state';
import { copyState, withTurnLog } from './stateCopy';
import { decide } from './weigh';
import { capitalLeft } from './capitalLeft';
import type { StandInBot } from './seatHolders';

/** The target weighs the proposal; the decision is logged and the die's draw kept. */
export function weighProposal(state: GameState, index: ScenarioIndex, optionId: string): { state: GameState; decision: Decision } {
  const { decision, rng } = decide(state, index, optionId);
  const next = withTurnLog(state, [...state.turnLog, { kind: 'decision', turn: state.turn, decision }]);
  next.rng = rng;
  next.optionTries = countedOne(state.optionTries, index.slots.options.get(optionId)!);
  return { state: next, decision };
}

/**
 * The rules' seat weighs the proposal and, unless it counter-offers, the negotiation ends there;
 * a counter-offer is returned unsettled, for the player to answer.
 */
export function weighByRules(state: GameState, index: ScenarioIndex, optionId: string): { state: GameState; counter: Decision | null } {
  const weighed = weighProposal(state, index, optionId);
  if (weighed.decision.outcome === 'counter') return { state: weighed.state, counter: weighed.decision };
  return { state: settleNegotiation(weighed.state, index, weighed.decision, false), counter: null };
}

/** Why the player cannot take a counter-offer now, or null. */
export function counterRefusal(state: GameState, index: ScenarioIndex, decision: Decision): string | null {
  const counter = must(index.options.get(decision.option), 'option', decision.option).counter;
  if (!counter || decision.outcome !== 'counter') return 'there is no counter-offer to take';
  if (counter.extraCost > state.capital) {
    return `taking "${counter.title}" costs ${counter.extraCost} more diplomatic capital and ${capitalLeft(state.capital)}`;
  }
  return null;
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
  let next: GameState = state;
  let result: NegotiationResult;
  if (decision.outcome === 'accept') result = 'accepted';
  else if (decision.outcome === 'reject') result = 'rejected';
  else {
    result = counterTaken ? 'counter-taken' : 'counter-declined';
    next = withTurnLog(state, [...state.turnLog, { kind: 'counter', turn: state.turn, option, actor, taken: counterTaken, answeredBy: by }]);
    if (counterTaken) next.capital -= must(index.options.get(option), 'option').counter!.extraCost;
  }
  return recordResult(next, index, decision, result);
}

/** Ends a bargaining whose last round decided it: the middle agreed (and paid for), or the target walked away (a rejection). */
export function settleBargain(state: GameState, index: ScenarioIndex, decision: Decision, outcome: Exclude<BargainOutcome, 'hold'>): GameState {
  if (outcome === 'walk-away') return recordResult(state, index, decision, 'rejected');
  const cost = middleCost(must(index.options.get(decision.option), 'option').counter!);
  const paid = copyState(state);
  paid.capital -= cost;
  return recordResult(paid, index, decision, 'middle-taken');
}

function recordResult(state: GameState, index: ScenarioIndex, decision: Decision, result: NegotiationResult): GameState {
  const { option, actor } = decision;
  const next = copyState(state);
  next.outcomes = [...state.outcomes, { option, actor, result }];
  if (isDeal(result)) next.optionTimes = countedOne(state.optionTimes, index.slots.options.get(option)!);
  return next;
}
