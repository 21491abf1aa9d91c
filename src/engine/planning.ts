// The player's planning phase: which options can be proposed now, and queuing or withdrawing them.
import { holds } from './conditions';
import type { ScenarioIndex } from './scenarioIndex';
import type { GameState } from './state';

/** Why an option cannot be proposed now, or null when it can. */
export function proposalRefusal(state: GameState, index: ScenarioIndex, optionId: string): string | null {
  const option = index.options.get(optionId);
  if (!option) return `there is no option "${optionId}" in this scenario`;
  if (state.ending) return 'the game has ended';
  if (!state.optionOpen[optionId]) return `"${option.title}" is not open at this point of the game`;
  if (!holds(state, option.when)) return `"${option.title}" is not available under the present conditions`;
  if ((state.optionTimes[optionId] ?? 0) >= option.maxTimes) {
    return `"${option.title}" has already been agreed ${option.maxTimes === 1 ? 'once' : `${option.maxTimes} times`}`;
  }
  if (option.maxTries !== undefined && (state.optionTries[optionId] ?? 0) >= option.maxTries) {
    return `"${option.title}" has already been proposed ${option.maxTries === 1 ? 'once' : `${option.maxTries} times`}`;
  }
  if (state.proposals.some((p) => p.option === optionId)) return `"${option.title}" is already proposed this turn`;
  for (const other of index.exclusions.get(optionId)!) {
    const title = index.options.get(other)!.title;
    if (state.proposals.some((p) => p.option === other)) return `"${option.title}" cannot be proposed in the same turn as "${title}"`;
    if ((state.optionTimes[other] ?? 0) > 0) return `"${option.title}" is ruled out by the deal "${title}"`;
  }
  if (option.cost > state.capital) {
    return `"${option.title}" costs ${option.cost} diplomatic capital and only ${state.capital} is left`;
  }
  return null;
}

/** Options the player could propose now, in file order. */
export function availableOptions(state: GameState, index: ScenarioIndex): string[] {
  return index.scenario.options.filter((o) => proposalRefusal(state, index, o.id) === null).map((o) => o.id);
}

/** Queues a proposal and spends its cost. Call only when proposalRefusal is null. */
export function propose(state: GameState, index: ScenarioIndex, optionId: string): GameState {
  const cost = index.options.get(optionId)!.cost;
  return { ...state, proposals: [...state.proposals, { option: optionId, cost }], capital: state.capital - cost };
}

export function withdrawalRefusal(state: GameState, optionId: string): string | null {
  return state.proposals.some((p) => p.option === optionId) ? null : `"${optionId}" is not among this turn's proposals`;
}

/** Takes a proposal back and returns its cost. */
export function withdraw(state: GameState, optionId: string): GameState {
  const proposal = state.proposals.find((p) => p.option === optionId)!;
  return { ...state, proposals: state.proposals.filter((p) => p !== proposal), capital: state.capital + proposal.cost };
}
