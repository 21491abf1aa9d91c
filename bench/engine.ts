// The same games as the statechart plays, made by calling the pure engine directly: no XState, no
// session. The bench times these against the statechart to show how much of a game's time is the
// rules themselves. Each runner returns the final state so the bench can check that it reaches
// the very same checksums as the statechart (a bench that timed different work would be useless).
import { checksumSchemeOf, type GameRecord } from '../src/app/record';
import {
  answerOffer,
  answerOpenCrisis,
  bargainRound,
  beginTurn,
  createBot,
  endCheck,
  movesAndResolution,
  negotiate,
  newGame,
  nextRuleOffer,
  openCrisis,
  openTurn,
  playOn,
  propose,
  settleBargain,
  settleNegotiation,
  withdraw,
  type BotName,
  type Decision,
  type GameState,
  type PendingOffer,
  type ScenarioIndex,
} from '../src/engine';

/** A whole game with a bot, engine calls only: what playWithBot does through the statechart. */
export function playEngineOnly(index: ScenarioIndex, seed: string, botName: BotName): GameState {
  const bot = createBot(botName, seed);
  return playOn(openTurn(newGame(index, seed), index, bot), index, bot);
}

/** A record's events replayed with engine calls only: the rules' share of a replay's time. */
export function replayEngineOnly(index: ScenarioIndex, record: GameRecord): GameState {
  const scheme = checksumSchemeOf(record);
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
    s = endCheck(s, index, scheme);
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
