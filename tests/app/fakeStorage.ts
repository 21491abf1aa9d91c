// A browser's local storage for the tests of what the page keeps: a Map behind `window.localStorage`,
// fresh for each test. Returns a reader of the Map, to look at or spoil what was written.
import { afterEach, beforeEach } from 'vitest';

export function useFakeStorage(): () => Map<string, string> {
  let items = new Map<string, string>();
  beforeEach(() => {
    items = new Map();
    const storage = { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v) };
    (globalThis as { window?: unknown }).window = { localStorage: storage };
  });
  afterEach(() => {
    delete (globalThis as { window?: unknown }).window;
  });
  return () => items;
}
