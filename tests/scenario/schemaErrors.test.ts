// Mistakes against the schema: every one reported, at its line, in words a teacher understands.
import { describe, expect, it } from 'vitest';
import { MAX_ERRORS } from '../../src/scenario/limits';
import { edit, errorsOf, fixture, lineOf, loaded, minimal } from './helpers';

describe('schema errors', () => {
  it('reports every mistake of a file, in line order, each at its own line', () => {
    expect(errorsOf(fixture('bad-schema.yaml'), 'bad-schema.yaml')).toEqual([
      'bad-schema.yaml:3: id: an id is lower-case letters a–z without accents, digits and dashes, starting with a letter (at most 48 characters); got "Bad Schema"',
      'bad-schema.yaml:8: calendar.start: a month is written YYYY-MM, e.g. 2016-09; got "2016-9": write 2016-09',
      'bad-schema.yaml:8: calendar.monthsPerTurn: expected a number, got text "three": write it in digits: 3',
      'bad-schema.yaml:12: tracks[0].group: "Russia" is not one of: player, russia, world (did you mean "russia"?)',
      'bad-schema.yaml:19: actors[0].interests: needs at least 1 item',
      'bad-schema.yaml:25: options[0].cost: must be at most 20; got 30',
      'bad-schema.yaml:26: options[0].chanse: unknown field "chanse"; the fields here are: id, target, map, title, text, cost, when, open, maxTimes, maxTries, excludes, base, touches, modifiers, effects, delay, duration, perTurn, onReject, onDisrupt, counter, sources',
      'bad-schema.yaml:27: options[0].when: a condition has exactly one of track, actor, turn, capital, flag, agreement, event, option, count, all, any, not; this one has "track" and "flag"',
      'bad-schema.yaml:29: options[0].effects[0]: unknown effect "trak" (did you mean "track"?); an effect is written with one of: track, actor + attr, capital, flag + set, option + open, disrupt',
      'bad-schema.yaml:30: options[0].effects[1]: expected an effect (a mapping written with one of: track, actor + attr, capital, flag + set, option + open, disrupt), got text "development + 5"',
      'bad-schema.yaml:31: options[0].effects[2].add: expected a whole number, got the number 2.5: write 2 or 3',
      'bad-schema.yaml:37: events[0].open: unknown field "open"; the fields here are: id, title, text, at, when, chance, maxTimes, effects, sources',
      'bad-schema.yaml:39: events[0].sources[0].note: required field is missing',
      'bad-schema.yaml:41: endings[0].text: must not be empty',
      'bad-schema.yaml:42: score: needs at least 1 item',
    ]);
  });

  // Each case: the text to change in minimal.yaml, its replacement, the line to expect (the line
  // of this needle in the changed text), and the expected `path: message`.
  it.each([
    ['a misspelt field', '    chance: 20 #', '    chanse: 20 #', 'chanse: 20', 'events[1].chanse: unknown field "chanse" (did you mean "chance"?)'],
    ['a missing field (found at its mapping)', '    title: Courting Mother Russia\n', '', '  - id: rozman-2016', 'sources[0].title: required field is missing (in the item with the id "rozman-2016")'],
    ['a missing section (at the first line, not at the first section)', 'score:\n  - { track: development, weight: 2 }\n  - { track: diversification, weight: 1 }\n', '', '# yaml-language-server', 'score: the file has no "score:" section (required)'],
    ['a wrong format line', 'format: pivot-east-scenario/1', 'format: pivot-east/1', 'format:', 'format: must be "pivot-east-scenario/1", not text "pivot-east/1"'],
    ['a year alone for a month', '    at: 2016-09', '    at: 2018', 'at: 2018', 'events[0].at: a month is written YYYY-MM, e.g. 2016-09; got the number 2018: give its month too, e.g. 2018-01'],
    ['a number as text', '    cost: 3\n', '    cost: "3"\n', 'cost: "3"', 'options[0].cost: expected a number, got text "3": a number in quotes is text; write it without the quotes: 3'],
    ['a number with its unit', '    cost: 3\n', '    cost: 3 capital\n', 'cost: 3 capital', 'options[0].cost: expected a number, got text "3 capital": write the number alone, without the words after it: 3'],
    ['a number in words with its unit', '    cost: 3\n', '    cost: three capital\n', 'cost: three', 'options[0].cost: expected a number, got text "three capital": write the number alone, in digits, without the words after it: 3'],
    ['a number with a fraction', '    cost: 3\n', '    cost: 3.5\n', 'cost: 3.5', 'options[0].cost: expected a whole number, got the number 3.5: write 3 or 4'],
    ['a fraction in a condition', 'when: { track: china-dependence, gte: 85 }', 'when: { track: china-dependence, gte: 85.5 }', 'gte: 85.5', 'endings[0].when.gte: expected a whole number, got the number 85.5: write 85 or 86'],
    ['a number beyond every range', '    cost: 3\n', '    cost: 1e30\n', 'cost: 1e30', 'options[0].cost: must be at most 20; got a number too large to be kept exactly (about 1.00 × 10^30)'],
    // Numbers YAML reads otherwise than they are written: named, never misquoted (…993 is read as …992).
    ['a whole number past 2^53', '    cost: 3\n', '    cost: 9007199254740993\n', 'cost: 9007', 'options[0].cost: must be at most 20; got a number too large to be kept exactly (about 9.01 × 10^15)'],
    ['a number too large to hold', '    cost: 3\n', '    cost: 1e400\n', 'cost: 1e400', 'options[0].cost: expected a number, got infinity (.inf, or a number too large to hold)'],
    ["YAML's not-a-number", '    cost: 3\n', '    cost: .nan\n', 'cost: .nan', 'options[0].cost: expected a number, got .nan (YAML\'s "not a number")'],
    ["YAML's minus infinity", '    cost: 3\n', '    cost: -.inf\n', 'cost: -.inf', 'options[0].cost: expected a number, got minus infinity (-.inf, or a number too large to hold)'],
    ['a month as a number past 2^53', '    at: 2016-09', '    at: 9007199254740993', 'at: 9007', 'events[0].at: a month is written YYYY-MM, e.g. 2016-09; got a number too large to be kept exactly (about 9.01 × 10^15)'],
    ['an empty value', '    cost: 3\n', '    cost:\n', 'cost:\n', 'options[0].cost: expected a number, got an empty value'],
    ['a list written alone', "    effects:\n      - { track: development, add: 8 }\n      - { actor: china, attr: trade, add: 20 }\n", '    effects:\n', '    effects:\n    sources:', 'options[0].effects: expected a list (lines starting with "- "), got an empty value; write its items on the lines below it, each starting with "- " and indented more than the field, or write [] after the colon if it has none'],
    ['yes instead of true', 'open: false #', 'open: no #', 'open: no', 'options[3].open: expected true or false, got text "no": write false, without quotes'],
    ['a number out of range', '    cost: 3\n', '    cost: 25\n', 'cost: 25', 'options[0].cost: must be at most 20; got 25'],
    ['a text too long', '    short: CHN', '    short: CHINA', 'short: CHINA', 'actors[0].short: at most 4 characters (this one has 5)'],
    ['a wrong attribute', '{ actor: china, attr: relation, add: 5 }', '{ actor: china, attr: relations, add: 5 }', 'attr: relations', 'actors[0].moves[0].effects[0].attr: "relations" is not one of: relation, trust, trade, alignment (did you mean "relation"?)'],
    ['a bad key in touches', 'touches: { energy: 60 }', 'touches: { Energy: 60 }', 'touches: { Energy', 'options[0].touches.Energy: an id is lower-case letters a–z without accents, digits and dashes, starting with a letter (at most 48 characters); got "Energy"'],
    ['a list for touches', 'touches: { energy: 60 }', 'touches: [energy]', 'touches: [energy]', 'options[0].touches: expected a mapping (lines of "name: number"), got a list'],
    ['a condition as a sentence', 'when: { track: china-dependence, gte: 85 }', 'when: china-dependence > 85', 'when: china-dependence', 'endings[0].when: expected a condition (a mapping written with one of: track, actor + attr, turn, capital, flag, agreement, event, option, count, all, any, not), got text "china-dependence > 85"; write { track: china-dependence, gt: 85 }'],
    ['conditions as a sentence joined by "and"', 'when: { track: china-dependence, gte: 85 }', 'when: china-dependence > 85 and turn >= 6', 'when: china-dependence', 'endings[0].when: expected a condition (a mapping written with one of: track, actor + attr, turn, capital, flag, agreement, event, option, count, all, any, not), got text "china-dependence > 85 and turn >= 6"; write { all: [{ track: china-dependence, gt: 85 }, { turn: { gte: 6 } }] }'],
    ['conditions as a sentence joined by "or", a track misspelt', 'when: { track: china-dependence, gte: 85 }', 'when: china-dependance > 85 or turn >= 6', 'when: china-dependance', 'endings[0].when: expected a condition (a mapping written with one of: track, actor + attr, turn, capital, flag, agreement, event, option, count, all, any, not), got text "china-dependance > 85 or turn >= 6"; did you mean { any: [{ track: china-dependence, gt: 85 }, { turn: { gte: 6 } }] }?'],
    ['conditions as a sentence with "and" and "or" (which needs brackets): no rewrite', 'when: { track: china-dependence, gte: 85 }', 'when: china-dependence > 85 and turn >= 6 or turn < 2', 'when: china-dependence', 'endings[0].when: expected a condition (a mapping written with one of: track, actor + attr, turn, capital, flag, agreement, event, option, count, all, any, not), got text "china-dependence > 85 and turn >= 6 or t…"'],
    ['a list of conditions without all or any', 'when: { track: china-dependence, gte: 85 }', 'when: [{ track: china-dependence, gte: 85 }, { turn: { gte: 4 } }]', 'when: [{', 'endings[0].when: expected a condition (a mapping written with one of: track, actor + attr, turn, capital, flag, agreement, event, option, count, all, any, not), got a list; to combine several, put the list under all: (each must hold) or any: (one is enough)'],
    ['an event named where a condition is expected', 'when: { track: china-dependence, gte: 85 }', 'when: abe-in-vladivostok', 'when: abe-in', 'endings[0].when: expected a condition (a mapping written with one of: track, actor + attr, turn, capital, flag, agreement, event, option, count, all, any, not), got text "abe-in-vladivostok"; "abe-in-vladivostok" is an event of this file: write { event: abe-in-vladivostok }'],
    ['a misspelt event named where a condition is expected', 'when: { track: china-dependence, gte: 85 }', 'when: abe-in-vladivostk', 'when: abe-in', 'endings[0].when: expected a condition (a mapping written with one of: track, actor + attr, turn, capital, flag, agreement, event, option, count, all, any, not), got text "abe-in-vladivostk"; did you mean { event: abe-in-vladivostok }?'],
    ['a track named where a condition is expected (no form of it alone is whole)', 'when: { track: china-dependence, gte: 85 }', 'when: china-dependence', 'when: china-dependence', 'endings[0].when: expected a condition (a mapping written with one of: track, actor + attr, turn, capital, flag, agreement, event, option, count, all, any, not), got text "china-dependence"'],
    ['a turn compared without braces', 'when: { track: china-dependence, gte: 85 }', 'when: { turn: 8 }', 'when: { turn: 8 }', 'endings[0].when.turn: expected a comparison in braces, such as { eq: 4 } or { gte: 4 } (with any of gte, lte, gt, lt, eq), got the number 8'],
    ['a source given by its id alone', '      - source: diplomaatia-2019\n        paragraph: 11\n        note: The 400 billion dollar Gazprom deal was an early sign of promise that deeper integration did not follow.\n', '      - diplomaatia-2019\n', '      - diplomaatia-2019', 'options[0].sources[0]: expected fields, written { source: …, paragraph: …, note: … } or one "field: value" per line, got text "diplomaatia-2019"'],
    ['a condition without a comparison', 'when: { track: china-dependence, gte: 85 }', 'when: { track: china-dependence }', 'when: { track: china-dependence }', 'endings[0].when: give at least one of gte, lte, gt, lt, eq'],
    ['an unknown kind of condition, nested', '        - { track: diversification, gte: 40 }', '        - { flg: rich }', 'flg: rich', 'endings[1].when.all[1]: unknown condition "flg" (did you mean "flag"?); a condition is written with one of: track, actor + attr, turn, capital, flag, agreement, event, option, count, all, any, not'],
    ['a wrong value deep in a condition', '        - { track: development, gte: 50 }', '        - { not: { turn: { gte: x } } }', 'gte: x', 'endings[1].when.all[0].not.turn.gte: expected a number, got text "x"'],
    ['an empty effect', '      - { track: oil-price, add: -15 }', '      - {}', '      - {}', 'events[1].effects[0]: an empty effect; an effect is written with one of: track, actor + attr, capital, flag + set, option + open, disrupt'],
    ['an effect with two kinds', '      - { track: oil-price, add: -15 }', '      - { track: oil-price, capital: 2 }', 'capital: 2 }', 'events[1].effects[0]: an effect has exactly one of track, actor, capital, flag, option, disrupt; this one has "track" and "capital"'],
    ['an extra field in an effect', '      - { track: oil-price, add: -15 }', '      - { track: oil-price, add: -15, by: 2 }', 'by: 2', 'events[1].effects[0].by: unknown field "by"; the fields here are: track, add, set'],
    ['an effect\'s set: in a flag\'s condition', '    when: { track: china-dependence, gte: 85 }', '    when: { flag: slump, set: true }', 'set: true', 'endings[0].when.set: unknown field "set"; the fields here are: flag, is; in a condition write is: true (or leave it out) — set: is for effects'],
    ['an effect\'s set: false in a flag\'s condition', '    when: { track: china-dependence, gte: 85 }', '    when: { flag: slump, set: false }', 'set: false', 'endings[0].when.set: unknown field "set"; the fields here are: flag, is; in a condition write is: false — set: is for effects'],
    ['a flag effect without set', '      - { track: oil-price, add: -15 }', '      - { flag: slump }', 'flag: slump', 'events[1].effects[0].set: required field is missing'],
  ])('%s', (_, from, to, needle, expected) => {
    const text = edit(minimal, from, to);
    expect(errorsOf(text, 's.yaml')).toEqual([`s.yaml:${lineOf(text, needle)}: ${expected}`]);
  });

  it('names every required section and field left out, each at the first line: a field of one value as a field', () => {
    const fields = ['id', 'title', 'summary'];
    const required = [...fields, 'sources', 'calendar', 'player', 'capital', 'tracks', 'actors', 'options', 'endings', 'score'];
    expect(errorsOf('format: pivot-east-scenario/1\n', 's.yaml')).toEqual(
      required.map((name) => `s.yaml:1: ${name}: the file has no "${name}:" ${fields.includes(name) ? 'field' : 'section'} (required)`),
    );
  });

  it('reports both halves of a misspelt field: the one missing and the one unknown', () => {
    const text = edit(minimal, 'monthsPerTurn: 3', 'monthsperturn: 3');
    expect(errorsOf(text, 's.yaml')).toEqual([
      `s.yaml:${lineOf(text, 'calendar:')}: calendar.monthsPerTurn: required field is missing`,
      `s.yaml:${lineOf(text, 'monthsperturn')}: calendar.monthsperturn: unknown field "monthsperturn" (did you mean "monthsPerTurn"?)`,
    ]);
  });

  it('suggests the comparison meant, and says one is needed', () => {
    const text = edit(minimal, 'when: { track: china-dependence, gte: 85 }', 'when: { track: china-dependence, gtee: 85 }');
    const line = lineOf(text, 'gtee');
    expect(errorsOf(text, 's.yaml')).toEqual([
      `s.yaml:${line}: endings[0].when.gtee: unknown field "gtee" (did you mean "gte"?)`,
      `s.yaml:${line}: endings[0].when: give at least one of gte, lte, gt, lt, eq`,
    ]);
  });

  it('places errors in a JSON file at their lines too', () => {
    const text = edit(fixture('minimal.json'), '"cost": 3,', '"cost": 30,');
    expect(errorsOf(text, 's.json')).toEqual([`s.json:${lineOf(text, '"cost": 30')}: options[0].cost: must be at most 20; got 30`]);
  });

  it(`reports at most ${MAX_ERRORS} errors and says how many more there are`, () => {
    const option = (i: number) =>
      `  - { id: extra-${i}, target: china, title: T, text: T, cost: 30, effects: [], sources: [{ source: rozman-2016, paragraph: 1, note: N }] }`;
    const extra = Array.from({ length: 60 }, (_, i) => option(i)).join('\n');
    const text = edit(minimal, 'options:\n', `options:\n${extra}\n`);
    const errors = errorsOf(text, 's.yaml');
    expect(errors).toHaveLength(MAX_ERRORS + 1);
    expect(errors[0]).toBe(`s.yaml:${lineOf(text, 'extra-0,')}: options[0].cost: must be at most 20; got 30`);
    expect(errors[MAX_ERRORS - 1]).toBe(`s.yaml:${lineOf(text, 'extra-49,')}: options[49].cost: must be at most 20; got 30`);
    expect(errors[MAX_ERRORS]).toBe('s.yaml: (file): 10 more errors not shown; fix these first');
  });
});

