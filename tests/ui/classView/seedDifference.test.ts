// Seeds that look alike: what differs, in words, and where, so that the class view marks it.
import { describe, expect, it } from 'vitest';
import { seedDifference } from '../../../src/ui/classView/seedDifference';

describe('seedDifference', () => {
  it('is null for the class’s own seed', () => {
    expect(seedDifference('class-7b', 'class-7b')).toBeNull();
  });

  it('says a space added at the end, and marks it', () => {
    expect(seedDifference('class-7b ', 'class-7b')).toEqual({ start: 8, end: 9, words: 'a space added at the end' });
    expect(seedDifference('  class-7b', 'class-7b')).toEqual({ start: 0, end: 2, words: '2 spaces added at the start' });
  });

  it('says a character in place of another, and which', () => {
    expect(seedDifference('c1ass-7b', 'class-7b')).toEqual({ start: 1, end: 2, words: '“1” in place of “l” (character 2)' });
    expect(seedDifference('Class-7b', 'class-7b')?.words).toBe('“C” in place of “c” (character 1)');
  });

  it('says a character missing, where', () => {
    expect(seedDifference('class7b', 'class-7b')).toEqual({ start: 5, end: 5, words: '“-” missing after character 5' });
    expect(seedDifference('class-7', 'class-7b')?.words).toBe('“b” missing at the end');
  });

  it('marks the seed without words when it is not alike (another seed altogether)', () => {
    expect(seedDifference('mybirthday', 'class-7b')).toEqual({ start: 0, end: 10, words: null });
  });
});
