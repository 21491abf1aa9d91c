// "did you mean …?": a misspelt id, or one shortened to its first parts, and nothing for an unrelated one.
import { describe, expect, it } from 'vitest';
import { closest, didYouMean } from '../../src/scenario/suggest';

const ACTORS = ['eu', 'russia', 'qatar', 'saudi-arabia', 'usa'];
const OPTIONS = ['gas-deal', 'moscow-kazan-railway', 'eight-point-plan', 'island-talks'];

describe('closest', () => {
  it('finds a misspelt id', () => {
    expect(closest('qattar', ACTORS)).toBe('qatar');
    expect(didYouMean('rusia', ACTORS)).toBe(' (did you mean "russia"?)');
  });

  it('finds the one id that the word begins in whole dash-separated parts', () => {
    expect(closest('saudi', ACTORS)).toBe('saudi-arabia');
    expect(closest('Saudi', ACTORS)).toBe('saudi-arabia');
    expect(closest('moscow-kazan', OPTIONS)).toBe('moscow-kazan-railway');
    expect(didYouMean('gas', OPTIONS)).toBe(' (did you mean "gas-deal"?)');
  });

  it('prefers a close spelling to a longer id that begins with the word', () => {
    expect(closest('oil-prise', ['oil-price', 'oil-prise-cap'])).toBe('oil-price');
  });

  it('offers nothing for a part from the middle, a part cut short, or a word that begins several ids', () => {
    expect(closest('kazan', OPTIONS)).toBeUndefined();
    expect(closest('railway', OPTIONS)).toBeUndefined();
    expect(closest('mos', OPTIONS)).toBeUndefined();
    expect(closest('sau', ACTORS)).toBeUndefined();
    expect(closest('china', ['china-dependence', 'china-junior-partner'])).toBeUndefined();
    expect(closest('korea', ACTORS)).toBeUndefined();
    expect(closest('atlantis', OPTIONS)).toBeUndefined();
    expect(closest('', OPTIONS)).toBeUndefined();
  });
});