describe('a comma inside an unquoted text in { … }', () => {
  it('says that the comma split the text and that quotes keep it whole', () => {
    const text = edit(minimal, 'label: Secure supplies of oil and gas,', 'label: Secure supplies of oil, tourists and payments,');
    expect(errorsOf(text, 's.yaml')).toEqual([
      `s.yaml:${lineOf(text, 'tourists and payments')}: actors[0].interests[0]["tourists and payments"]: unknown field "tourists and payments": a comma inside a text in { … } ends the text there, so "tourists and payments" became a field of its own; put the whole text in quotes to keep it whole, e.g. label: "Secure supplies of oil, tourists and payments"`,
    ]);
  });

  it("gives the text back as written: a number's comma keeps its own spacing", () => {
    const text = edit(minimal, 'label: Secure supplies of oil and gas,', 'label: Supplies of 50,000 barrels and  more,');
    expect(errorsOf(text, 's.yaml')[0]).toMatch(/e\.g\. label: "Supplies of 50,000 barrels and  more"$/);
    // A text in quotes before the comma: its quotes are not part of the text.
    const quoted = edit(minimal, 'label: Secure supplies of oil and gas,', 'label: "Supplies of oil", tourists and payments,');
    expect(errorsOf(quoted, 's.yaml')[0]).toMatch(/e\.g\. label: "Supplies of oil, tourists and payments"$/);
  });

  it('says once, at the first piece, when several commas split one text', () => {
    const text = edit(minimal, 'label: Secure supplies of oil and gas,', 'label: Secure supplies of oil, of tourists, of payments,');
    const mend = 'label: "Secure supplies of oil, of tourists, of payments"';
    expect(errorsOf(text, 's.yaml')).toEqual([
      `s.yaml:${lineOf(text, 'of tourists')}: actors[0].interests[0]["of tourists"]: unknown field "of tourists": commas inside a text in { … } end the text there, so "of tourists" and "of payments" became fields of their own; put the whole text in quotes to keep it whole, e.g. ${mend}`,
    ]);
  });

  it('counts a one-word piece beside one of several words as a piece too', () => {
    const text = edit(minimal, 'label: Secure supplies of oil and gas,', 'label: Oil, gas, tourists and payments,');
    const mend = 'label: "Oil, gas, tourists and payments"';
    expect(errorsOf(text, 's.yaml')).toEqual([
      `s.yaml:${lineOf(text, 'tourists and')}: actors[0].interests[0].gas: unknown field "gas": commas inside a text in { … } end the text there, so "gas" and "tourists and payments" became fields of their own; put the whole text in quotes to keep it whole, e.g. ${mend}`,
    ]);
    // A one-word field alone is taken for a misspelt one.
    expect(errorsOf(edit(minimal, 'label: Secure supplies of oil and gas,', 'label: Oil, gas,'), 's.yaml')[0]).toMatch(/unknown field "gas"; the fields here are/);
  });
});

