// Parts of a scenario that can never come into play though every id in them exists: each is
// refused at its line in plain words, and what can come into play is left alone.
import { describe, expect, it } from 'vitest';
import { edit, errorsOf, lineOf, minimal } from './helpers';

const CHINA_ENDING = 'when: { track: china-dependence, gte: 85 }';

describe('a condition that can never hold', () => {
  it.each([
    ['a track beyond its range', `when: { track: china-dependence, gte: 150 }`, 'this condition can never hold: no value of the track "china-dependence" (from 0 to 100) meets { gte: 150 }'],
    ['a track below its range', `when: { track: china-dependence, lt: 0 }`, 'this condition can never hold: no value of the track "china-dependence" (from 0 to 100) meets { lt: 0 }'],
    ['two bounds that leave nothing between them', `when: { track: china-dependence, gte: 60, lte: 40 }`, 'this condition can never hold: no value of the track "china-dependence" (from 0 to 100) meets { gte: 60, lte: 40 }'],
    ['an attribute beyond its range', `when: { actor: china, attr: trust, gt: 100 }`, 'this condition can never hold: no value of trust (from 0 to 100) meets { gt: 100 }'],
    ['a turn after the last', `when: { turn: { eq: 9 } }`, 'this condition can never hold: no value of the turn (from 1 to 8) meets { eq: 9 }'],
    ['more capital than it can hold', `when: { capital: { gte: 13 } }`, 'this condition can never hold: no value of the capital (from 0 to 12) meets { gte: 13 }'],
    ['more counted than there are', `when: { count: [{ event: oil-slump }, { event: abe-in-vladivostok }], gte: 3 }`, 'this condition can never hold: no value of the number of conditions counted that hold (from 0 to 2) meets { gte: 3 }'],
  ])('%s', (_, written, message) => {
    const text = edit(minimal, CHINA_ENDING, written);
    expect(errorsOf(text, 's.yaml')).toEqual([`s.yaml:${lineOf(text, written)}: endings[0].when: ${message}`]);
  });

  it('a flag that no effect sets: never holds, or always when it asks for the flag unset; a set flag suggested', () => {
    let text = edit(minimal, CHINA_ENDING, 'when: { flag: sanction-joined }');
    expect(errorsOf(text, 's.yaml')).toEqual([`s.yaml:${lineOf(text, 'sanction-joined')}: endings[0].when: no effect sets the flag "sanction-joined", so this condition never holds`]);
    text = edit(text, '      - { track: oil-price, add: -15 }', '      - { track: oil-price, add: -15 }\n      - { flag: sanctions-joined, set: true }');
    expect(errorsOf(text, 's.yaml')).toEqual([`s.yaml:${lineOf(text, 'sanction-joined')}: endings[0].when: no effect sets the flag "sanction-joined" (did you mean "sanctions-joined"?), so this condition never holds`]);
    text = edit(minimal, CHINA_ENDING, 'when: { flag: never-set, is: false }');
    expect(errorsOf(text, 's.yaml')).toEqual([`s.yaml:${lineOf(text, 'never-set')}: endings[0].when: no effect sets the flag "never-set", so this condition always holds`]);
  });

  it('leaves alone comparisons that some value meets, and a flag that an effect sets', () => {
    for (const written of ['when: { track: china-dependence, gte: 100 }', 'when: { track: china-dependence, lte: 0 }', 'when: { turn: { eq: 8 } }', 'when: { capital: { eq: 12 } }', 'when: { flag: slump }']) {
      const text = edit(edit(minimal, CHINA_ENDING, written), '      - { track: oil-price, add: -15 }', '      - { track: oil-price, add: -15 }\n      - { flag: slump, set: true }');
      expect(() => errorsOf(text, 's.yaml'), written).toThrow(/to fail, but it loaded/);
    }
  });
});

describe('an option closed with nothing to open it', () => {
  it('is refused at its "open: false"; opened by any one effect, it is not', () => {
    // Abe's visit and the counter-offer both open the island talks: drop both.
    const text = edit(edit(minimal, '        - { option: island-talks, open: true }\n', ''), '      - { option: island-talks, open: true }\n', '');
    expect(errorsOf(text, 's.yaml')).toEqual([`s.yaml:${lineOf(text, 'open: false #')}: options[3].open: this option is closed and no effect opens it ({ option: island-talks, open: true }), so it can never be proposed`]);
    const oneLeft = edit(minimal, '        - { option: island-talks, open: true }\n', '');
    expect(() => errorsOf(oneLeft, 's.yaml')).toThrow(/to fail, but it loaded/);
  });
});
