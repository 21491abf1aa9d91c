// Where things are in a JSON text that JSON.parse has read: the offset of a path's value (a record's
// problems say their line, as a scenario's do from its YAML tree), and the first key an object
// gives twice (JSON.parse keeps the last one silently: the file a person reads would differ from
// the game replayed). One pass over the text; the caller bounds the nesting first
// (nestedDeeperThan, below), so the recursion stays shallow.

export type JsonStep = string | number;

/**
 * Where a JSON text's brackets first open more than `max` deep, outside its strings (a seed of
 * brackets is no nesting), or undefined. A text 5,000 brackets deep overflowed the stack of the
 * checks after JSON.parse, and of this file's own walk: it is refused here first.
 */
export function nestedDeeperThan(text: string, max: number): number | undefined {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      for (i++; i < text.length && text.charCodeAt(i) !== 0x22; i++) if (text.charCodeAt(i) === 0x5c) i++;
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return i;
    } else if ((c === 0x5d || c === 0x7d) && depth > 0) depth--;
  }
  return undefined;
}

/** Visited at each value (and, for an object's key, with the key's offset); returns true to stop. */
type Visit = (path: readonly JsonStep[], offset: number) => boolean;

class Stop extends Error {}

/** Walks valid JSON: `atValue` at every value, `atKey` at every key with whether its object gave it before. */
function walk(text: string, atValue: Visit, atKey: (path: readonly JsonStep[], offset: number, again: boolean) => boolean): void {
  const path: JsonStep[] = [];
  let i = 0;
  const space = () => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\n' || text[i] === '\r' || text[i] === '\t')) i++;
  };
  const string = (): string => {
    const start = i;
    i++; // the opening quote
    while (text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const value = (): void => {
    space();
    if (atValue(path, i)) throw new Stop();
    const c = text[i];
    if (c === '{') {
      i++;
      const keys = new Set<string>();
      space();
      if (text[i] === '}') return void i++;
      for (;;) {
        space();
        const keyAt = i;
        const key = string();
        path.push(key);
        if (atKey(path, keyAt, keys.has(key))) throw new Stop();
        keys.add(key);
        space();
        i++; // the colon
        value();
        path.pop();
        space();
        if (text[i++] === '}') return;
      }
    }
    if (c === '[') {
      i++;
      space();
      if (text[i] === ']') return void i++;
      for (let n = 0; ; n++) {
        path.push(n);
        value();
        path.pop();
        space();
        if (text[i++] === ']') return;
      }
    }
    if (c === '"') return void string();
    while (i < text.length && !',]} \n\r\t'.includes(text[i]!)) i++; // a number, true, false or null
  };
  try {
    value();
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
  }
}

const samePath = (a: readonly JsonStep[], b: readonly JsonStep[]) => a.length === b.length && a.every((step, k) => step === b[k]);

/** Where the value at `path` begins (of a key: where the key is written, for a field that should not be there), or null. */
export function offsetOfPath(text: string, path: readonly JsonStep[], key = false): number | null {
  let found: number | null = null;
  walk(
    text,
    (at, offset) => !key && samePath(at, path) && ((found = offset), true),
    (at, offset) => key && samePath(at, path) && ((found = offset), true),
  );
  return found;
}

/**
 * The first key an object of the text gives twice (the offset of the second), or that is named
 * `__proto__` (JSON.parse makes it a field, which the checks after it drop without a word): its
 * path, with the key last, and its offset.
 */
export function firstBadKey(text: string): { path: JsonStep[]; offset: number; repeated: boolean } | null {
  let bad: { path: JsonStep[]; offset: number; repeated: boolean } | null = null;
  walk(
    text,
    () => false,
    (at, offset, again) => (again || at.at(-1) === '__proto__') && ((bad = { path: [...at], offset, repeated: again }), true),
  );
  return bad;
}
