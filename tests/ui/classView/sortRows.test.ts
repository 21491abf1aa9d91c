// The class view's sort: names in a teacher's order, numbers as numbers, empty values last either
// way, ties in the order they came (stable).
import { describe, expect, it } from 'vitest';
import { sortRows } from '../../../src/ui/classView/sortRows';

describe('sortRows', () => {
  it('sorts names as compareNames does: case aside, runs of digits as numbers', () => {
    const names = ['student10.json', 'Student2.json', 'anna.json', 'Zoe.json', 'student1.json'];
    expect(sortRows(names, (n) => n, 'ascending')).toEqual(['anna.json', 'student1.json', 'Student2.json', 'student10.json', 'Zoe.json']);
    expect(sortRows(names, (n) => n, 'descending')).toEqual(['Zoe.json', 'student10.json', 'Student2.json', 'student1.json', 'anna.json']);
  });

  it('sorts numbers numerically (99 before 100), not as text', () => {
    const scores = [100, 99, 5, 1000, -3];
    expect(sortRows(scores, (n) => n, 'ascending')).toEqual([-3, 5, 99, 100, 1000]);
    expect(sortRows(scores, (n) => n, 'descending')).toEqual([1000, 100, 99, 5, -3]);
  });

  it('puts a row without a value (a game not finished) last in both directions', () => {
    const rows = [{ n: 'a', score: null }, { n: 'b', score: 3 }, { n: 'c', score: null }, { n: 'd', score: 7 }];
    expect(sortRows(rows, (r) => r.score, 'ascending').map((r) => r.n)).toEqual(['b', 'd', 'a', 'c']);
    expect(sortRows(rows, (r) => r.score, 'descending').map((r) => r.n)).toEqual(['d', 'b', 'a', 'c']);
  });

  it('is stable: rows that tie keep their order, in both directions', () => {
    const rows = ['anna', 'ben', 'chen', 'dana', 'eli'].map((n, i) => ({ n, ending: i % 2 === 0 ? 'Peace' : 'A pivot' }));
    expect(sortRows(rows, (r) => r.ending, 'ascending').map((r) => r.n)).toEqual(['ben', 'dana', 'anna', 'chen', 'eli']);
    expect(sortRows(rows, (r) => r.ending, 'descending').map((r) => r.n)).toEqual(['anna', 'chen', 'eli', 'ben', 'dana']);
  });

  it('leaves the rows it was given as they were', () => {
    const rows = [3, 1, 2];
    sortRows(rows, (n) => n, 'ascending');
    expect(rows).toEqual([3, 1, 2]);
  });
});
