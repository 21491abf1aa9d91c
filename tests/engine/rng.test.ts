// The engine's dice step Alea by hand (src/engine/rng.ts): they must draw exactly what seedrandom's
// Alea draws from the same state, and leave the same state behind, key order included (the state
// is part of every turn's checksum).
import fc from 'fast-check';
import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { roll, seedRng, type RngState } from '../../src/engine/rng';

function seedrandomRoll(state: RngState, sides: number): { value: number; rng: RngState } {
  const prng = seedrandom.alea('', { state });
  const value = Math.floor(prng() * sides);
  return { value, rng: prng.state() as RngState };
}

describe('roll', () => {
  it('draws what seedrandom draws, 2,000 dice in a row, for any seed and die', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.integer({ min: 1, max: 1000 }), (seed, sides) => {
        let mine = seedRng(seed);
        let theirs = seedRng(seed);
        for (let i = 0; i < 2000; i++) {
          const a = roll(mine, sides);
          const b = seedrandomRoll(theirs, sides);
          expect(a.value).toBe(b.value);
          expect(JSON.stringify(a.rng)).toBe(JSON.stringify(b.rng));
          mine = a.rng;
          theirs = b.rng;
        }
      }),
      { numRuns: 50 },
    );
  });

  it('leaves the state it was given unchanged', () => {
    const state = seedRng('same');
    const before = JSON.stringify(state);
    roll(state, 100);
    expect(JSON.stringify(state)).toBe(before);
  });
});
