// Every state of a game is made by one function (src/engine/stateCopy.ts), so V8 gives them all
// one hidden class; a step that made its state by an object spread again would give them several,
// and every place that copies a state would take V8's slow path (ten times slower there). The
// count is V8's own (%HaveSameMap, bench/stateShapes.ts), a fact of the code, not a timing. The
// same for the actors' numbers (one literal, actorCopy.ts: copied by spreads they took five
// classes, past the four V8 reads quickly), the agreements (with and without `middle`) and the
// crises (copied by spreads they took five classes in 2019's games). And each of the state's lists
// is always in one kind (src/engine/lists.ts): a field whose lists came in two kinds threw the
// code optimized for one away at the other (a list of crises began as `[]` and was copied by `map`).
import { describe, expect, it } from 'vitest';
import { gameStates, sameShapeTest, shapesOf, stateShapes } from '../../bench/stateShapes';
import { effectSteps } from '../../src/engine/effectSteps';
import { availableCrisisAnswers, availableOptions, BOT_NAMES, moveShares, newGame, openCrisis, propose, withdraw } from '../../src/engine';
import { withDice } from '../../src/engine/playthrough';
import { withoutLog } from '../../src/engine/stateCopy';
import { scenarioIndex } from '../scenarios/claimHelpers';

describe.each(['tutorial.yaml', 'mother-russia-2016.yaml', 'other-asia-2019.yaml'])('%s', (file) => {
  it.each(BOT_NAMES)("the states of games with the %s bot share one hidden class, their actors one, their agreements two at most, their crises one at most, each list field's lists one", async (bot) => {
    const index = await scenarioIndex(file);
    const shapes = stateShapes(index, ['shape-1', 'shape-2', 'shape-3', 'shape-4', 'shape-5'], bot);
    expect(shapes.states).toBe(1);
    expect(shapes.actors).toBe(1);
    expect(shapes.agreements).toBeLessThanOrEqual(2);
    expect(shapes.crises).toBeLessThanOrEqual(1);
    expect(shapes.lists, shapes.mostShapedList).toBe(1);
  });
});

// The kinds can differ only in optimized code (V8's own `map` made crises of another kind there,
// not in the interpreter), so this plays enough games for the rules to be optimized: it catches
// that slip when the optimized code is in place in time (3 runs of 3 here, 0 of 5 on a busier machine).
it("keeps each list field's lists in one kind once V8 has optimized the rules (300 greedy games of 2019)", async () => {
  const index = await scenarioIndex('other-asia-2019.yaml');
  const shapes = stateShapes(index, Array.from({ length: 300 }, (_, i) => `optimized-${i + 1}`), 'greedy');
  expect(shapes.lists, shapes.mostShapedList).toBe(1);
});

// The steps the bots' games never take: a playthrough's start (its own dice, the log of turns past
// emptied), the log dropped between its turns, and a proposal withdrawn (to an empty list, or not).
// Either log emptied as `[]` fails it; a withdrawal by `filter` would differ only in optimized code.
it("keeps the lists of a playthrough's states and of withdrawn proposals in the kinds of the game's own", async () => {
  const index = await scenarioIndex('other-asia-2019.yaml');
  const states = gameStates(index, ['kinds-1', 'kinds-2'], 'greedy');
  const made = states.flatMap((state) => {
    const [first, second] = availableOptions(state, index);
    if (first === undefined || second === undefined) return [];
    const both = propose(propose(state, index, first), index, second);
    return [withDice(state, 'kinds'), withoutLog(state), withdraw(both, first), withdraw(withdraw(both, first), second)];
  });
  expect(made.length).toBeGreaterThan(20);
  const shapes = shapesOf([...states, ...made]);
  expect(shapes.lists, shapes.mostShapedList).toBe(1);
});

// The steps of every list of effects are read by the same loop (effects.ts applyInto): made by
// `map`, an empty list's steps were of another kind, and that loop's optimized code was thrown away.
it('turns every list of effects, empty or not, into a list of steps of one kind', async () => {
  const index = await scenarioIndex('other-asia-2019.yaml');
  const sameShape = sameShapeTest();
  const lists = [[], ...index.scenario.options.map((o) => o.effects)];
  const steps = lists.map((effects) => effectSteps(index, effects));
  expect(steps.some((s) => s.length === 0) && steps.some((s) => s.length > 0)).toBe(true);
  for (const s of steps) expect(sameShape(s, steps[0]!)).toBe(true);
});

// A list made by `map` (or `filter`) comes in another kind once V8 optimizes the function that
// makes it (holey), and code optimized for the first kind is thrown away when the second arrives.
// So the rules make their lists by pushing (lists.ts). Each check here has V8 optimize a maker
// (its natives syntax) and compares what it makes with what the interpreter made.
/** What `make(...args)` returns before and after V8 has optimized `make` itself. */
function interpretedAndOptimized<A extends unknown[], T>(make: (...args: A) => T, ...args: A): [T, T] {
  sameShapeTest(); // switches the natives syntax on, for the functions made after
  // Called a few times first: V8 gathers the feedback of the closures inside only from their first calls on.
  const optimizeOnNextCall = new Function('f', 'args', '%PrepareFunctionForOptimization(f); for (let i = 0; i < 20; i++) f(...args); %OptimizeFunctionOnNextCall(f)') as (f: unknown, args: A) => void;
  const isOptimized = new Function('f', 'return (%GetOptimizationStatus(f) & 16) !== 0') as (f: unknown) => boolean;
  const interpreted = make(...args);
  optimizeOnNextCall(make, args);
  const optimized = make(...args);
  expect(isOptimized(make), make.name).toBe(true);
  return [interpreted, optimized];
}

// Called once a game, newGame is optimized only some thousand games into a batch; its lists made
// by `map` there came holey, and 25 of the rules' optimized functions were thrown away at once (a
// batch of 2019's games ran at two thirds of its speed for the next three thousand games).
it('makes a new game’s lists in the same kinds when V8 has optimized newGame', async () => {
  const index = await scenarioIndex('other-asia-2019.yaml');
  const sameShape = sameShapeTest();
  const [interpreted, optimized] = interpretedAndOptimized(newGame, index, 'kinds');
  for (const field of ['tracks', 'actors', 'optionOpen', 'optionTimes', 'eventTimes', 'proposals', 'crises', 'history'] as const) {
    expect(sameShape(optimized[field], interpreted[field]), field).toBe(true);
  }
});

// The open options and a crisis's answers are read by the bots' optimized loops (a cold advice's
// greedy crisis answer was thrown away at its list of answers), the moves' shares by their roll.
it('gives the open options, the answers to a crisis and the moves’ shares in one kind, optimized or not', async () => {
  const index = await scenarioIndex('other-asia-2019.yaml');
  const sameShape = sameShapeTest();
  const states = gameStates(index, ['kinds-1', 'kinds-2', 'kinds-3'], 'greedy');
  const inCrisis = states.find((s) => openCrisis(s) !== null)!;
  expect(inCrisis).toBeDefined();
  const made: [string, () => [unknown[], unknown[]]][] = [
    ['availableOptions', () => interpretedAndOptimized(availableOptions, states[0]!, index)],
    ['availableCrisisAnswers', () => interpretedAndOptimized(availableCrisisAnswers, inCrisis, index)],
    ['moveShares', () => interpretedAndOptimized(moveShares, [30, 40, 50])],
  ];
  for (const [name, make] of made) {
    const [interpreted, optimized] = make();
    expect(interpreted.length, name).toBeGreaterThan(0);
    expect(sameShape(optimized, interpreted), name).toBe(true);
  }
});