describe('a comparison written as a sentence', () => {
  // Each case: what replaces the condition, and what the message adds to "got text …".
  it.each([
    ['china-dependence >= 85', '; write { track: china-dependence, gte: 85 }'],
    ['oil-price ≤ 40', '; write { track: oil-price, lte: 40 }'],
    ['development = 50', '; write { track: development, eq: 50 }'],
    ['development==50', '; write { track: development, eq: 50 }'],
    ['turn >= 8', '; write { turn: { gte: 8 } }'],
    ['capital < 3', '; write { capital: { lt: 3 } }'],
    ['china-dependance > 85', '; did you mean { track: china-dependence, gt: 85 }?'],
    ['korea > 5', ''],
    ['china-dependence > 8.5', ''],
    ['china-dependence >> 85', ''],
  ])('%s', (written, hint) => {
    const text = edit(minimal, 'when: { track: china-dependence, gte: 85 }', `when: ${written}`);
    expect(errorsOf(text, 's.yaml')).toEqual([`s.yaml:${lineOf(text, `when: ${written}`)}: endings[0].when: expected a condition (a mapping written with one of: track, actor + attr, turn, capital, flag, agreement, event, option, count, all, any, not), got text ${JSON.stringify(written)}${hint}`]);
  });

  it('is written out inside all: too', () => {
    const text = edit(minimal, '        - { track: development, gte: 50 }', '        - development > 50');
    expect(errorsOf(text, 's.yaml')).toEqual([
      `s.yaml:${lineOf(text, 'development > 50')}: endings[1].when.all[0]: expected a condition (a mapping written with one of: track, actor + attr, turn, capital, flag, agreement, event, option, count, all, any, not), got text "development > 50"; write { track: development, gt: 50 }`,
    ]);
  });

  it('names the word for a comparison written as a symbol in braces, and nothing more', () => {
    const text = edit(minimal, 'when: { track: china-dependence, gte: 85 }', 'when: { track: china-dependence, ">=": 85 }');
    expect(errorsOf(text, 's.yaml')).toEqual([
      `s.yaml:${lineOf(text, '">="')}: endings[0].when[">="]: unknown field ">=": a comparison is written with a word, not a symbol: write gte: 85`,
    ]);
  });
});

