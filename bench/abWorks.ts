// What `npm run bench:ab` can time (bench/abUnits.ts makes each): here alone, so that bench/ab.ts
// can check its arguments without loading either revision's code.
export const WORKS = ['advice', 'engine', 'replay', 'statechart'] as const;
export type Work = (typeof WORKS)[number];
