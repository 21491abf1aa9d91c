// The start screen reads each shipped scenario's id, title and summary without the YAML parser;
// they must be exactly what the scenario loader reads. Also the share link's hash. (Node only.)
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readHeader } from '../../src/app/browser/header';
import { cleanSeed, readShareHash, shareHash } from '../../src/app/browser/url';
import { SEED_MAX_LENGTH } from '../../src/app/seed';
import { loadScenario } from '../../src/scenario/load';
import { ROOT } from './game/helpers';

describe('scenario headers', () => {
  const files = readdirSync(resolve(ROOT, 'scenarios')).filter((f) => /\.ya?ml$/.test(f));

  it.each(files)('%s: id, title and summary as the loader reads them', (file) => {
    const text = readFileSync(resolve(ROOT, 'scenarios', file), 'utf8');
    const loaded = loadScenario(text, `scenarios/${file}`);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    const header = readHeader(text);
    expect(header.id).toBe(loaded.scenario.id);
    expect(header.title?.trim()).toBe(loaded.scenario.title.trim());
    expect(header.summary?.trim()).toBe(loaded.scenario.summary.trim());
  });

  it('reads plain, quoted, folded and literal scalars, and JSON', () => {
    expect(readHeader('id: a\ntitle: "Q \\"x\\""\nsummary: |\n  one\n  two\n')).toEqual({ id: 'a', title: 'Q "x"', summary: 'one\ntwo\n' });
    expect(readHeader("title: 'it''s'\nsummary: >-\n  folded\n  text\n\n  para\nother: 1\n")).toEqual({ title: "it's", summary: 'folded text\npara' });
    expect(readHeader('title: plain # comment\nsummary: first\n  second\n')).toEqual({ title: 'plain', summary: 'first second' });
    // A blank line inside a plain or quoted value is a line break, as the YAML loader reads it.
    expect(readHeader('summary: one\n\n  two\n')).toEqual({ summary: 'one\ntwo' });
    expect(readHeader('summary: "one\n\n  two"\n')).toEqual({ summary: 'one\ntwo' });
    expect(parse('summary: one\n\n  two\n')).toEqual({ summary: 'one\ntwo' });
    expect(readHeader('{"id":"j","title":"T","summary":"S"}')).toEqual({ id: 'j', title: 'T', summary: 'S' });
    expect(readHeader('not: [yaml')).toEqual({});
  });
});

describe('share links', () => {
  it('round-trip a scenario and a seed', () => {
    const hash = shareHash({ scenario: 'tutorial', seed: 'class 7b & co' });
    expect(readShareHash(hash)).toEqual({ ok: true, game: { scenario: 'tutorial', seed: 'class 7b & co' } });
  });

  it('round-trip the seats of other states, when a game has them', () => {
    const game = { scenario: 'tutorial', seed: 's', seats: { china: 'person', japan: 'expert' } } as const;
    expect(shareHash(game)).toBe('#scenario=tutorial&seed=s&seats=china%3Aperson%2Cjapan%3Aexpert');
    expect(readShareHash(shareHash(game))).toEqual({ ok: true, game });
    expect(shareHash({ scenario: 'tutorial', seed: 's', seats: {} })).toBe('#scenario=tutorial&seed=s');
  });

  it('refuse what is not a game, saying what is wrong', () => {
    const problem = (hash: string) => {
      const read = readShareHash(hash);
      return read.ok ? null : read.problem;
    };
    expect(problem('#seed=1')).toBe('it names no scenario');
    expect(problem('#scenario=tutorial')).toBe('it names no seed');
    expect(problem('#scenario=Bad_Id&seed=1')).toBe('"Bad_Id" is not a scenario\'s id');
    expect(problem(`#scenario=tutorial&seed=${'x'.repeat(SEED_MAX_LENGTH + 1)}`)).toBe('the seed has 201 characters; at most 200 are allowed');
    expect(problem('#scenario=tutorial&seed=%00')).toBe('the seed holds a control character (U+0000); use letters, digits, spaces and punctuation');
    expect(readShareHash(`#scenario=tutorial&seed=${'x'.repeat(SEED_MAX_LENGTH)}`)).toEqual({ ok: true, game: { scenario: 'tutorial', seed: 'x'.repeat(SEED_MAX_LENGTH) } });
    const seatProblems = {
      china: 'its seat "china" names no one who can play it (random, greedy, expert, person)',
      'china:nobody': 'its seat "china:nobody" names no one who can play it (random, greedy, expert, person)',
      'china:person,china:expert': 'it gives the seat of "china" twice',
      'China:person': 'its seat "China:person" is not an actor\'s id and who plays it, as in china:person',
      'china:person:x': 'its seat "china:person:x" is not an actor\'s id and who plays it, as in china:person',
      // A right-to-left override in a link is shown by its code, not left to turn the message around.
      'china\u202E:person': 'its seat "china\\u202E:person" is not an actor\'s id and who plays it, as in china:person',
      [Array.from({ length: 17 }, (_, i) => `a${i}:person`).join(',')]: 'it gives 17 seats, and a game has at most 16',
    };
    for (const [seats, words] of Object.entries(seatProblems)) expect(problem(`#scenario=tutorial&seed=1&seats=${encodeURIComponent(seats)}`), seats).toBe(words);
    expect(cleanSeed('  a  ')).toBe('a');
    expect(cleanSeed('a\u0000b')).toBeNull();
  });
});