describe('a field without its colon in { … }', () => {
  it('writes the field out, and does not also say that the change is missing', () => {
    const text = edit(minimal, '      - { track: development, add: 8 }', '      - { track: development, add 8 }');
    expect(errorsOf(text, 's.yaml')).toEqual([`s.yaml:${lineOf(text, 'add 8')}: options[0].effects[0]["add 8"]: "add 8" has no colon after "add": write add: 8`]);
  });

  it('as the last field of an actor effect, and with the field misspelt', () => {
    let text = edit(minimal, '      - { actor: china, attr: trade, add: 20 }', '      - { actor: china, attr: trade, add 20 }');
    text = edit(text, '      - { track: development, add: 8 }', '      - { track: development, ad -8 }');
    expect(errorsOf(text, 's.yaml')).toEqual([
      `s.yaml:${lineOf(text, 'ad -8')}: options[0].effects[0]["ad -8"]: "ad -8" has no colon after "ad": write add: -8`,
      `s.yaml:${lineOf(text, 'add 20')}: options[0].effects[1]["add 20"]: "add 20" has no colon after "add": write add: 20`,
    ]);
  });

  it('a required text field too, without saying that it is missing, and still checks the rest of the mapping', () => {
    const text = edit(minimal, '{ id: energy, label: Secure supplies of oil and gas, weight: 60 }', '{ id: energy, label Secure supplies of oil and gas, weight: 160 }');
    const line = lineOf(text, 'label Secure');
    expect(errorsOf(text, 's.yaml')).toEqual([
      `s.yaml:${line}: actors[0].interests[0].weight: must be at most 100; got 160`,
      `s.yaml:${line}: actors[0].interests[0]["label Secure supplies of oil and gas"]: "label Secure supplies of oil and gas" has no colon after "label": write label: Secure supplies of oil and gas`,
    ]);
  });

  it('writes out no field whose mend would be a new error: add and set together are named as such', () => {
    const text = edit(minimal, '      - { track: development, add: 8 }', '      - { track: development, add: 8, set 8 }');
    expect(errorsOf(text, 's.yaml')).toEqual([`s.yaml:${lineOf(text, 'set 8')}: options[0].effects[0]["set 8"]: "set 8" has no colon after "set", but this mapping has "add" already: give "add" or "set", not both`]);
    // With no "add" beside it, "set" is the mend.
    const alone = edit(minimal, '      - { track: development, add: 8 }', '      - { track: development, set 8 }');
    expect(errorsOf(alone, 's.yaml')).toEqual([`s.yaml:${lineOf(alone, 'set 8')}: options[0].effects[0]["set 8"]: "set 8" has no colon after "set": write set: 8`]);
  });

  it('a field with no space after its colon, which YAML reads as one word: written out, and not also said to be missing', () => {
    const text = edit(minimal, '{ id: kuril-islands, name: Kuril Islands,', '{ id:kuril-islands, name: Kuril Islands,');
    expect(errorsOf(text, 's.yaml')[0]).toBe(`s.yaml:${lineOf(text, 'id:kuril')}: places[2]["id:kuril-islands"]: "id:kuril-islands" has no space after the colon of "id", so YAML reads it as one word: write id: kuril-islands`);
    expect(errorsOf(text, 's.yaml').join('\n')).not.toContain('required field is missing');
  });

  it('leaves a piece cut off by a comma to the comma message when its value does not fit the field', () => {
    const text = edit(minimal, '      - { track: development, add: 8 }', '      - { track: development, add: 8, set high }');
    expect(errorsOf(text, 's.yaml')[0]).toContain('a comma inside a text in { … } ends the text there');
  });
});

