// How much a parsed file holds once its YAML aliases are expanded. The parser gives an alias the
// very object of its anchor, so the data is a graph where a few hundred bytes can stand for
// millions of values; everything after parsing (schema, engine, debrief) walks it as a tree. Each
// distinct object is counted once (its size remembered), so this takes time linear in the file,
// and every count stops as soon as it passes the limit.
import type { Path, Problem } from './errors';
import { MAX_VALUES } from './limits';

const format = (n: number) => n.toLocaleString('en-US');

export const TOO_MANY_VALUES =
  `this holds more than ${format(MAX_VALUES)} values (texts, numbers, lists, mappings), counting all that YAML aliases (*name) repeat; ` +
  `at most ${format(MAX_VALUES)} are allowed in a scenario: repeat less (the shipped scenarios hold under 3,000)`;

type Sizes = WeakMap<object, number>;

/** Values in `value`, itself included, counted up to `limit + 1` at most. */
function sizeOf(value: unknown, limit: number, sizes: Sizes): number {
  if (value === null || typeof value !== 'object') return 1;
  const known = sizes.get(value);
  if (known !== undefined) return known;
  let size = 1;
  for (const child of Object.values(value)) {
    size += sizeOf(child, limit - size, sizes);
    if (size > limit) break;
  }
  size = Math.min(size, limit + 1);
  // A count cut short is only a lower bound, valid for this limit or a smaller one.
  if (size <= limit) sizes.set(value, size);
  return size;
}

/**
 * The problem when the expanded file is over the limit, at the deepest part that is over it alone
 * (where the aliases pile up), else undefined.
 */
export function checkExpandedSize(value: unknown, limit = MAX_VALUES): Problem | undefined {
  const sizes: Sizes = new WeakMap();
  if (sizeOf(value, limit, sizes) <= limit) return undefined;
  const path: (string | number)[] = [];
  let node = value as object;
  for (;;) {
    const entries = Array.isArray(node) ? node.map((v, i) => [i, v] as const) : Object.entries(node);
    const over = entries.find(([, child]) => sizeOf(child, limit, sizes) > limit);
    if (!over) break;
    path.push(over[0]);
    node = over[1] as object;
  }
  return { path: path as Path, message: TOO_MANY_VALUES };
}
