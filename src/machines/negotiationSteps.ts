// What a proposal's negotiation does with a decision once it is known, whoever made it (the rules'
// die, a seat's answer, a round of bargaining): the game statechart's actions call these.
import { settleBargain, settleNegotiation, type BargainRound, type Decision, type GameState, type ScenarioIndex } from '../engine';

/** A counter-offer waits for the player's answer; an acceptance or a rejection settles the proposal. */
export function afterDecision(index: ScenarioIndex, game: GameState, decision: Decision): { game: GameState; counter: Decision | null } {
  if (decision.outcome === 'counter') return { game, counter: decision };
  return { game: settleNegotiation(game, index, decision, false), counter: null };
}

/** The middle taken or walked away from settles the proposal; a hold keeps the counter-offer on the table. */
export function afterRound(index: ScenarioIndex, game: GameState, counter: Decision, round: BargainRound): { game: GameState; counter: Decision | null } {
  if (round.outcome === 'hold') return { game, counter };
  return { game: settleBargain(game, index, counter, round.outcome), counter: null };
}
