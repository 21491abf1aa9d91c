// The candidates a lookahead weighs at a turn's planning, and their playthroughs. A candidate is
// a first choice, an option to propose or ending the turn (null), followed by the greedy bot's
// plan for the rest of the turn; each is played out over the same fresh dice (playthrough `i` of
// every candidate uses the seed `${diceSeed}/${i}`), so that the candidates differ by the choice
// and not by luck. Shared by the expert (expertBot.ts) and the advisor (src/app/advice.ts).
import { availableOptions, propose } from './planning';
import { greedyFill, playThrough } from './playthrough';
import type { ScenarioIndex } from './scenarioIndex';
import type { EndingResult, GameState } from './state';

export interface Candidate {
  /** The option proposed first, or null for ending the turn with what is already proposed. */
  first: string | null;
  /** The proposals the candidate adds this turn: `first`, then the greedy bot's. */
  plan: string[];
}

/** Ending the turn now, then proposing each open option first (file order). */
export function candidatesAt(state: GameState, index: ScenarioIndex): Candidate[] {
  const candidates: Candidate[] = [{ first: null, plan: [] }];
  for (const option of availableOptions(state, index)) candidates.push({ first: option, plan: [option, ...greedyFill(propose(state, index, option), index)] });
  return candidates;
}

/** The endings of playthroughs `from` … `to − 1` of a candidate. */
export function playCandidate(state: GameState, index: ScenarioIndex, candidate: Candidate, diceSeed: string, from: number, to: number): EndingResult[] {
  const endings: EndingResult[] = [];
  for (let i = from; i < to; i++) endings.push(playThrough(state, index, candidate.plan, `${diceSeed}/${i}`));
  return endings;
}
