// The rest of a game after a seat's choice, for the expert in that seat (seatExpert.ts): the rest
// of the turn from the step where the choice was made, then the whole game on, over dice of the
// expert's own. Russia is played by the greedy bot; every other seat, and this one after its
// choice, by the scenario's rules (a playthrough cannot ask a person or another bot). Returns the
// log entries from the choice to the end: what the actor's gain is read from (seatGain.ts).
import { greedyBot, type Bot, type BotChoice } from './bots';
import { answerOpenCrisis, movesAndResolution, nextRuleOffer } from './closeTurn';
import { openCrisis } from './crisis';
import { endingNow, finishGame } from './endings';
import { counterRefusal, settleBargain, settleNegotiation } from './negotiation';
import { answerOffer } from './offers';
import { finishTurn, openTurn, plannedOptions, playOn, type TurnCloser } from './playout';
import { seedRng } from './rng';
import { bargainRound } from './rounds';
import type { ScenarioIndex } from './scenarioIndex';
import type { Decision, GameState, LogEntry } from './state';

/** The step of the turn a seat's choice leaves the game at. */
export type SeatStage =
  /** The actors' offers go on after `asked` (actors already asked this turn), then planning. */
  | { at: 'offers'; asked: readonly string[] }
  /** The proposals not yet settled are negotiated, then the turn closes. */
  | { at: 'negotiation' }
  /** The turn's moves and resolution are done: its open crises are answered, then the end check. */
  | { at: 'crises' };

/** A playthrough's own dice, and the present turn's log only (the rules read no older entries). */
export function withDice(state: GameState, diceSeed: string): GameState {
  return { ...state, log: state.log.filter((e) => e.turn === state.turn), rng: seedRng(diceSeed) };
}

/**
 * The player's bot answers a counter-offer (`first`, then again after each round the target
 * holds), the rounds of bargaining decided by the rules, until the negotiation is settled.
 */
export function settleCounter(state: GameState, index: ScenarioIndex, bot: Bot, decision: Decision, first: BotChoice): GameState {
  let s = state;
  let answer = first;
  while (answer.type === 'COUNTER_BACK') {
    const round = bargainRound(s, index, decision);
    s = round.state;
    if (round.round.outcome !== 'hold') return settleBargain(s, index, decision, round.round.outcome);
    answer = bot.answerCounter(s, index, decision);
  }
  return settleNegotiation(s, index, decision, answer.type === 'TAKE_COUNTER' && counterRefusal(s, index, decision) === null);
}

function crisisAnswer(bot: Bot, state: GameState, index: ScenarioIndex): string {
  const answer = bot.answerCrisis(state, index);
  if (answer.type !== 'ANSWER_CRISIS') throw new Error(`the bot answered a crisis with ${answer.type}`);
  return answer.answer;
}

/**
 * Plays the game out from `state` (already on the playthrough's dice, see withDice) at `stage`;
 * the entries of the log before `from` (the present turn's, before the choice) are left out.
 */
export function playRest(state: GameState, index: ScenarioIndex, stage: SeatStage, from: number): LogEntry[] {
  const greedy = greedyBot();
  const entries: LogEntry[] = [];
  let skip = from;
  // Each turn's log is kept before the next turn starts without it.
  const keep = (s: GameState) => {
    entries.push(...s.log.slice(skip));
    skip = 0;
  };
  const endTurn = (s: GameState) => {
    let t = s;
    while (openCrisis(t)) t = answerOpenCrisis(t, index, crisisAnswer(greedy, t, index));
    const ending = endingNow(t, index);
    t = ending ? { ...t, ...finishGame(t, index, ending) } : t;
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
  if (!s.ending) playOn(openTurn({ ...s, log: [] }, index, greedy), index, greedy, close);
  return entries;
}
