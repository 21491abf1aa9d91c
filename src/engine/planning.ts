// The player's planning phase: which options can be proposed now, and queuing or withdrawing them.
import { objectListOf, objectListWithout } from './lists';
import type { ScenarioIndex } from './scenarioIndex';
import type { GameState } from './state';
import { copyState } from './stateCopy';
import { capitalLeft } from './capitalLeft';

/** What stands in the way of proposing an option, as data: the text is written only when shown. */
type PlainProblem = 'unknown' | 'ended' | 'closed' | 'conditions' | 'agreed' | 'tried' | 'twice' | 'cost';
type ProposalProblem = { kind: PlainProblem } | { kind: 'same-turn' | 'ruled-out'; other: string };

// Each problem without a detail is made once: the bots ask about every option each turn, and most
// options are closed or out of their conditions.
const once = (kind: PlainProblem): ProposalProblem => Object.freeze({ kind });
const PROBLEM = { unknown: once('unknown'), ended: once('ended'), closed: once('closed'), conditions: once('conditions'), agreed: once('agreed'), tried: once('tried'), twice: once('twice'), cost: once('cost') };

/** Whether an option is among this turn's proposals (a loop: no closure made per question). */
function isProposed(state: GameState, optionId: string): boolean {
  for (const p of state.proposals) if (p.option === optionId) return true;
  return false;
}

function proposalProblem(state: GameState, index: ScenarioIndex, optionId: string): ProposalProblem | null {
  const slot = index.slots.options.get(optionId);
  return slot === undefined ? PROBLEM.unknown : problemAt(state, index, slot);
}

/** proposalProblem for the option at `slot` (its place in the file), read in one shape (index.optionDeals). */
function problemAt(state: GameState, index: ScenarioIndex, slot: number): ProposalProblem | null {
  const option = index.optionDeals[slot]!;
  const optionId = option.id;
  if (state.ending) return PROBLEM.ended;
  if (!state.optionOpen[slot]) return PROBLEM.closed;
  // Used up before its conditions: an option agreed once, whose time has passed, reads as agreed.
  if (state.optionTimes[slot]! >= option.maxTimes) return PROBLEM.agreed;
  if (option.maxTries !== undefined && state.optionTries[slot]! >= option.maxTries) return PROBLEM.tried;
  if (!index.optionTests[slot]!(state)) return PROBLEM.conditions;
  if (isProposed(state, optionId)) return PROBLEM.twice;
  for (const other of index.exclusions[slot]!) {
    if (isProposed(state, other.id)) return { kind: 'same-turn', other: other.id };
    if (state.optionTimes[other.slot]! > 0) return { kind: 'ruled-out', other: other.id };
  }
  if (option.cost > state.capital) return PROBLEM.cost;
  return null;
}

/** Why an option cannot be proposed now, or null when it can. */
export function proposalRefusal(state: GameState, index: ScenarioIndex, optionId: string): string | null {
  const problem = proposalProblem(state, index, optionId);
  if (problem === null) return null;
  const option = index.options.get(optionId);
  if (problem.kind === 'unknown' || !option) return `there is no option "${optionId}" in this scenario`;
  const title = (id: string) => index.options.get(id)!.title;
  // A step taken alone (no target) is chosen and taken, not proposed and agreed.
  const alone = option.target === undefined;
  const proposed = alone ? 'chosen' : 'proposed';
  switch (problem.kind) {
    case 'ended':
      return 'the game has ended';
    case 'closed':
      return `"${option.title}" is not open at this point of the game`;
    case 'conditions':
      return `"${option.title}" is not available under the present conditions`;
    case 'agreed':
      return `"${option.title}" has already been ${alone ? 'taken' : 'agreed'} ${option.maxTimes === 1 ? 'once' : `${option.maxTimes} times`}`;
    case 'tried':
      return `"${option.title}" has already been ${proposed} ${option.maxTries === 1 ? 'once' : `${option.maxTries} times`}`;
    case 'twice':
      return `"${option.title}" is already ${proposed} this turn`;
    case 'same-turn':
      return `"${option.title}" cannot be ${proposed} in the same turn as "${title(problem.other)}"`;
    case 'ruled-out':
      return `"${option.title}" is ruled out by the deal "${title(problem.other)}"`;
    case 'cost':
      return `"${option.title}" costs ${option.cost} diplomatic capital and ${capitalLeft(state.capital)}`;
  }
}