describe('a number with a decimal comma (as French and German write it)', () => {
  const GAO = '{ id: beijing, name: Beijing, kind: capital, lon: 116.4, lat: 39.9 }';

  it('in { … }: said at the number\'s field, not as an unknown field of its digits, and not left read as a whole number', () => {
    const text = edit(minimal, GAO, '{ id: beijing, name: Beijing, kind: capital, lon: -0,04, lat: 39,90 }');
    const line = lineOf(text, 'lon: -0,04');
    expect(errorsOf(text, 's.yaml')).toEqual([
      `s.yaml:${line}: places[1].lon: in { … } a comma ends a value, so the decimal comma of "-0,04" made "04" a field of its own; a number takes a decimal point, not a comma; write lon: -0.04`,
      `s.yaml:${line}: places[1].lat: in { … } a comma ends a value, so the decimal comma of "39,90" made "90" a field of its own; a number takes a decimal point, not a comma; write lat: 39.9`,
    ]);
  });

  it.each([
    ['on a line of its own', '  location: { lon: 131.9, lat: 43.1 } # Vladivostok', '  location:\n    lon: 131.9\n    lat: 43,1', 'lat: 43,1', 'player.location.lat: expected a number, got text "43,1": a number takes a decimal point, not a comma; write 43.1'],
    ['for a whole number', '    start: 45\n', '    start: 45,5\n', 'start: 45,5', 'tracks[1].start: expected a number, got text "45,5": a number takes a decimal point, not a comma, and this field takes whole numbers; write 45 or 46'],
    ['for a whole number in { … }', '{ track: development, add: 8 }', '{ track: development, add: 8,5 }', 'add: 8,5', 'options[0].effects[0].add: in { … } a comma ends a value, so the decimal comma of "8,5" made "5" a field of its own; a number takes a decimal point, not a comma, and this field takes whole numbers; write add: 8 or 9'],
    ['before three digits, which may separate thousands', '  start: 6\n', '  start: 1,200\n', 'start: 1,200', 'capital.start: expected a number, got text "1,200": a number takes no comma; write 1200 if it separates thousands, or a whole number (1 or 2) if it is a decimal comma'],
  ])('%s: says what to write', (_, from, to, needle, expected) => {
    const text = edit(minimal, from, to);
    expect(errorsOf(text, 's.yaml')).toEqual([`s.yaml:${lineOf(text, needle)}: ${expected}`]);
  });
});

