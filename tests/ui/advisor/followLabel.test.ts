// The advice card's follow button says what its plan's options are: proposals, steps taken alone
// (the option cards' "Carry out"), or both.
import { describe, expect, it } from 'vitest';
import { followLabel } from '../../../src/ui/advisor/followLabel';

describe('followLabel', () => {
  it('proposes proposals, carries out steps taken alone, and adds a plan of both to the turn', () => {
    expect(followLabel([true])).toBe('Propose it');
    expect(followLabel([true, true, true])).toBe('Propose these 3');
    expect(followLabel([false])).toBe('Carry it out');
    expect(followLabel([false, false])).toBe('Carry out these 2');
    expect(followLabel([false, true, true])).toBe('Add these 3 to the turn');
  });
});
