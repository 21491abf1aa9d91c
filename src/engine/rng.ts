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
 * Alea's output is exact IEEE arithmetic, identical in every JavaScript engine.
 */
export function roll(state: RngState, sides: number): { value: number; rng: RngState } {
  const prng = seedrandom.alea('', { state });
  const value = Math.floor(prng() * sides);
  return { value, rng: prng.state() as RngState };
}

/** The hundred-sided die of every decision: 0..99. */
export function rollPercent(state: RngState): { value: number; rng: RngState } {
  return roll(state, 100);
}