describe('an id written with a letter beyond a–z', () => {
  it.each([
    ['an accent', 'côte-d-ivoire', '("ô" is not allowed): write cote-d-ivoire'],
    ['an apostrophe', "cote-d'ivoire", `("'" is not allowed): write cote-divoire`],
    ['a typographic apostrophe and capitals', 'Côte d’Ivoire', '("C", "ô", " ", "’" and "I" are not allowed): write cote-divoire'],
    ['ß and a non-breaking space', 'straße\u00a0nord', '("ß" and "\u00a0" (U+00A0) are not allowed): write strasse-nord'],
  ])('%s: names the characters at fault and the id without them, the use of the id too', (_, written, hint) => {
    const text = edit(edit(minimal, '{ id: beijing, name: Beijing,', `{ id: "${written}", name: Beijing,`), 'route: [vladivostok, beijing]', `route: [vladivostok, "${written}"]`);
    const RULE = 'an id is lower-case letters a–z without accents, digits and dashes, starting with a letter (at most 48 characters)';
    expect(errorsOf(text, 's.yaml')).toEqual([
      `s.yaml:${lineOf(text, `{ id: "${written}"`)}: places[1].id: ${RULE}; got ${JSON.stringify(written)} ${hint}`,
      `s.yaml:${lineOf(text, 'route: [')}: options[0].map.route[1]: ${RULE}; got ${JSON.stringify(written)} ${hint}`,
    ]);
  });

  it('in a key of touches too', () => {
    const text = edit(minimal, 'touches: { energy: 60 }', 'touches: { énergie: 60 }');
    expect(errorsOf(text, 's.yaml')[0]).toBe(`s.yaml:${lineOf(text, 'énergie')}: options[0].touches["énergie"]: an id is lower-case letters a–z without accents, digits and dashes, starting with a letter (at most 48 characters); got "énergie" ("é" is not allowed): write energie`);
  });
});

describe('yes and no in French and German', () => {
  it.each([
    ['oui', 'true'],
    ['vrai', 'true'],
    ['ja', 'true'],
    ['non', 'false'],
    ['faux', 'false'],
    ['nein', 'false'],
  ])('%s: write %s', (word, meant) => {
    const text = edit(minimal, 'open: false #', `open: ${word} #`);
    expect(errorsOf(text, 's.yaml')).toEqual([`s.yaml:${lineOf(text, `open: ${word}`)}: options[3].open: expected true or false, got text "${word}": write ${meant}, without quotes`]);
  });
});

describe('language', () => {
  const FORM = 'a language is written as its two-letter lower-case code, e.g. en or fr, with a region after a dash if needed, e.g. fr-CA';

  it.each([
    ['FR', 'fr'],
    ['fr_ca', 'fr-CA'],
    ['français', 'fr'],
    ['Deutsch', 'de'],
    ['fra', 'fr'],
  ])('%s: says the code to write', (written, code) => {
    const text = edit(minimal, 'summary: >-', `language: ${written}\nsummary: >-`);
    expect(errorsOf(text, 's.yaml')).toEqual([`s.yaml:${lineOf(text, 'language:')}: language: ${FORM}; got ${JSON.stringify(written)}: write ${code}`]);
  });

  it('takes a language with its region (fr-CA, de-CH), the lang attribute of the screens', () => {
    for (const tag of ['fr-CA', 'de-CH']) expect(loaded(edit(minimal, 'summary: >-', `language: ${tag}\nsummary: >-`)).scenario.language).toBe(tag);
  });
});
