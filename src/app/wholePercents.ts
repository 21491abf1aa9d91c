// Shares in whole percent that add up as their counts do: each share rounded alone can make a
// list read 101 % or 99 %, so the points lost to rounding down go to the largest remainders.

/**
 * Each count's share of `total` in whole percent. Together they make the rounded share of all the
 * counts (100 when they are the whole); a tie between remainders goes to the earlier count.
 */
export function wholePercents(counts: readonly number[], total: number): number[] {
  if (total <= 0) return counts.map(() => 0);
  const shares = counts.map((c) => Math.floor((100 * c) / total));
  const remainders = counts.map((c, i) => ({ i, rest: (100 * c) % total }));
  const sum = counts.reduce((a, c) => a + c, 0);
  let left = Math.round((100 * sum) / total) - shares.reduce((a, s) => a + s, 0);
  remainders.sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i, rest } of remainders) {
    if (left <= 0 || rest === 0) break;
    shares[i]! += 1;
    left -= 1;
  }
  return shares;
}

/**
 * A share as written: one that came out but rounds to 0 reads "<1", not "0" (an ending met once in
 * 200 playthroughs happened; "0 %" beside it said it never did).
 */
export function percentShown(count: number, percent: number): string {
  return count > 0 && percent === 0 ? '<1' : String(percent);
}
