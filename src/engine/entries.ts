// The state's tables that gain a key as the game goes (flags; the counts of each option's deals
// and tries, of each event, move and offer in a game of the first checksum scheme: newGame.ts)
// are objects without a prototype, which V8 keeps as hash tables. Copied as ordinary objects with
// one more key each time, every order of keys became a hidden class of its own, thousands in a
// batch of games, and each read of one missed V8's caches: 170 ns a read against 20 (measured on
// Node 20). They stay plain data: JSON writes the same keys in the same order.

/** An empty table. */
export const noEntries = <T>(): Record<string, T> => Object.create(null) as Record<string, T>;

/**
 * A copy of a table with one entry set, a key it had in its place, a new one last. A plain table
 * that has the key (the counts of a game of the present scheme, which has them all from the start)
 * is copied plainly and keeps its shape; any other becomes a hash table.
 */
export function withEntry<T>(table: Readonly<Record<string, T>> | undefined, key: string, value: T): Record<string, T> {
  if (table !== undefined && Object.getPrototypeOf(table) !== null && table[key] !== undefined) {
    // A spread then a store: a spread with the key computed in it cost twice as much (Node 20).
    const copy = { ...table };
    copy[key] = value;
    return copy;
  }
  const copy = noEntries<T>();
  for (const known in table) copy[known] = table[known]!;
  copy[key] = value;
  return copy;
}

/** A copy of a table of counts with one more for `key` (a count not kept yet is 0). */
export const countOne = (table: Readonly<Record<string, number>> | undefined, key: string): Record<string, number> => withEntry(table, key, (table?.[key] ?? 0) + 1);
