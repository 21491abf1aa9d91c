// Parts of a scenario that can never come into play though every id in them exists (and a track's
// `group: russia` where the player is someone else): each is a warning at its line in plain words
// (the file still loads and plays), and what can come into play is left alone.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatError } from '../../src/scenario/errors';
import { edit, lineOf, loaded, minimal } from './helpers';

const CHINA_ENDING = 'when: { track: china-dependence, gte: 85 }';
// The conditions are tried on the first ending; one that always holds at the game's end hides the
// endings below it, a warning of its own (endingReach.test.ts), left out here.
const warningsOf = (text: string) => loaded(text, 's.yaml').warnings.map(formatError).filter((w) => !/: this (fallback )?ending is never reached: /.test(w));
/** The minimal scenario with an oil slump that also sets `flag` (to true, or to `set`). */
const settingFlag = (text: string, flag: string, set = true) => edit(text, '      - { track: oil-price, add: -15 }', `      - { track: oil-price, add: -15 }\n      - { flag: ${flag}, set: ${set} }`);

describe('a condition that can never hold', () => {
  it.each([
    ['a track beyond its range', 'when: { track: china-dependence, gte: 150 }', 'no value of the track "china-dependence" (from 0 to 100) meets { gte: 150 }'],
    ['a track below its range', 'when: { track: china-dependence, lt: 0 }', 'no value of the track "china-dependence" (from 0 to 100) meets { lt: 0 }'],
    ['two bounds with nothing between them', 'when: { track: china-dependence, lte: 40, gte: 60 }', 'no value of the track "china-dependence" (from 0 to 100) meets { gte: 60, lte: 40 }'],
    ['an attribute beyond its range', 'when: { actor: china, attr: trust, gt: 100 }', 'no value of the trust of "china" (from 0 to 100) meets { gt: 100 }'],
    ['a turn after the last', 'when: { turn: { eq: 9 } }', 'no value of the turn (from 1 to 8) meets { eq: 9 }'],
    ['more capital than it can hold', 'when: { capital: { gte: 13 } }', 'no value of the capital (from 0 to 12) meets { gte: 13 }'],
    ['more deals than an option can make', 'when: { option: gas-deal, made: { gte: 2 } }', 'no value of the deals made of the option "gas-deal" (its maxTimes is 1) (from 0 to 1) meets { gte: 2 }'],
    ['more proposals than the turns', 'when: { option: gas-deal, tried: { gt: 8 } }', 'no value of the proposals of the option "gas-deal" (one a turn at most) (from 0 to 8) meets { gt: 8 }'],
    ['more counted than there are', 'when: { count: [{ event: oil-slump }, { event: abe-in-vladivostok }], gte: 3 }', 'no value of the number of its conditions that can hold (from 0 to 2) meets { gte: 3 }'],
    ['not, a comparison every value of the track meets', 'when: { not: { track: china-dependence, gte: 0 } }', 'what it negates always holds (every value of the track "china-dependence" (from 0 to 100) meets { gte: 0 })'],
    ['not, a flag asked unset that no effect sets', 'when: { not: { flag: never-set, is: false } }', 'what it negates always holds (no effect sets the flag "never-set" to true, so it is never set)'],
    ['not, a not of what never holds', 'when: { not: { not: { turn: { gte: 20 } } } }', 'what it negates always holds (no value of the turn (from 1 to 8) meets { gte: 20 })'],
    ['not, a count every number meets', 'when: { not: { count: [{ event: oil-slump }, { turn: { gte: 1 } }], gte: 1 } }', 'what it negates always holds (every number of its conditions that can hold (from 1 to 2) meets { gte: 1 })'],
    ['not, an any with a part that always holds', 'when: { not: { any: [{ event: oil-slump }, { turn: { gte: 1 } }] } }', 'what it negates always holds (every value of the turn (from 1 to 8) meets { gte: 1 })'],
    ['not, all of what always holds', 'when: { not: { all: [{ capital: { gte: 0 } }, { turn: { lte: 8 } }] } }', 'what it negates always holds (all of its conditions always hold (the first: every value of the capital (from 0 to 12) meets { gte: 0 }))'],
  ])('%s: a warning at its line', (_, written, why) => {
    const text = edit(minimal, CHINA_ENDING, written);
    expect(warningsOf(text)).toEqual([`s.yaml:${lineOf(text, written)}: endings[0].when: this condition can never hold: ${why}`]);
  });

  it('inside all, at the part that cannot; inside any, only when no part can; inside count, counted out', () => {
    const all = edit(minimal, CHINA_ENDING, 'when:\n      all:\n        - { track: development, gte: 10 }\n        - { turn: { gte: 20 } }');
    expect(warningsOf(all)).toEqual([`s.yaml:${lineOf(all, 'turn: { gte: 20 }')}: endings[0].when.all[1]: this condition can never hold: no value of the turn (from 1 to 8) meets { gte: 20 }`]);
    expect(warningsOf(edit(minimal, CHINA_ENDING, 'when: { any: [{ turn: { gte: 20 } }, { track: development, gte: 50 }] }'))).toEqual([]);
    const none = edit(minimal, CHINA_ENDING, 'when: { any: [{ turn: { gte: 20 } }, { track: development, gte: 150 }] }');
    expect(warningsOf(none)).toEqual([`s.yaml:${lineOf(none, 'any:')}: endings[0].when: this condition can never hold: none of its conditions can hold (the first: no value of the turn (from 1 to 8) meets { gte: 20 })`]);
    const counted = edit(minimal, CHINA_ENDING, 'when: { count: [{ turn: { gte: 20 } }, { event: oil-slump }], gte: 2 }');
    expect(warningsOf(counted)).toEqual([
      `s.yaml:${lineOf(counted, 'count:')}: endings[0].when: this condition can never hold: no value of the number of its conditions that can hold (from 0 to 1) meets { gte: 2 }; 1 of them can never hold (the first, count[0]: no value of the turn (from 1 to 8) meets { gte: 20 })`,
    ]);
  });

  it('a flag that no effect sets to true: never holds; a flag set only to false neither; asked unset, or under not, it is no warning', () => {
    const text = edit(minimal, CHINA_ENDING, 'when: { flag: sanction-joined }');
    expect(warningsOf(text)).toEqual([`s.yaml:${lineOf(text, 'sanction-joined')}: endings[0].when: this condition can never hold: no effect sets the flag "sanction-joined" to true`]);
    const near = settingFlag(text, 'sanctions-joined');
    expect(warningsOf(near)).toEqual([`s.yaml:${lineOf(near, 'sanction-joined }')}: endings[0].when: this condition can never hold: no effect sets the flag "sanction-joined" to true (did you mean "sanctions-joined"?)`]);
    expect(warningsOf(settingFlag(text, 'sanction-joined', false))).toHaveLength(1);
    expect(warningsOf(settingFlag(text, 'sanction-joined'))).toEqual([]);
    expect(warningsOf(edit(minimal, CHINA_ENDING, 'when: { flag: never-set, is: false }'))).toEqual([]);
    expect(warningsOf(edit(minimal, CHINA_ENDING, 'when: { not: { flag: never-set } }'))).toEqual([]);
  });

  it('leaves alone comparisons that some value meets', () => {
    for (const written of ['when: { track: china-dependence, gte: 100 }', 'when: { track: china-dependence, lte: 0 }', 'when: { turn: { eq: 8 } }', 'when: { capital: { eq: 12 } }', 'when: { actor: china, attr: trust, eq: 100 }']) {
      expect(warningsOf(edit(minimal, CHINA_ENDING, written)), written).toEqual([]);
    }
  });
});

