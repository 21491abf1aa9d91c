// Endings no game ends with though their conditions can hold (hidden by an ending above them that
// always holds, or a second fallback), and an early ending that holds when the game starts: each
// a warning at its line, and the endings the rules can choose left alone.
import { describe, expect, it } from 'vitest';
import { formatError } from '../../src/scenario/errors';
import { edit, lineOf, loaded, minimal } from './helpers';

const warningsOf = (text: string) => loaded(text, 's.yaml').warnings.map(formatError);
const FIRST_ENDING = 'endings:\n  - id: china-junior-partner';
/** The minimal scenario with an ending `always` first, its `when` (and `early`) as given. */
const withFirstEnding = (fields: string) => edit(minimal, FIRST_ENDING, `endings:\n  - id: always\n    title: Always\n    text: Always.\n${fields}\n  - id: china-junior-partner`);
const CHINA_ENDING = 'when: { track: china-dependence, gte: 85 }';

describe('an ending hidden by one above it that always holds', () => {
  it('warns at each later ending that is not early, and at the fallback, naming the ending that hides them', () => {
    const text = withFirstEnding('    when: { turn: { gte: 1 } }');
    const hides = `the ending "always" (line ${lineOf(text, '  - id: always')}) always holds at the game's end (every value of the turn at the game's end (8) meets { gte: 1 })`;
    expect(warningsOf(text)).toEqual([
      `s.yaml:${lineOf(text, CHINA_ENDING)}: endings[1].when: this ending is never reached: ${hides}, and of the endings that are not early the first in the file whose condition holds is the one; put this ending above it, or give "always" a condition some games fail`,
      `s.yaml:${lineOf(text, '      all:') - 1}: endings[2].when: this ending is never reached: ${hides}, and of the endings that are not early the first in the file whose condition holds is the one; put this ending above it, or give "always" a condition some games fail`,
      `s.yaml:${lineOf(text, '  - id: pivot-to-nowhere')}: endings[3]: this fallback ending is never reached: ${hides}, so some ending's condition always holds; give "always" a condition some games fail, or leave out its "when" to make it the fallback in place of this one`,
    ]);
  });

  it('reads a turn at the game\'s end as the last, and leaves alone an early ending below (early ones come first)', () => {
    let text = withFirstEnding('    when: { turn: { gte: 8 } }');
    text = edit(text, '    bonus: 30', '    bonus: 30\n    early: true');
    expect(warningsOf(text).map((w) => w.split(': ')[1])).toEqual(['endings[1].when', 'endings[3]']);
  });

  it('leaves alone the fallback last, and an ending above the others that only may hold', () => {
    expect(warningsOf(minimal)).toEqual([]);
    expect(warningsOf(withFirstEnding('    when: { track: development, gte: 20 }'))).toEqual([]);
  });
});

describe('an ending that is not early and holds only before the last turn', () => {
  it('warns that it is checked at the game\'s end alone, and leaves it alone once early, or when it can hold at the end', () => {
    const text = withFirstEnding('    when: { all: [{ turn: { lte: 5 } }, { track: development, gte: 50 }] }');
    expect(warningsOf(text)).toEqual([
      `s.yaml:${lineOf(text, '    when: { all: [{ turn')}: endings[0].when.all[0]: this ending is never reached: it is not early, so it is checked only at the game's end, on turn 8, where its condition cannot hold (no value of the turn at the game's end (8) meets { lte: 5 }); give it early: true to end the game on the turn it holds, or ask for what holds at the end`,
    ]);
    expect(warningsOf(withFirstEnding('    when: { all: [{ turn: { lte: 5 } }, { track: development, gte: 50 }] }\n    early: true'))).toEqual([]);
    expect(warningsOf(withFirstEnding('    when: { any: [{ turn: { lte: 5 } }, { track: development, gte: 50 }] }'))).toEqual([]);
  });
});

