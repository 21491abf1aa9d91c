// The state's lists made in the kinds V8 keeps the engine's own in: a list of small integers (the
// tracks, the counts) in the kind for those, every other list (objects, texts, booleans) in the
// kind for any value from the start. V8 gives `[]` the small integers' kind until an object is
// pushed, its optimized `map` and `filter` may give another, and a list copied from data (a
// structured clone) comes in a third; code optimized for one kind is thrown away when another
// arrives ("wrong map"), then compiled again. A cold advice in a worker of Chromium's was
// deoptimized 14–15 times, 8 for a wrong map; with these 4–5 times, at most once so (docs/speed.md).

/** An empty list for anything but small integers. */
export function objectList<T>(): T[] {
  const list: (T | null)[] = [null];
  list.pop();
  return list as T[];
}

/** A list for anything but small integers: the items, or what `make` makes of each (an object's own literal). */
export function objectListOf<T, U = T>(items: readonly T[], make?: (item: T) => U): U[] {
  const list = objectList<U>();
  for (const item of items) list.push(make ? make(item) : (item as unknown as U));
  return list;
}

/** A copy of a list without `item` (filter would give an empty result the small integers' kind). */
export function objectListWithout<T>(items: readonly T[], item: T): T[] {
  const list = objectList<T>();
  for (const kept of items) if (kept !== item) list.push(kept);
  return list;
}

/** A copy of a list with the item at `at` replaced by `item` (map would give another kind once optimized). */
export function objectListReplacing<T>(items: readonly T[], at: number, item: T): T[] {
  const list = objectList<T>();
  for (let i = 0; i < items.length; i++) list.push(i === at ? item : items[i]!);
  return list;
}

/** A list of small integers (a table of counts, the tracks): the items, or what `make` makes of each. */
export function numberListOf<T = number>(items: readonly T[], make?: (item: T) => number): number[] {
  const list: number[] = [];
  for (const item of items) list.push(make ? make(item) : (item as unknown as number));
  return list;
}
