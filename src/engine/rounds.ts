// Bargaining in rounds: after a counter-offer the player may answer with the middle between the
// proposal and the counter-offer, up to the counter's `rounds`; each round the target's chance of
// accepting falls by its `patience`. One die per round, from the game's generator, unless a bot or
// a person holds the target's seat: then that seat decides the round (docs/rules.md).
import { clamp, div } from './intmath';
import { middleCost } from './middle';
import { inSentence } from './names';
import { rollPercent } from './rng';
import { must, type ScenarioIndex } from './scenarioIndex';
import type { BargainOutcome, BargainRound, Decision, GameState, LogEntry, Term } from './state';
import { withTurnLog } from './stateCopy';
import { CHANCE_CEILING, CHANCE_FLOOR, COUNTER_BAND, sumTerms } from './weigh';
import { capitalLeft } from './capitalLeft';

/** The rounds already bargained over this decision, in order (from the log). */
export function roundsOf(log: readonly LogEntry[], decision: Decision): BargainRound[] {
  const rounds: BargainRound[] = [];
  for (const e of log) if (e.kind === 'bargain' && e.turn === decision.turn && e.option === decision.option) rounds.push(e.round);
  return rounds;
}

/** Where the bargaining over a counter-offer stands: rounds allowed, used and left, and the middle's price. */
export function bargainStatus(state: GameState, index: ScenarioIndex, decision: Decision): { allowed: number; used: number; left: number; cost: number; patience: number } {
  const counter = must(index.options.get(decision.option), 'option', decision.option).counter;
  const allowed = counter?.rounds ?? 0;
  const used = roundsOf(state.turnLog, decision).length;
  return { allowed, used, left: Math.max(0, allowed - used), cost: counter ? middleCost(counter) : 0, patience: counter?.patience ?? 0 };
}

/** Why the player cannot answer the counter-offer with the middle now, or null. */
export function counterBackRefusal(state: GameState, index: ScenarioIndex, decision: Decision): string | null {
  const counter = must(index.options.get(decision.option), 'option', decision.option).counter;
  if (!counter || decision.outcome !== 'counter') return 'there is no counter-offer to answer';
  const status = bargainStatus(state, index, decision);
  if (status.allowed === 0) return `${inSentence(index, decision.actor)} will not bargain over "${counter.title}": take it or decline it`;
  if (status.left === 0) return `no round of bargaining is left (${status.allowed} allowed): take the counter-offer or decline it`;
  if (status.cost > state.capital) return `offering the middle costs ${status.cost} more diplomatic capital and ${capitalLeft(state.capital)}`;
  return null;
}

/**
 * The target's weighing of the middle in round `round`: the chance it gave the proposal, plus
 * half the way from there to 100 (the counter-offer is its own, which it would take for sure),
 * minus its patience once per round.
 */
export function roundTerms(index: ScenarioIndex, decision: Decision, round: number): Term[] {
  const counter = must(index.options.get(decision.option), 'option', decision.option).counter!;
  return [
    { label: 'Chance it gave the proposal', value: decision.chance, kind: 'chance' },
    { label: 'Halfway towards its own counter-offer', value: div(100 - decision.chance, 2), kind: 'middle' },
    // 0 − …, not −…: a patience of 0 would give −0, which V8 keeps as a boxed double, and the
    // terms' values would all be read as doubles from then on (stateCopy.ts says what that costs).
    { label: `Patience: round ${round} × −${counter.patience}`, value: 0 - counter.patience * round, kind: 'patience' },
  ];
}

/** The rules' weighing of the next round (its number, terms, chance and hold band), before any die. */
export function roundWeighing(state: GameState, index: ScenarioIndex, decision: Decision): Pick<BargainRound, 'round' | 'of' | 'terms' | 'chance' | 'holdBelow' | 'cost'> {
  const status = bargainStatus(state, index, decision);
  const number = status.used + 1;
  const terms = roundTerms(index, decision, number);
  const chance = clamp(sumTerms(terms), CHANCE_FLOOR, CHANCE_CEILING);
  return { round: number, of: status.allowed, terms, chance, holdBelow: Math.min(100, chance + COUNTER_BAND), cost: status.cost };
}

const logged = (state: GameState, decision: Decision, round: BargainRound): LogEntry => ({ kind: 'bargain', turn: state.turn, option: decision.option, actor: decision.actor, round });

/** One round: the target weighs the middle and one die decides. The round is logged. */
export function bargainRound(state: GameState, index: ScenarioIndex, decision: Decision): { state: GameState; round: BargainRound } {
  const { round: number, of, terms, chance, holdBelow, cost } = roundWeighing(state, index, decision);
  const drawn = rollPercent(state.rng);
  const outcome: BargainOutcome = drawn.value < chance ? 'accept' : drawn.value < holdBelow ? 'hold' : 'walk-away';
  const round: BargainRound = { round: number, of, terms, chance, holdBelow, roll: drawn.value, outcome, cost };
  const next = withTurnLog(state, [...state.turnLog, logged(state, decision, round)]);
  next.rng = drawn.rng;
  return { state: next, round };
}

/**
 * One round decided by the target's seat (a bot or a person): certain, no die is drawn; the
 * rules' weighing is logged beside it as the advisor's view, with an empty roll.
 */
export function bargainRoundBySeat(state: GameState, index: ScenarioIndex, decision: Decision, outcome: BargainOutcome, holder: string): { state: GameState; round: BargainRound } {
  const round: BargainRound = { ...roundWeighing(state, index, decision), roll: null, outcome, decidedBy: holder };
  return { state: withTurnLog(state, [...state.turnLog, logged(state, decision, round)]), round };
}
