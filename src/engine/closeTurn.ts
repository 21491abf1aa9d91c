// The turn's steps around the player's own choices, in the game statechart's order, for code that
// plays the engine directly (the bench, the claim tests): the actors' offers after the briefing;
// then, after the negotiations, the other states' moves, the resolution, the crises (answered by
// the caller's policy, each answer followed by the other side's reply) and the end check. The
// statechart runs the same steps as states of its own, so both reach the same checksums.
// Solo games only: every seat is the rules' here (no seat is asked for an offer, a move, a crisis
// reply or a round); games with bots or people in other seats go through the statechart, which
// gives movesAndResolution the moves their seats chose.
import { answerCrisis, openCrisesInto, openCrisis, replyToCrisis } from './crisis';
import { draft } from './draft';
import { endCheck } from './endCheck';
import { nextOfferer, ruleOffer, type PendingOffer } from './offers';
import { resolveInto } from './resolution';
import type { ScenarioIndex } from './scenarioIndex';
import type { GameState } from './state';
import type { SeatMoves } from './seatMoves';
import { movesInto } from './worldMoves';

/** The actors make their offers by the rules until one waits for the player's answer; `asked` grows. */
export function nextRuleOffer(state: GameState, index: ScenarioIndex, asked: string[]): PendingOffer | null {
  for (let actor = nextOfferer(state, index, asked); actor !== null; actor = nextOfferer(state, index, asked)) {
    asked.push(actor);
    const offer = ruleOffer(state, index, actor);
    if (offer !== null) return { actor, offer, decidedBy: 'rule' };
  }
  return null;
}

/**
 * The other states' moves (the seats' among them, `seatMoves`), the resolution and the opening of
 * the turn's crises, written into one draft: three copies of the tracks, the actors and the log a
 * turn were two too many.
 */
export function movesAndResolution(state: GameState, index: ScenarioIndex, seatMoves: SeatMoves = {}): GameState {
  const next = draft(state);
  movesInto(next, index, seatMoves);
  resolveInto(next, index);
  openCrisesInto(next, index);
  return next;
}

/** The player's answer to the open crisis, then the other side's reply if the crisis goes on. */
export function answerOpenCrisis(state: GameState, index: ScenarioIndex, answer: string): GameState {
  const at = state.crises.findIndex((c) => c.outcome === null);
  const answered = answerCrisis(state, index, answer);
  return answered.crises[at]!.outcome === null ? replyToCrisis(answered, index).state : answered;
}

/** Everything after the negotiations: moves, resolution, every crisis answered by `answer`, end check. */
export function closeTurn(state: GameState, index: ScenarioIndex, answer: (state: GameState) => string): GameState {
  let s = movesAndResolution(state, index);
  while (openCrisis(s)) s = answerOpenCrisis(s, index, answer(s));
  return endCheck(s, index);
}
