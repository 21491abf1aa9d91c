// A count with its noun, as the advisor's status and the class view write it: "1 choice", "16 choices".
import { describe, expect, it } from 'vitest';
import { plural } from '../../src/ui/text';

describe('plural', () => {
  it('writes one without the plural ending and every other count with it', () => {
    expect(plural(1, 'choice')).toBe('1 choice');
    expect(plural(16, 'choice')).toBe('16 choices');
    expect(plural(0, 'file')).toBe('0 files');
    expect(plural(1, 'record file')).toBe('1 record file');
  });

  it('takes an irregular plural', () => {
    expect(plural(2, 'country', 'countries')).toBe('2 countries');
    expect(plural(1, 'country', 'countries')).toBe('1 country');
  });
});
