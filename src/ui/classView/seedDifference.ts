// How a student's seed differs from the one most of the class used, when they look alike: a
// seed typed "class-7b " (a space at the end) or "c1ass-7b" (a one for the l) gives another game,
// and on the screen the two read the same. Said in words, and the characters that differ marked.

export interface SeedDifference {
  /** Where the differing characters are in the seed (start ≤ end; equal when some are missing). */
  start: number;
  end: number;
  /** "a space added at the end", "“1” in place of “l” (character 2)"; null when the seeds are not alike. */
  words: string | null;
}

/** At most this many characters different (on both sides together) for two seeds to look alike. */
const ALIKE = 4;

const named = (chars: string) => (/^ +$/.test(chars) ? (chars.length === 1 ? 'a space' : `${chars.length} spaces`) : `“${chars}”`);

/** Null when `seed` is `common`. */
export function seedDifference(seed: string, common: string): SeedDifference | null {
  if (seed === common) return null;
  const a = [...seed];
  const b = [...common];
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const ours = a.slice(head, a.length - tail).join('');
  const theirs = b.slice(head, b.length - tail).join('');
  // Positions in UTF-16 units, for marking the seed's text.
  const start = a.slice(0, head).join('').length;
  const span = { start, end: start + ours.length };
  if ([...ours].length + [...theirs].length > ALIKE) return { ...span, words: null };
  const where = head === 0 ? 'at the start' : tail === 0 ? 'at the end' : `after character ${head}`;
  const words =
    theirs === ''
      ? `${named(ours)} added ${where}`
      : ours === ''
        ? `${named(theirs)} missing ${where}`
        : `${named(ours)} in place of ${named(theirs)} (character ${head + 1})`;
  return { ...span, words };
}
