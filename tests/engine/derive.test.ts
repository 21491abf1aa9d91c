// A derived track reads one attribute of its actors, so recomputeDerived skips the tracks whose
// attribute no effect moved (the set of moved attributes is a number of ATTRIBUTE_BITs).
import { describe, expect, it } from 'vitest';
import { ATTRIBUTE_BIT, EVERY_ATTRIBUTE, recomputeDerived } from '../../src/engine/derive';
import { newGame } from '../../src/engine';
import { ACTOR_ATTRIBUTES } from '../../src/scenario/attributes';
import { scenarioIndex } from '../scenarios/claimHelpers';

describe('the attributes moved, as bits', () => {
  it('gives each actor attribute a bit of its own, and every attribute together is EVERY_ATTRIBUTE', () => {
    const bits = ACTOR_ATTRIBUTES.map((attr) => ATTRIBUTE_BIT[attr]);
    expect(Object.keys(ATTRIBUTE_BIT).sort()).toEqual([...ACTOR_ATTRIBUTES].sort());
    for (const bit of bits) expect(bit & (bit - 1)).toBe(0); // one bit set
    expect(new Set(bits).size).toBe(bits.length);
    expect(bits.reduce((all, bit) => all | bit, 0)).toBe(EVERY_ATTRIBUTE);
  });
});

describe('recomputeDerived', () => {
  it('recomputes a derived track when its attribute moved, and leaves it when only another one did', async () => {
    const index = await scenarioIndex('other-asia-2019.yaml');
    const derived = index.derived[0]!;
    const other = ACTOR_ATTRIBUTES.find((attr) => attr !== derived.attr)!;
    const state = newGame(index, 'derive-bits');
    const before = state.tracks[derived.slot]!;
    // Move the counted actors' numbers so the track's value must change, without recomputing yet.
    const moved = { ...state, tracks: [...state.tracks], actors: [...state.actors] };
    moved.actors[derived.countedSlots[0]!] = { ...moved.actors[derived.countedSlots[0]!]!, [derived.attr]: 0 };
    recomputeDerived(moved, index, ATTRIBUTE_BIT[other]);
    expect(moved.tracks[derived.slot]).toBe(before);
    recomputeDerived(moved, index, ATTRIBUTE_BIT[derived.attr]);
    expect(moved.tracks[derived.slot]).not.toBe(before);
    const again = { ...moved, tracks: [...moved.tracks] };
    again.tracks[derived.slot] = before;
    recomputeDerived(again, index);
    expect(again.tracks[derived.slot]).toBe(moved.tracks[derived.slot]);
  });
});
