// The same games as the statechart plays, made by calling the pure engine directly: no XState, no
// session. The bench times these against the statechart to show how much of a game's time is the
// rules themselves. Each runner returns the final state so the bench can check that it reaches
// the very same checksums as the statechart (a bench that timed different work would be useless).
import type { GameRecord } from '../src/app/record';
import {
  answerOffer,
  answerOpenCrisis,
  bargainRound,
  beginTurn,
  closeTurn,
  counterRefusal,
  createBot,
  endCheck,
  movesAndResolution,
  newGame,
  nextRuleOffer,
  openCrisis,
  proposalRefusal,
  propose,
  settleBargain,
  settleNegotiation,
  weighByRules,
  withdraw,
  type BotName,
  type Decision,
  type GameState,
  type PendingOffer,
  type ScenarioIndex,
} from '../src/engine';

/** Weighs the proposals not yet weighed, stopping at a counter-offer (returned for an answer). */
function negotiate(state: GameState, index: ScenarioIndex): { state: GameState; counter: Decision | null } {
  let s = state;
  while (s.outcomes.length < s.proposals.length) {
    const weighed = weighByRules(s, index, s.proposals[s.outcomes.length]!.option);
    s = weighed.state;
    if (weighed.counter) return { state: s, counter: weighed.counter };
  }
  return { state: s, counter: null };
}

/** A whole game with a bot, engine calls only: what playWithBot does through the statechart. */
export function playEngineOnly(index: ScenarioIndex, seed: string, botName: BotName): GameState {
  const bot = createBot(botName, seed);
  let s = newGame(index, seed);
  for (let guard = 0; guard < 1000; guard++) {
    s = beginTurn(s, index);
    const asked: string[] = [];
    for (let offer = nextRuleOffer(s, index, asked); offer !== null; offer = nextRuleOffer(s, index, asked)) {
      const answer = bot.answerOffer(s, index, offer);
      s = answerOffer(s, index, offer, answer.type === 'ANSWER_OFFER' && answer.take);
    }
    for (const choice of bot.plan(s, index)) {
      if (choice.type !== 'PROPOSE') break; // END_TURN closes the plan
      if (proposalRefusal(s, index, choice.option) !== null) throw new Error(`refused: ${choice.option}`);
      s = propose(s, index, choice.option);
    }
    for (;;) {
      const step = negotiate(s, index);
      s = step.state;
      if (!step.counter) break;
      let answer = bot.answerCounter(s, index, step.counter);
      let settled = false;
      // Rounds of bargaining: the middle accepted or walked away from ends it; a hold asks again.
      while (answer.type === 'COUNTER_BACK') {
        const round = bargainRound(s, index, step.counter);
        s = round.state;
        if (round.round.outcome !== 'hold') {
          s = settleBargain(s, index, step.counter, round.round.outcome);
          settled = true;
          break;
        }
        answer = bot.answerCounter(s, index, step.counter);
      }
      if (settled) continue;
      const take = answer.type === 'TAKE_COUNTER' && counterRefusal(s, index, step.counter) === null;
      s = settleNegotiation(s, index, step.counter, take);
    }
    s = closeTurn(s, index, (now) => {
      const answer = bot.answerCrisis(now, index);
      if (answer.type !== 'ANSWER_CRISIS') throw new Error(`the bot answered a crisis with ${answer.type}`);
      return answer.answer;
    });
    if (s.ending) return s;
  }
  throw new Error('the game did not end');
}

/** A record's events replayed with engine calls only: the rules' share of a replay's time. */
export function replayEngineOnly(index: ScenarioIndex, record: GameRecord): GameState {
  let s = newGame(index, record.seed);
  let counter: Decision | null = null;
  let offer: PendingOffer | null = null;
  let asked: string[] = [];
  const startTurn = () => {
    s = beginTurn(s, index);
    asked = [];
    offer = nextRuleOffer(s, index, asked);
  };
  const endTurnIfNoCrisis = () => {
    if (openCrisis(s)) return;
    s = endCheck(s, index);
    if (!s.ending) startTurn();
  };
  const afterNegotiation = () => {
    const step = negotiate(s, index);
    s = step.state;
    counter = step.counter;
    if (counter) return;
    s = movesAndResolution(s, index);
    endTurnIfNoCrisis();
  };
  startTurn();
  for (const event of record.events) {
    switch (event.type) {
      case 'ANSWER_OFFER':
        s = answerOffer(s, index, offer!, event.take);
        offer = nextRuleOffer(s, index, asked);
        break;
      case 'PROPOSE':
        s = propose(s, index, event.option);
        break;
      case 'WITHDRAW':
        s = withdraw(s, event.option);
        break;
      case 'END_TURN':
        afterNegotiation();
        break;
      case 'TAKE_COUNTER':
      case 'DECLINE_COUNTER':
        s = settleNegotiation(s, index, counter!, event.type === 'TAKE_COUNTER');
        counter = null;
        afterNegotiation();
        break;
      case 'COUNTER_BACK': {
        const round = bargainRound(s, index, counter!);
        s = round.state;
        if (round.round.outcome === 'hold') break;
        s = settleBargain(s, index, counter!, round.round.outcome);
        counter = null;
        afterNegotiation();
        break;
      }
      case 'ANSWER_CRISIS':
        s = answerOpenCrisis(s, index, event.answer);
        endTurnIfNoCrisis();
        break;
      default:
        throw new Error(`the engine-only replay does not play seat events (${event.type})`);
    }
  }
  return s;
}
