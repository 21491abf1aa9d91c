// How many of the page's advice workers a new run takes (src/ui/advisor/advicePool.ts): every warm
// one, and a cold one only where it can also have a core for its compiling.
import { describe, expect, it } from 'vitest';
import { workersForRun } from '../../../src/ui/advisor/advicePool';

describe('workersForRun', () => {
  it('starts one cold worker per two cores, and always at least one', () => {
    expect([1, 2, 3, 4, 6, 8].map((cores) => workersForRun(cores, Math.min(4, cores), 0))).toEqual([1, 1, 1, 2, 3, 4]);
  });

  it('takes every warm worker, and cold ones only for the cores the warm ones leave two by two', () => {
    // Two cores: once one is warm it plays alone, the other core left to the page and the compiler.
    expect(workersForRun(2, 2, 1)).toBe(1);
    expect(workersForRun(2, 2, 2)).toBe(2);
    expect(workersForRun(4, 4, 2)).toBe(3);
    expect(workersForRun(4, 4, 3)).toBe(3);
    expect(workersForRun(8, 4, 2)).toBe(4);
  });

  it('never takes more than it may (a run worked out ahead keeps a core for the page)', () => {
    expect(workersForRun(8, 3, 0)).toBe(3);
    expect(workersForRun(4, 3, 3)).toBe(3);
    expect(workersForRun(1, 1, 1)).toBe(1);
  });
});
