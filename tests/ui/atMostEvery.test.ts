// The pacing of drawings asked for faster than they are worth drawing (src/ui/atMostEvery.ts): the
// advisor's cards while its workers play. Vitest's fake timers stand in for the clock and setTimeout.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { atMostEvery } from '../../src/ui/atMostEvery';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('atMostEvery', () => {
  it('draws the first ask on the next task, not within the caller', () => {
    const drawn: number[] = [];
    const draw = atMostEvery(250, (n: number) => drawn.push(n));
    draw(1);
    expect(drawn).toEqual([]);
    vi.advanceTimersByTime(0);
    expect(drawn).toEqual([1]);
  });

  it('folds the asks within an interval into one drawing at its end, with the latest arguments', () => {
    const drawn: number[] = [];
    const draw = atMostEvery(250, (n: number) => drawn.push(n));
    draw(1);
    vi.advanceTimersByTime(0);
    vi.advanceTimersByTime(100);
    draw(2);
    draw(3);
    vi.advanceTimersByTime(149);
    expect(drawn).toEqual([1]);
    vi.advanceTimersByTime(1);
    expect(drawn).toEqual([1, 3]);
    // Quiet for longer than the interval: the next ask is drawn at once again.
    vi.advanceTimersByTime(1000);
    draw(4);
    vi.advanceTimersByTime(0);
    expect(drawn).toEqual([1, 3, 4]);
  });

  it('drops a drawing still waiting when cancelled, and draws again when asked after', () => {
    const drawn: number[] = [];
    const draw = atMostEvery(250, (n: number) => drawn.push(n));
    draw(1);
    vi.advanceTimersByTime(0);
    draw(2);
    draw.cancel();
    vi.advanceTimersByTime(1000);
    expect(drawn).toEqual([1]);
    draw(5);
    vi.advanceTimersByTime(0);
    expect(drawn).toEqual([1, 5]);
  });
});
