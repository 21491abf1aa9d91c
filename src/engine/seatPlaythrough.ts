// The rest of a game after a seat's choice, for the expert in that seat (seatExpert.ts): the rest
// of the turn from the step where the choice was made, then the whole game on, over dice of the
// expert's own. Russia is played by the greedy bot; every other seat, and this one after its
// choice, by the scenario's rules (a playthrough cannot ask a person or another bot). Returns the
// log entries from the choice to the end: what the actor's gain is read from (seatGain.ts).
import { greedyBot } from './bots';
import { movesAndResolution, nextRuleOffer } from './closeTurn';
import { answerOffer } from './offers';
import { botCrisisAnswer, finishTurn, openTurn, plannedOptions, playOn, type TurnCloser } from './playout';
import { answerCrisesAndEnd } from './playthrough';
import type { ScenarioIndex } from './scenarioIndex';
import type { GameState, LogEntry } from './state';
import { withoutLog } from './stateCopy';

/** The step of the turn a seat's choice leaves the game at. */
export type SeatStage =
  /** The actors' offers go on after `asked` (actors already asked this turn), then planning. */
  | { at: 'offers'; asked: readonly string[] }
  /** The proposals not yet settled are negotiated, then the turn closes. */
  | { at: 'negotiation' }
  /** The turn's moves and resolution are done: its open crises are answered, then the end check. */
  | { at: 'crises' };

/**
 * Plays the game out from `state` (already on the playthrough's dice, see playthrough.ts's withDice) at `stage`;
 * the entries of the log before `from` (the present turn's, before the choice) are left out.
 */
export function playRest(state: GameState, index: ScenarioIndex, stage: SeatStage, from: number): LogEntry[] {
  const greedy = greedyBot();
  const entries: LogEntry[] = [];
  let skip = from;
  // Each turn's log is kept before the next turn starts without it.
  const keep = (s: GameState) => {
    entries.push(...s.turnLog.slice(skip));
    skip = 0;
  };
  const endTurn = (s: GameState) => {
    const t = answerCrisesAndEnd(s, index, (now) => botCrisisAnswer(greedy, now, index));
    keep(t);
    return t;
  };
  const close: TurnCloser = (s) => endTurn(movesAndResolution(s, index));
  let s = state;
  if (stage.at === 'offers') {
    const asked = [...stage.asked];
    for (let offer = nextRuleOffer(s, index, asked); offer !== null; offer = nextRuleOffer(s, index, asked)) {
      const answer = greedy.answerOffer(s, index, offer);
      s = answerOffer(s, index, offer, answer.type === 'ANSWER_OFFER' && answer.take);
    }
    s = finishTurn(s, index, greedy, plannedOptions(greedy, s, index), close);
  } else if (stage.at === 'negotiation') {
    s = finishTurn(s, index, greedy, [], close);
  } else {
    s = endTurn(s);
  }
  if (!s.ending) playOn(openTurn(withoutLog(s), index, greedy), index, greedy, close);
  return entries;
}
