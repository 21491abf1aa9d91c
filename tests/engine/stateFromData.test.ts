// A state sent as data (the advisor's worker gets a structured clone) is rebuilt in the engine's
// own shapes (src/engine/stateFromData.ts): the same values, and the hidden classes and list kinds
// of the states the rules make, which a clone does not have. The classes are V8's own count
// (%HaveSameMap, bench/stateShapes.ts).
import { describe, expect, it } from 'vitest';
import { gameStates, sameShapeTest, shapesOf } from '../../bench/stateShapes';
import { advise } from '../../src/app/advice';
import { stateFromData, type GameState } from '../../src/engine';
import { scenarioIndex } from '../scenarios/claimHelpers';

describe.each(['mother-russia-2016.yaml', 'other-asia-2019.yaml'])('%s', (file) => {
  const seeds = ['data-1', 'data-2', 'data-3', 'data-4'];

  it('gives back every value of every state of whole games, the flags in a table without a prototype', async () => {
    const states = gameStates(await scenarioIndex(file), seeds, 'greedy');
    // What the rebuilding must carry: agreements, crises, flags and an ending among them.
    expect(states.some((s) => s.agreements.length > 0 && s.crises.length > 0 && Object.keys(s.flags).length > 0)).toBe(true);
    expect(states.some((s) => s.ending !== null)).toBe(true);
    for (const state of states) {
      const rebuilt = stateFromData(structuredClone(state));
      // The JSON text, key order included (the first checksum scheme hashes it).
      expect(JSON.stringify(rebuilt)).toBe(JSON.stringify(state));
      expect(Object.getPrototypeOf(rebuilt.flags)).toBe(null);
    }
  });

  it('gives the rebuilt states the classes and list kinds of the states the rules make, which clones lack', async () => {
    const states = gameStates(await scenarioIndex(file), seeds, 'random');
    const clones = states.map((s) => structuredClone(s));
    const mixed = shapesOf([...states, ...clones]);
    expect(mixed.states).toBeGreaterThan(1);
    expect(mixed.lists).toBeGreaterThan(1);
    const rebuiltStates = clones.map(stateFromData);
    const rebuilt = shapesOf([...states, ...rebuiltStates]);
    expect(rebuilt).toEqual(shapesOf(states));
    expect(rebuilt.states).toBe(1);
    expect(rebuilt.lists, rebuilt.mostShapedList).toBe(1);
    // And the objects in them, each as the rules make it (the actors and the generator's state as a clone gives them).
    const sameShape = sameShapeTest();
    const parts = (list: readonly GameState[]) => ({
      rng: list.map((s) => s.rng),
      actors: list.flatMap((s) => s.actors),
      proposals: list.flatMap((s) => s.proposals),
      outcomes: list.flatMap((s) => s.outcomes),
      history: list.flatMap((s) => s.history),
      historyTracks: list.flatMap((s) => s.history.map((h) => h.tracks)),
      endings: list.flatMap((s) => (s.ending === null ? [] : [s.ending])),
    });
    const made = parts(states);
    for (const [kind, objects] of Object.entries(parts(rebuiltStates))) {
      const engine = made[kind as keyof typeof made];
      expect(objects.length, kind).toBeGreaterThan(0);
      for (const o of objects) expect(sameShape(o, engine[0]!), kind).toBe(true);
    }
  });

  it('advises on a rebuilt clone exactly as on the state itself', async () => {
    const index = await scenarioIndex(file);
    const position: GameState = gameStates(index, ['data-advice'], 'greedy').find((s) => s.turn === 3 && s.proposals.length === 0 && s.ending === null)!;
    expect(advise(stateFromData(structuredClone(position)), index, 12, 'seed-d')).toEqual(advise(position, index, 12, 'seed-d'));
  });
});
