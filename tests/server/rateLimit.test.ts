// How fast a client may talk (src/server/rateLimit.ts), on a clock the test turns: a burst at
// once, then the rate per second, never more; per address for joins.
import { describe, expect, it } from 'vitest';
import { KeyedRateLimit, RateLimit } from '../../src/server/rateLimit';

const takes = (take: () => boolean, n: number) => Array.from({ length: n }, take).filter(Boolean).length;

describe('the token bucket', () => {
  it('allows the burst at once, then the rate per second, and no more', () => {
    let t = 1_000_000;
    const limit = new RateLimit(40, 20, () => t);
    expect(takes(() => limit.take(), 41)).toBe(40);
    t += 1000; // a second later: 20 more
    expect(takes(() => limit.take(), 30)).toBe(20);
    t += 250; // a quarter of a second: 5
    expect(takes(() => limit.take(), 30)).toBe(5);
    t += 60_000; // a quiet minute fills it to the burst, not beyond
    expect(takes(() => limit.take(), 100)).toBe(40);
  });

  it('keeps one bucket per key', () => {
    let t = 0;
    const joins = new KeyedRateLimit(3, 1, () => t);
    expect(takes(() => joins.take('10.0.0.1'), 5)).toBe(3);
    expect(takes(() => joins.take('10.0.0.2'), 5)).toBe(3);
    t += 2000;
    expect(takes(() => joins.take('10.0.0.1'), 5)).toBe(2);
  });
});
