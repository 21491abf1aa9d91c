// How many hidden classes V8 gave the game states of some bot games (engine calls only): the
// states the bot was asked about and those each turn's close returned, and their actors,
// agreements, crises and lists. One class of states is what src/engine/stateCopy.ts keeps; more means a step made a
// state its own way again, and every place that copies states then takes V8's slow path (see that
// file); past four classes of actors, every read of an actor's number does (actorCopy.ts). A
// count, not a time: the same on a busy machine.
import { setFlagsFromString } from 'node:v8';
import { closeTurn, createBot, newGame, openTurn, playOn, type Bot, type BotName, type GameState, type ScenarioIndex } from '../src/engine';

type SameShape = (a: object, b: object) => boolean;

/** V8's own answer, through its natives syntax (switched on here, for the functions compiled after). */
export function sameShapeTest(): SameShape {
  setFlagsFromString('--allow-natives-syntax');
  return new Function('a', 'b', 'return %HaveSameMap(a, b)') as SameShape;
}

/** The bot, telling `seen` of every state it is asked about. */
function watched(bot: Bot, seen: GameState[]): Bot {
  return {
    plan: (state, index) => (seen.push(state), bot.plan(state, index)),
    answerCounter: (state, index, decision) => (seen.push(state), bot.answerCounter(state, index, decision)),
    answerOffer: (state, index, offer) => (seen.push(state), bot.answerOffer(state, index, offer)),
    answerCrisis: (state, index) => (seen.push(state), bot.answerCrisis(state, index)),
  };
}

/** How many hidden classes V8 gave each kind of object the games make over and over. */
export interface Shapes {
  /** The game states: 1 (stateCopy.ts). */
  states: number;
  /** The actors' numbers: 1 (actorCopy.ts). */
  actors: number;
  /** The agreements: 2 at most, with and without `middle` (agreementAfter.ts). */
  agreements: number;
  /** The crises: 1 at most (crisisCopy.ts; none in a game without one). */
  crises: number;
  /** The most classes among the values of any one of the state's lists (each list field's own): 1 (lists.ts). */
  lists: number;
  /** The list field with that many. */
  mostShapedList: string;
}

/** The state's list fields: numbers in one kind, anything else in another (lists.ts), each field always the same. */
const LIST_FIELDS = ['tracks', 'actors', 'optionOpen', 'optionTimes', 'optionTries', 'eventTimes', 'moveTimes', 'offerTimes', 'proposals', 'outcomes', 'agreements', 'crises', 'pastLog', 'turnLog', 'history'] as const;

/** The hidden classes among the states of the games of `seeds` (shapesOf). */
export function stateShapes(index: ScenarioIndex, seeds: readonly string[], botName: BotName): Shapes {
  return shapesOf(gameStates(index, seeds, botName));
}

/** The hidden classes among `states`, their actors, agreements, crises and lists. */
export function shapesOf(states: readonly GameState[]): Shapes {
  const sameShape = sameShapeTest();
  const count = (objects: Iterable<object>) => {
    const shapes: object[] = [];
    for (const o of objects) if (!shapes.some((known) => sameShape(known, o))) shapes.push(o);
    return shapes.length;
  };
  let lists = 0;
  let mostShapedList = '';
  for (const field of LIST_FIELDS) {
    const n = count(states.map((s) => s[field]));
    if (n > lists) [lists, mostShapedList] = [n, field];
  }
  return {
    states: count(states),
    actors: count(states.flatMap((s) => s.actors)),
    agreements: count(states.flatMap((s) => s.agreements)),
    crises: count(states.flatMap((s) => s.crises)),
    lists,
    mostShapedList,
  };
}

/** The states of the games of `seeds`: each the bot was asked about, and each turn's close returned. */
export function gameStates(index: ScenarioIndex, seeds: readonly string[], botName: BotName): GameState[] {
  const seen: GameState[] = [];
  playGames(index, seeds, botName, seen);
  return seen;
}

function playGames(index: ScenarioIndex, seeds: readonly string[], botName: BotName, seen: GameState[]): void {
  for (const seed of seeds) {
    const bot = watched(createBot(botName, seed), seen);
    playOn(openTurn(newGame(index, seed), index, bot), index, bot, (state, i, answer) => {
      const closed = closeTurn(state, i, answer);
      seen.push(closed);
      return closed;
    });
  }
}