/** Whether what stands in the way of proposing an option now is its own conditions (`when`): it is open, and nothing else is checked first. */
export function waitsOnConditions(state: GameState, index: ScenarioIndex, optionId: string): boolean {
  return proposalProblem(state, index, optionId)?.kind === 'conditions';
}

/** Whether an option can be proposed now: proposalRefusal's verdict without writing its text. */
export function canPropose(state: GameState, index: ScenarioIndex, optionId: string): boolean {
  return proposalProblem(state, index, optionId) === null;
}

/** Options the player could propose now, in file order. */
export function availableOptions(state: GameState, index: ScenarioIndex): string[] {
  return objectListOf(openOptionSlots(state, index), (slot) => index.optionDeals[slot]!.id);
}

/**
 * The slots of those options (their places in the file, counts.ts), for the bots, which weigh
 * each (index.optionDeals). Asked for every option each turn: no refusal text is written.
 */
export function openOptionSlots(state: GameState, index: ScenarioIndex): number[] {
  const { options } = index.scenario;
  const open: number[] = [];
  for (let slot = 0; slot < options.length; slot++) if (problemAt(state, index, slot) === null) open.push(slot);
  return open;
}

/** Queues a proposal and spends its cost. Call only when proposalRefusal is null. */
export function propose(state: GameState, index: ScenarioIndex, optionId: string): GameState {
  const next = planningCopy(state);
  queueOnCopy(next, index, optionId);
  return next;
}

/**
 * Why a whole turn's plan (its proposals in order, each after those before it) cannot be proposed
 * now: the first refusal, or null. A text is written only for a refusal.
 */
export function planRefusal(state: GameState, index: ScenarioIndex, options: readonly string[]): string | null {
  return queuePlan(state, index, options).refusal;
}

/** A whole turn's plan queued on one copy, or planRefusal's refusal instead. */
export function queuePlan(state: GameState, index: ScenarioIndex, options: readonly string[]): { state: GameState; refusal: null } | { state: null; refusal: string } {
  const planned = planningCopy(state);
  for (const option of options) {
    const refusal = proposalRefusal(planned, index, option);
    if (refusal !== null) return { state: null, refusal };
    queueOnCopy(planned, index, option);
  }
  return { state: planned, refusal: null };
}

/** Queues a whole plan's proposals in order, one copy for them all. Call only when planRefusal is null. */
export function proposeAll(state: GameState, index: ScenarioIndex, options: readonly string[]): GameState {
  const next = planningCopy(state);
  for (const option of options) queueOnCopy(next, index, option);
  return next;
}

/** A copy whose proposals a bot's plan may queue in place (queueOnCopy): one copy per plan, not one per proposal. */
export function planningCopy(state: GameState): GameState {
  const copy = copyState(state);
  copy.proposals = [...state.proposals];
  return copy;
}

/** What propose does, written into a planning copy. */
export function queueOnCopy(copy: GameState, index: ScenarioIndex, optionId: string): void {
  const cost = index.options.get(optionId)!.cost;
  copy.proposals.push({ option: optionId, cost });
  copy.capital -= cost;
}

export function withdrawalRefusal(state: GameState, optionId: string): string | null {
  return isProposed(state, optionId) ? null : `"${optionId}" is not among this turn's proposals`;
}

/** Takes a proposal back and returns its cost. */
export function withdraw(state: GameState, optionId: string): GameState {
  const proposal = state.proposals.find((p) => p.option === optionId)!;
  const next = copyState(state);
  next.proposals = objectListWithout(state.proposals, proposal);
  next.capital += proposal.cost;
  return next;
}
