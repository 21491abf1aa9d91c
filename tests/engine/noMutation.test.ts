// No step of the engine changes the state it is given: a draft shares what it does not copy
// (src/engine/draft.ts), so a step that wrote into a shared part would change an earlier state, the
// one the statechart, an undo or a bot's what-if still holds. Here every state that reaches the
// engine's exported functions is frozen first (deeply), and whole games are played on them: a
// write into any part of an earlier state throws.
import { describe, expect, it, vi } from 'vitest';
import { replayEngineOnly } from '../../bench/engine';
import { playWithBot } from '../../src/app/playBot';
import { advise } from '../../src/app/advice';
import { BOT_NAMES, createBot, expertPlan, finishTurn, newGame, openTurn, playOn, type GameState } from '../../src/engine';
import { scenarioIndex } from '../scenarios/claimHelpers';

// How many game states reached the engine and were frozen: a test that froze none could not fail.
const { frozen, deepFreeze } = vi.hoisted(() => {
  const deepFreeze = (value: unknown): void => {
    if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return;
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  };
  return { frozen: { states: 0 }, deepFreeze };
});

vi.mock('../../src/engine', async (importOriginal) => {
  const engine = await importOriginal<Record<string, unknown>>();
  const isGame = (value: unknown) => typeof value === 'object' && value !== null && 'rng' in value && 'turnLog' in value;
  const freezing = (f: (...args: unknown[]) => unknown) =>
    function (this: unknown, ...args: unknown[]) {
      for (const arg of args) {
        if (!isGame(arg)) continue;
        deepFreeze(arg);
        frozen.states++;
      }
      return f.apply(this, args);
    };
  return Object.fromEntries(Object.entries(engine).map(([name, value]) => [name, typeof value === 'function' ? freezing(value as (...args: unknown[]) => unknown) : value]));
});

describe.each(['tutorial.yaml', 'mother-russia-2016.yaml', 'other-asia-2019.yaml'])('%s played on frozen states', (file) => {
  it.each(BOT_NAMES)('plays whole games with the %s bot through the statechart, and replays them step by step, without writing into an earlier state', async (bot) => {
    const index = await scenarioIndex(file);
    const before = frozen.states;
    for (const seed of ['frozen-1', 'frozen-2', 'frozen-3', 'frozen-4']) {
      // The statechart calls the engine's steps through its index (each state handed in frozen); the
      // engine-only replay calls them one by one too (bench/engine.ts).
      const session = playWithBot(index, seed, bot);
      expect(session.game().ending).not.toBeNull();
      const record = session.record();
      expect(replayEngineOnly(index, record).history.map((h) => h.checksum)).toEqual(record.checksums);
    }
    // Every step's state went in frozen: a test that froze none could not fail.
    expect(frozen.states - before).toBeGreaterThan(100);
  });
});

describe('playthroughs from a frozen position', () => {
  // The advisor and the expert play thousands of games out from one position inside the engine
  // (playOn's own steps, which the test above does not see): none may write into the position,
  // or the next choice would be weighed on a changed game.
  it('leave the position untouched: the advice, the expert\'s plan and a game played on from it', async () => {
    const index = await scenarioIndex('other-asia-2019.yaml');
    const greedy = createBot('greedy', 'frozen');
    let position: GameState = openTurn(newGame(index, 'frozen-position'), index, greedy);
    // Mid-game, with agreements, counts and a log of turns past to share.
    for (let turn = 1; turn < 5; turn++) {
      const plan = greedy.plan(position, index).flatMap((c) => (c.type === 'PROPOSE' ? [c.option] : []));
      position = openTurn(finishTurn(position, index, greedy, plan), index, greedy);
    }
    expect(position.agreements.length).toBeGreaterThan(0);
    const text = JSON.stringify(position);
    deepFreeze(position);
    expect(advise(position, index, 4).options.length).toBeGreaterThan(1);
    expect(Array.isArray(expertPlan(position, index, 2))).toBe(true);
    expect(playOn(position, index, greedy).ending).not.toBeNull();
    expect(JSON.stringify(position)).toBe(text);
  });
});
