import { describe, expect, it } from 'vitest';
import { percentShown, wholePercents } from '../../src/app/wholePercents';

describe('wholePercents', () => {
  it('gives the points lost to rounding to the largest remainders, so the shares add up to 100', () => {
    // 200 playthroughs split 65 / 93 / 42: rounded alone, 33 + 47 + 21 = 101; the tie goes to the first.
    expect(wholePercents([65, 93, 42], 200)).toEqual([33, 46, 21]);
    // 2 / 3 / 4 of 9: 22.2, 33.3 and 44.4 rounded alone make 99; the largest remainder (0.44) gains.
    expect(wholePercents([2, 3, 4], 9)).toEqual([22, 33, 45]);
    expect(wholePercents([1, 1, 1], 3)).toEqual([34, 33, 33]);
    expect(wholePercents([2, 2, 2], 7).reduce((a, b) => a + b)).toBe(86);
  });

  it('keeps exact shares and zeros as they are', () => {
    expect(wholePercents([50, 0, 150], 200)).toEqual([25, 0, 75]);
    expect(wholePercents([0, 0], 0)).toEqual([0, 0]);
  });

  it('adds up to 100 for every split of 200 playthroughs into three', () => {
    for (let a = 0; a <= 200; a += 7)
      for (let b = 0; a + b <= 200; b += 3) expect(wholePercents([a, b, 200 - a - b], 200).reduce((x, y) => x + y)).toBe(100);
  });
});

describe('percentShown', () => {
  it('writes a share that came out but rounds to 0 as "<1", and every other as its number', () => {
    // One ending met once in 200 playthroughs: 0.5 %, rounded down when the remainder goes elsewhere.
    const percents = wholePercents([133, 66, 1], 200);
    expect(percents).toEqual([67, 33, 0]);
    expect([133, 66, 1].map((c, i) => percentShown(c, percents[i]!))).toEqual(['67', '33', '<1']);
    expect(percentShown(0, 0)).toBe('0');
    expect(percentShown(2, 1)).toBe('1');
  });
});