describe('a `not` (of what always holds: in the table above)', () => {
  it('leaves alone a not of what some moment could fail: a bound, a deal, an event, a part of any that can fail', () => {
    for (const written of [
      'when: { not: { track: china-dependence, gte: 50 } }',
      'when: { not: { event: oil-slump } }',
      'when: { not: { count: [{ event: oil-slump }, { turn: { gte: 1 } }], gte: 2 } }',
      'when: { not: { count: [{ event: oil-slump }, { turn: { gte: 1 } }], lte: 1 } }',
      'when: { not: { all: [{ capital: { gte: 0 } }, { turn: { lte: 7 } }] } }',
    ]) {
      expect(warningsOf(edit(minimal, CHINA_ENDING, written)), written).toEqual([]);
    }
  });
});

describe('an option closed with nothing to open it', () => {
  // Abe's visit and the counter-offer both open the island talks.
  const VISIT_OPENS = '      - { option: island-talks, open: true }\n      - { actor: japan, attr: relation, add: 5 }';
  const COUNTER_OPENS = '        - { option: island-talks, open: true }\n';
  const neverOpened = edit(edit(minimal, COUNTER_OPENS, ''), VISIT_OPENS, '      - { actor: japan, attr: relation, add: 5 }');
  const WARNING = 'options[3].open: this option is closed and no effect opens it ({ option: island-talks, open: true }), so it can never be proposed';

  it('is a warning at its "open: false"; opened by any one effect, it is not', () => {
    expect(warningsOf(neverOpened)).toEqual([`s.yaml:${lineOf(neverOpened, 'open: false #')}: ${WARNING}`]);
    expect(warningsOf(edit(minimal, COUNTER_OPENS, ''))).toEqual([]);
  });

  it('is a warning when it is only closed by others, or opened only by its own effects (which come after it is proposed)', () => {
    const closing = edit(neverOpened, '      - { actor: japan, attr: relation, add: 5 }', '      - { option: island-talks, open: false }\n      - { actor: japan, attr: relation, add: 5 }');
    expect(warningsOf(closing)).toEqual([`s.yaml:${lineOf(closing, 'open: false #')}: ${WARNING}`]);
    const itself = edit(neverOpened, '      - { actor: japan, attr: trust, add: 10 }', '      - { actor: japan, attr: trust, add: 10 }\n      - { option: island-talks, open: true }');
    expect(warningsOf(itself)).toEqual([`s.yaml:${lineOf(itself, 'open: false #')}: ${WARNING}`]);
  });
});

