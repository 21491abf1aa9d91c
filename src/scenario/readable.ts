// Reading parts of a scenario that may not fit the schema (its cross-references are checked even
// when the schema fails): a list that is not a list reads as empty, an item that is not a mapping
// as an empty mapping (so the indices of the others stay right), a field of the wrong type as absent.

type Row = Record<string, unknown>;

const isRow = (x: unknown): x is Row => typeof x === 'object' && x !== null && !Array.isArray(x);

// The types say what the schema promises; the checks below hold whatever the file holds.

/** The items of a list, each a mapping (or an empty one in its place). */
export function rows<T>(x: readonly T[] | undefined): T[] {
  return Array.isArray(x) ? x.map((v) => (isRow(v) ? v : {}) as T) : [];
}

/** A mapping, or an empty one. */
export function row<T extends object>(x: T | undefined): T {
  return (isRow(x) ? x : {}) as T;
}

/** Text, or undefined when the field holds anything else. */
export const text = (x: unknown): string | undefined => (typeof x === 'string' ? x : undefined);

/** A finite number, or undefined. */
export const num = (x: unknown): number | undefined => (typeof x === 'number' && Number.isFinite(x) ? x : undefined);

/** Whether a value is a mapping that has the field (the tolerant form of `'field' in c`). */
export const has = (x: unknown, field: string): boolean => isRow(x) && field in x;
