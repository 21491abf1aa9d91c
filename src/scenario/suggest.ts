// "did you mean …?" for misspelt field names and ids.

/** Edit distance (insertions, deletions, substitutions, swaps of neighbours), stopping early past `limit`. */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      current.push(d);
      best = Math.min(best, d);
    }
    if (best > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The closest candidate when it is close enough to be a likely typo; else the one candidate that
 * the word begins in whole dash-separated parts (`saudi` for `saudi-arabia`, `gas` for `gas-deal`:
 * an id shortened, not misspelt); else undefined. Only one such candidate is offered: of
 * `china-dependence` and `china-junior-partner`, `china` names neither.
 */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const lower = word.toLowerCase();
  const limit = Math.max(1, Math.min(3, Math.floor(word.length / 3)));
  let found: string | undefined;
  let foundDistance = limit + 1;
  const shortened = new Set<string>();
  for (const candidate of candidates) {
    const other = candidate.toLowerCase();
    const d = distance(lower, other, limit);
    if (d < foundDistance) {
      found = candidate;
      foundDistance = d;
    }
    if (lower !== '' && other.startsWith(`${lower}-`)) shortened.add(candidate);
  }
  return found ?? (shortened.size === 1 ? [...shortened][0] : undefined);
}

/** ` (did you mean "chance"?)`, or nothing when no candidate is close. */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  const match = closest(word, candidates);
  return match === undefined ? '' : ` (did you mean "${match}"?)`;
}

/** Lists of ids longer than this show only the closest few. */
const MAX_LISTED = 12;
const CLOSEST_SHOWN = 8;

/**
 * `; the actors are: china, japan`: the ids a misspelt or unknown one could be, all of them when
 * there are few, else the closest few and how many more; nothing when there are none.
 */
export function theIdsAre(word: string, candidates: Iterable<string>, plural: string): string {
  const all = [...new Set(candidates)];
  if (all.length === 0) return `; there are no ${plural}`;
  if (all.length <= MAX_LISTED) return `; the ${plural} are: ${all.join(', ')}`;
  const lower = word.toLowerCase();
  const nearest = all
    .map((id, order) => ({ id, order, d: distance(lower, id.toLowerCase(), Math.max(lower.length, id.length)) }))
    .sort((a, b) => a.d - b.d || a.order - b.order)
    .slice(0, CLOSEST_SHOWN)
    .map((x) => x.id);
  return `; the closest ${plural} are: ${nearest.join(', ')} …and ${all.length - nearest.length} more`;
}
