// The class view's students sorted by one column: names and words in the order a teacher
// expects (compareNames: "student2" before "student10", case aside), numbers as numbers. A row
// with nothing in the column (a game not finished has no ending or score) goes last whichever
// way, and rows that tie keep the order they came in (the names' order), so a sort is stable.
import { compareNames } from '../../app/classView';

export type SortValue = string | number | null;
export type SortDirection = 'ascending' | 'descending';

function compareValues(a: string | number, b: string | number): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return compareNames(String(a), String(b));
}

/** A new array of `rows` sorted by `value`, the empty ones (null) last. */
export function sortRows<T>(rows: readonly T[], value: (row: T) => SortValue, direction: SortDirection): T[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const keyed = rows.map((row, at) => ({ row, at, key: value(row) }));
  keyed.sort((x, y) => {
    if (x.key === null || y.key === null) return x.key === y.key ? x.at - y.at : x.key === null ? 1 : -1;
    return sign * compareValues(x.key, y.key) || x.at - y.at;
  });
  return keyed.map((k) => k.row);
}
