// How an ending's conditions combine, said before the debrief's list of them, which shows the
// parts of an `all` and of an `any` alike.
import { describe, expect, it } from 'vitest';
import { combinationWords } from '../../src/ui/endingReasons';

const t = (gte: number) => ({ turn: { gte } });

describe("the words before an ending's conditions", () => {
  it('say whether all must hold, any one will do, or both kinds are mixed; nothing for one condition', () => {
    expect(combinationWords({ all: [t(1), t(2)] })).toBe('All of these must hold:');
    expect(combinationWords({ any: [t(1), t(2)] })).toBe('Any one of these is enough:');
    // Under a not, each part is listed negated: none of an any may hold, so all the negations must.
    expect(combinationWords({ not: { any: [t(1), t(2)] } })).toBe('All of these must hold:');
    expect(combinationWords({ not: { all: [t(1), t(2)] } })).toBe('Any one of these is enough:');
    expect(combinationWords({ all: [t(1), { any: [t(2), t(3)] }] })).toMatch(/^Its conditions, some of which must all hold and some of which any one will do/);
    expect(combinationWords({ all: [t(1), { count: [t(2), t(3)], gte: 1 }] })).toBe('All of these must hold (the parts of a count, ● or ○, are only counted):');
    expect(combinationWords({ count: [t(2), t(3)], gte: 1 })).toBeNull();
    expect(combinationWords(t(1))).toBeNull();
    expect(combinationWords(undefined)).toBeNull();
  });
});
