// How many hidden classes V8 gave the game states of some bot games (engine calls only): the
// states the bot was asked about and those each turn's close returned. One is what
// src/engine/stateCopy.ts keeps; more means a step made a state its own way again, and every
// place that copies states then takes V8's slow path (see that file). A count, not a time: the
// same on a busy machine.
import { setFlagsFromString } from 'node:v8';
import { closeTurn, createBot, newGame, openTurn, playOn, type Bot, type BotName, type GameState, type ScenarioIndex } from '../src/engine';

type SameShape = (a: object, b: object) => boolean;

/** V8's own answer, through its natives syntax (switched on here, for the functions compiled after). */
function sameShapeTest(): SameShape {
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

/** The hidden classes among the states of the games of `seeds`. */
export function stateShapes(index: ScenarioIndex, seeds: readonly string[], botName: BotName): number {
  const sameShape = sameShapeTest();
  const seen: GameState[] = [];
  playGames(index, seeds, botName, seen);
  const shapes: GameState[] = [];
  for (const state of seen) if (!shapes.some((known) => sameShape(known, state))) shapes.push(state);
  return shapes.length;
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