describe('an effect that opens an option never closed', () => {
  // The island talks start closed, and Abe's visit and the counter-offer open them.
  const startsOpen = edit(minimal, "    open: false # opened by Abe's visit or by the counter-offer above\n", '');
  const MESSAGE = 'this effect opens the option "island-talks", which is open from the start and closed by no effect, so it changes nothing (the option can be proposed from the first turn); to open it only here, give the option open: false';

  it('is a warning at each such effect, when the option starts open', () => {
    const lines = startsOpen.split('\n');
    const found = warningsOf(startsOpen).map((w) => /^s\.yaml:(\d+): (\S+): (.*)$/.exec(w)!);
    expect(found.map((m) => [m[2], m[3]])).toEqual([
      ['options[2].counter.effects[2]', MESSAGE],
      ['events[0].effects[0]', MESSAGE],
    ]);
    for (const m of found) expect(lines[Number(m[1]) - 1]).toContain('{ option: island-talks, open: true }');
  });

  it('is none when some effect closes the option (it may be opened again)', () => {
    const closedLater = edit(startsOpen, '      - { track: oil-price, add: -15 }', '      - { track: oil-price, add: -15 }\n      - { option: island-talks, open: false }');
    expect(warningsOf(closedLater)).toEqual([]);
  });
});

describe('a disruption of an option whose deals never stay in force', () => {
  it('is a warning at the effect: an option without a duration makes no agreement to break off; none for one with a duration', () => {
    const text = edit(minimal, '      - { track: oil-price, add: -15 }', '      - { disrupt: gas-deal }');
    expect(warningsOf(text)).toEqual([
      `s.yaml:${lineOf(text, 'disrupt: gas-deal')}: events[1].effects[0]: this effect breaks off the agreement of "gas-deal", but that option has no duration: its deals are done at once and no agreement of it stays in force, so it changes nothing (give the option a duration)`,
    ]);
    expect(warningsOf(edit(minimal, '      - { track: oil-price, add: -15 }', '      - { disrupt: moscow-kazan-railway }'))).toEqual([]);
  });
});

describe('group: russia in a file whose player is not Russia', () => {
  const norway = edit(minimal, 'player:\n  id: russia\n  name: Russia', 'player:\n  id: norway\n  name: Norway');

  it('is a warning at each such track: the word means the player, not Russia', () => {
    const firstLine = norway.split('\n').findIndex((l) => l.includes('group: russia')) + 1;
    const warnings = warningsOf(norway);
    expect(warnings).toHaveLength(3);
    expect(warnings[0]).toBe(`s.yaml:${firstLine}: tracks[0].group: "russia" here means the player's own track (Norway's in this file), not Russia's: write group: player for a number of Norway's own, or group: world for a number of the world`);
  });

  it('is none with group: player, or when the player is Russia', () => {
    expect(warningsOf(norway.replaceAll('group: russia', 'group: player'))).toEqual([]);
    expect(warningsOf(minimal)).toEqual([]);
  });

  it('is none when the player is Russia under another id or name', () => {
    expect(warningsOf(edit(minimal, 'player:\n  id: russia\n  name: Russia', 'player:\n  id: russian-federation\n  name: Russian Federation'))).toEqual([]);
    expect(warningsOf(edit(minimal, 'player:\n  id: russia\n  name: Russia', 'player:\n  id: rf\n  name: Russian Federation'))).toEqual([]);
    expect(warningsOf(edit(minimal, 'player:\n  id: russia\n  name: Russia', 'player:\n  id: russia-1990s\n  name: Yeltsin'))).toEqual([]);
  });
});

describe('many warnings', () => {
  it('are cut at as many as errors would be, saying how many more there are', async () => {
    const { MAX_ERRORS } = await import('../../src/scenario/limits');
    const option = (i: number) => `  - { id: extra-${i}, target: china, title: T${i}, text: T, cost: 1, when: { turn: { gte: 9 } }, effects: [], sources: [{ source: rozman-2016, paragraph: 1, note: N }] }`;
    const text = edit(minimal, 'options:\n', `options:\n${Array.from({ length: 60 }, (_, i) => option(i)).join('\n')}\n`);
    const warnings = warningsOf(text);
    expect(warnings).toHaveLength(MAX_ERRORS + 1);
    expect(warnings[0]).toBe(`s.yaml:${lineOf(text, 'extra-0,')}: options[0].when: this condition can never hold: no value of the turn (from 1 to 8) meets { gte: 9 }`);
    expect(warnings[MAX_ERRORS]).toBe('s.yaml: (file): 10 more warnings not shown');
  });
});

describe('the shipped scenarios', () => {
  it.each(['tutorial', 'mother-russia-2016', 'other-asia-2019'])('%s has nothing that can never come into play', (id) => {
    expect(loaded(readFileSync(`scenarios/${id}.yaml`, 'utf8'), `${id}.yaml`).warnings.map(formatError)).toEqual([]);
  });
});
