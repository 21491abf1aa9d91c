// The content hash of a scenario: FNV-1a (64 bits) over the UTF-8 bytes of its canonical JSON.
// Canonical JSON sorts the keys of every mapping, so comments, formatting, key order and the
// choice of YAML or JSON do not change the hash, while any change of content does.
import { fnv1a64 } from '../engine/hash';

/** JSON with the keys of every object sorted, no spaces; `undefined` fields are left out. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v ?? null)).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.keys(value)
      .sort()
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** The content hash of parsed scenario data. */
export function contentHash(value: unknown): string {
  return fnv1a64(canonicalJson(value));
}
