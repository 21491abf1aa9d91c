// The one seeded generator of a game. Its state is plain data kept in the game state, so a game
// can be stopped, serialised and continued with exactly the same dice.
import seedrandom from 'seedrandom';

/** Alea's internal state, as seedrandom exports it. */
export interface RngState {
  c: number;
  s0: number;
  s1: number;
  s2: number;
}

export function seedRng(seed: string): RngState {
  return seedrandom.alea(seed, { state: true }).state() as RngState;
}

/**
 * A whole number in 0 .. sides-1, and the generator's next state.
 * Alea's output is exact IEEE arithmetic, identical in every JavaScript engine. This is Alea's own
 * step (seedrandom's lib/alea.js, `next`), written out: building a seedrandom generator for every
 * die cost more than the rest of a turn's arithmetic. tests/engine/rng.test.ts holds it to seedrandom.
 */
export function roll(state: RngState, sides: number): { value: number; rng: RngState } {
  const t = 2091639 * state.s0 + state.c * 2.3283064365386963e-10; // 2^-32
  const c = t | 0;
  const s2 = t - c;
  // The keys in seedrandom's order (c, s0, s1, s2): the state is part of every turn's checksum.
  return { value: Math.floor(s2 * sides), rng: { c, s0: state.s1, s1: state.s2, s2 } };
}

/** The hundred-sided die of every decision: 0..99. */
export function rollPercent(state: RngState): { value: number; rng: RngState } {
  return roll(state, 100);
}
