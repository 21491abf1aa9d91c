import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fnv1a64 } from '../../src/engine/hash';
import { canonicalJson, contentHash } from '../../src/scenario/contentHash';
import { edit, fixture, loaded, minimal } from './helpers';

/** FNV-1a 64 written the obvious way, with BigInt and TextEncoder, to check the 16-bit version. */
function referenceFnv1a64(text: string): string {
  let h = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(text)) h = ((h ^ BigInt(byte)) * 0x100000001b3n) & 0xffffffffffffffffn;
  return h.toString(16).padStart(16, '0');
}

describe('fnv1a64', () => {
  it('gives the published test vectors', () => {
    expect(fnv1a64('')).toBe('cbf29ce484222325');
    expect(fnv1a64('a')).toBe('af63dc4c8601ec8c');
    expect(fnv1a64('foobar')).toBe('85944171f73967e8');
  });

  it('agrees with a BigInt implementation on any text, including non-ASCII', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => fnv1a64(text) === referenceFnv1a64(text)));
    expect(fnv1a64('Владивосток 北京 🚂')).toBe(referenceFnv1a64('Владивосток 北京 🚂'));
  });
});

describe('canonicalJson', () => {
  it('sorts keys at every level, keeps list order and leaves out undefined fields', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, 1], c: 'x' }, e: undefined })).toBe('{"a":{"c":"x","d":[3,1]},"b":1}');
  });
});

describe('the content hash of a scenario', () => {
  const hashOf = (text: string, file = 'a.yaml') => loaded(text, file).hash;
  const base = hashOf(minimal);

  it('is the hash of the canonical JSON of the checked scenario', () => {
    const { scenario, hash } = loaded(minimal);
    expect(hash).toBe(contentHash(scenario));
    expect(hash).toBe(fnv1a64(canonicalJson(scenario)));
  });

  it('ignores comments, blank lines, indentation style, key order and quoting', () => {
    const withoutComments = minimal.replace(/ # .*$/gm, '').replace(/^#.*\n/gm, '');
    expect(withoutComments).not.toContain('# one turn');
    expect(hashOf(withoutComments)).toBe(base);
    expect(hashOf(minimal.replace(/\n\n/g, '\n\n\n# a new comment\n\n'))).toBe(base);
    expect(hashOf(edit(minimal, 'calendar:\n  start: 2016-09\n  monthsPerTurn: 3 # one turn is a season\n  turns: 8 # two years, to August 2018\n', 'calendar: { turns: 8, "start": "2016-09", monthsPerTurn: 3 }\n'))).toBe(base);
  });

  it('is the same for the YAML and the JSON file of the same scenario', () => {
    expect(hashOf(fixture('minimal.json'), 'a.json')).toBe(base);
  });

  it('is the same when a default is written out, since the game is the same', () => {
    expect(hashOf(edit(minimal, 'summary: >-', 'language: en\nsummary: >-'))).toBe(base);
    expect(hashOf(edit(minimal, '    cost: 3\n', '    cost: 3\n    open: true\n'))).toBe(base);
  });

  it('changes with any change of content: a word, a number, the order of a list', () => {
    const changed = [
      edit(minimal, 'title: The Vladivostok Forum (mini)', 'title: The Vladivostok Forum (mini!)'),
      edit(minimal, '    cost: 3\n', '    cost: 4\n'),
      edit(minimal, '  turns: 8', '  turns: 7'),
      edit(minimal, '    chance: 20 #', '    chance: 21 #'),
      edit(minimal, 'score:\n  - { track: development, weight: 2 }\n  - { track: diversification, weight: 1 }', 'score:\n  - { track: diversification, weight: 1 }\n  - { track: development, weight: 2 }'),
    ].map((text) => hashOf(text));
    expect(new Set([base, ...changed]).size).toBe(changed.length + 1);
  });
});
