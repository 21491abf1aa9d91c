// The debrief's condition view stays bounded, whatever the size of an ending's condition.
import { describe, expect, it } from 'vitest';
import { boundedRows, MAX_CONDITION_ROWS, moreConditionsText } from '../../src/ui/conditionList';

describe("the debrief's condition rows", () => {
  const rows = (n: number) => Array.from({ length: n }, (_, i) => i);

  it('shows every row of a short condition', () => {
    expect(boundedRows(rows(3))).toEqual({ shown: [0, 1, 2], more: 0 });
    expect(boundedRows(rows(MAX_CONDITION_ROWS)).more).toBe(0);
  });

  it('shows at most MAX_CONDITION_ROWS rows and counts the rest', () => {
    const { shown, more } = boundedRows(rows(689_185));
    expect(shown).toEqual(rows(MAX_CONDITION_ROWS));
    expect(more).toBe(689_185 - MAX_CONDITION_ROWS);
    expect(moreConditionsText(more)).toBe(`… and ${(689_185 - MAX_CONDITION_ROWS).toLocaleString('en-US')} more conditions`);
    expect(moreConditionsText(1)).toBe('… and 1 more condition');
  });
});