describe('a second ending without "when"', () => {
  it('warns that only the first is the fallback', () => {
    const text = withFirstEnding('');
    expect(warningsOf(text)).toEqual([
      `s.yaml:${lineOf(text, '  - id: pivot-to-nowhere')}: endings[3]: this ending has no "when", like "always" above it (line ${lineOf(text, '  - id: always')}): only the first ending without "when" is the fallback, so this one is never reached; give it a "when", or remove it`,
    ]);
  });
});

describe('an early ending that holds when the game starts', () => {
  it('warns that it ends every game after the first turn, naming what holds and its value', () => {
    const text = edit(minimal, CHINA_ENDING, 'when: { track: development, lte: 40 }\n    early: true');
    expect(warningsOf(text)).toEqual([
      `s.yaml:${lineOf(text, 'development, lte: 40')}: endings[0].when: this early ending already holds when the game starts (development ≤ 40, at 30), so it ends every game after the first turn unless that turn changes this; an early ending should ask for what the game must first move towards`,
    ]);
  });

  it('names a count by its own row, not the parts it counts (which may push against the ending)', () => {
    const text = edit(minimal, CHINA_ENDING, 'when: { not: { count: [{ track: development, gte: 0 }, { track: development, gte: 99 }], gte: 2 } }\n    early: true');
    expect(warningsOf(text)).toEqual([
      `s.yaml:${lineOf(text, 'not: { count')}: endings[0].when: this early ending already holds when the game starts (not (number of these 2 conditions that hold ≥ 2), at 1), so it ends every game after the first turn unless that turn changes this; an early ending should ask for what the game must first move towards`,
    ]);
  });

  it('says so of an early ending that always holds, and not that it hides the others', () => {
    const text = withFirstEnding('    when: { turn: { gte: 1 } }\n    early: true');
    expect(warningsOf(text)).toEqual([
      `s.yaml:${lineOf(text, 'turn: { gte: 1 }')}: endings[0].when: this early ending already holds when the game starts (turn ≥ 1, at 1), so it ends every game after the first turn unless that turn changes this; an early ending should ask for what the game must first move towards`,
    ]);
  });

  it('leaves alone an early ending that needs a track to move, or something to happen', () => {
    expect(warningsOf(edit(minimal, CHINA_ENDING, 'when: { track: development, lte: 20 }\n    early: true'))).toEqual([]);
    expect(warningsOf(edit(minimal, CHINA_ENDING, 'when: { event: oil-slump }\n    early: true'))).toEqual([]);
  });
});

describe('bounds of one track across an all', () => {
  it('warns when the comparisons of one track in an all (nested ones too) have no value in common', () => {
    const text = edit(minimal, CHINA_ENDING, 'when: { all: [{ track: development, gte: 60 }, { all: [{ turn: { gte: 2 } }, { track: development, lte: 50 }] }] }');
    expect(warningsOf(text)).toEqual([
      `s.yaml:${lineOf(text, 'when: { all:')}: endings[0].when: this condition can never hold: no value of the track "development" (from 0 to 100) meets { gte: 60 } (all[0]) and { lte: 50 } (all[1].all[1]) together`,
    ]);
  });

  it('leaves alone bounds with values between them, bounds of two tracks, and bounds split by any', () => {
    expect(warningsOf(edit(minimal, CHINA_ENDING, 'when: { all: [{ track: development, gte: 40 }, { track: development, lte: 50 }] }'))).toEqual([]);
    expect(warningsOf(edit(minimal, CHINA_ENDING, 'when: { all: [{ track: development, gte: 60 }, { track: oil-price, lte: 50 }] }'))).toEqual([]);
    expect(warningsOf(edit(minimal, CHINA_ENDING, 'when: { all: [{ track: development, gte: 60 }, { any: [{ track: development, lte: 50 }, { turn: { gte: 2 } }] }] }'))).toEqual([]);
  });
});
