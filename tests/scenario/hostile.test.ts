// Files that are broken or hostile get one clear line each: never an exception, a hang or a crash.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { conditionOfParts } from '../../bench/worstScenario';
import { formatError } from '../../src/scenario/errors';
import { TOO_MANY_VALUES } from '../../src/scenario/expansion';
import { MAX_FILE_BYTES } from '../../src/scenario/limits';
import { loadScenario } from '../../src/scenario/load';
import { fixtureData } from '../engine/fixture';
import { edit, errorsOf, lineOf, loaded, minimal } from './helpers';
import { aliasChains, notChain } from './aliasBomb';

const nested = (depth: number) => `a: ${'['.repeat(depth)}${']'.repeat(depth)}\n`;

describe('files that are not scenarios at all', () => {
  it.each([
    ['an empty file', '', 'x.yaml: (file): the file is empty'],
    ['whitespace only', ' \n\t\n  ', 'x.yaml: (file): the file is empty'],
    ['comments only', '# just\n# comments\n', 'x.yaml: (file): the file has no content, only comments'],
    ['a NUL byte', 'format: x\nid: a\0b\n', 'x.yaml:2: (file): the file contains a NUL byte: it looks like a binary file, not a text scenario'],
    ['invalid UTF-8', 'format: x\n\ntitle: caf\uFFFD\n', 'x.yaml:3: (file): the file is not valid UTF-8 text; save it as UTF-8 (plain text)'],
    ['a list at the top', '- a\n- b\n', 'x.yaml:1: (file): the top level must be a mapping of fields (format:, id:, title: …), not a list'],
    ['a bare value at the top', '42\n', 'x.yaml:1: (file): the top level must be a mapping of fields (format:, id:, title: …), not the number 42'],
    ['null at the top', '~\n', 'x.yaml:1: (file): the top level must be a mapping of fields (format:, id:, title: …), not an empty value'],
  ])('%s', (_, text, expected) => {
    expect(errorsOf(text, 'x.yaml')).toEqual([expected]);
  });

  it('refuses a file over 1 MiB, counting UTF-8 bytes', () => {
    const big = `title: "${'x'.repeat(MAX_FILE_BYTES)}"\n`;
    expect(errorsOf(big)).toEqual(['test.yaml: (file): the file is larger than 1 MiB; a scenario is a short text file']);
    // Fewer characters than the limit, but more bytes: "é" is two bytes in UTF-8.
    expect(errorsOf(`a: "${'é'.repeat(MAX_FILE_BYTES / 2 + 1)}"`)).toEqual([
      'test.yaml: (file): the file is larger than 1 MiB; a scenario is a short text file',
    ]);
  });

  it('refuses a file name without a scenario extension', () => {
    expect(errorsOf(minimal, 'notes.txt')).toEqual(['notes.txt: (file): a scenario file name ends in .yaml, .yml or .json']);
    expect(errorsOf(minimal, 'README')).toEqual(['README: (file): a scenario file name ends in .yaml, .yml or .json']);
  });
});

describe('YAML that must not be honoured', () => {
  it.each([
    ['__proto__', 'format: x\n__proto__:\n  polluted: true\n', 'x.yaml:2: __proto__: the key "__proto__" is not allowed in a scenario'],
    ['constructor, nested', 'format: x\ncalendar:\n  start: 2016-09\n  constructor: 1\n', 'x.yaml:4: calendar.constructor: the key "constructor" is not allowed in a scenario'],
    ['prototype in a list', 'actors:\n  - id: a\n  - prototype: {}\n', 'x.yaml:3: actors[1].prototype: the key "prototype" is not allowed in a scenario'],
    ['!!js/function', 'format: x\nid: !!js/function "function () { return 1 }"\n', 'x.yaml:2: id: YAML tags such as "!!js/function" are not allowed in a scenario'],
    ['a local tag', 'format: x\n\ntitle: !shout hello\n', 'x.yaml:3: title: YAML tags such as "!shout" are not allowed in a scenario'],
    ['!!binary', 'a: !!binary aGVsbG8=\n', 'x.yaml:1: a: YAML tags such as "!!binary" are not allowed in a scenario'],
    ['a list as a key', '? [a, b]\n: 1\n', 'x.yaml:1: (file): a key must be a simple word, not a list or a mapping'],
    ['a duplicate key', 'format: x\ncalendar:\n  start: 2016-09\n  start: 2017-01\n', 'x.yaml:4: calendar.start: the field "start" is written twice in the same part (first at line 3): keep one'],
    ['two documents', 'format: x\n---\nformat: y\n', 'x.yaml:2: (file): the file holds more than one YAML document (a line "---" starts another); a scenario is one document'],
    ['tabs', 'calendar:\n\tstart: 2016-09\n', 'x.yaml:2: (file): indent with spaces, not tabs'],
    ['brackets nested deeper than 64', `format: x\n${nested(100)}`, 'x.yaml:2: (file): the file is nested too deeply (more than 64 levels)'],
  ])('%s', (_, text, expected) => {
    expect(errorsOf(text, 'x.yaml')).toEqual([expected]);
  });

  it('refuses mappings nested deeper than 64 (no brackets), at the line where they pass the limit', () => {
    const text = Array.from({ length: 80 }, (_, i) => `${' '.repeat(i)}a:`).join('\n') + ' 1\n';
    expect(errorsOf(text, 'x.yaml')).toEqual([`x.yaml:64: ${'a.'.repeat(16).slice(0, -1)}…: the file is nested too deeply (more than 64 levels)`]);
  });

  it('survives nesting far deeper than the stack allows', () => {
    expect(errorsOf(nested(400_000))).toEqual(['test.yaml:1: (file): the file is nested too deeply (more than 64 levels)']);
    expect(errorsOf(`{\n"a": ${'['.repeat(400_000)}${']'.repeat(400_000)}}`, 'x.json')).toEqual([
      'x.json:2: (file): the file is nested too deeply (more than 64 levels)',
    ]);
  });

  // How its time grows with the file is `npm run bench`'s hostile-files line (bench/hostileFiles.ts).
  it('reports a file of 50 000 unknown keys: its first 50 errors and how many more', { timeout: 30_000 }, () => {
    const text = Array.from({ length: 50_000 }, (_, i) => `k${i}: ${i}`).join('\n');
    const errors = errorsOf(text);
    expect(errors).toHaveLength(51);
    expect(errors[0]).toBe('test.yaml:1: format: the file has no "format:" field (required): write "format: pivot-east-scenario/1" at the top of the file');
    expect(errors[50]).toMatch(/^test\.yaml: \(file\): \d+ more errors not shown; fix these first$/);
  });

  it('stops a YAML alias bomb (a billion laughs)', () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (const [prev, name] of [['a', 'b'], ['b', 'c'], ['c', 'd'], ['d', 'e'], ['e', 'f'], ['f', 'g'], ['g', 'h']] as const) {
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    // f: holds 9^6 values once expanded, the first level over the limit.
    expect(errorsOf(levels.join('\n'))).toEqual([`test.yaml:6: f: ${TOO_MANY_VALUES}`]);
  });

  it('names an alias without an anchor above it as such', () => {
    expect(errorsOf('a: *x\nb: &x 1\n')).toEqual(['test.yaml:1: (file): a YAML alias (*name) refers to no anchor (&name) above it']);
  });

  it('reports every tag, not only the first', () => {
    expect(errorsOf('a: !!js/function "f"\nb:\n  - !!js/regexp /x/\n', 'x.yaml')).toEqual([
      'x.yaml:1: a: YAML tags such as "!!js/function" are not allowed in a scenario',
      'x.yaml:3: b[0]: YAML tags such as "!!js/regexp" are not allowed in a scenario',
    ]);
  });

  it('reports the first syntax error only, since the rest echo it, but every repeated key', () => {
    expect(errorsOf('a:\n\tcost: 3\n  b: 1\n', 'x.yaml')).toEqual(['x.yaml:2: (file): indent with spaces, not tabs']);
    expect(errorsOf('a: 1\na: 2\nb:\n  c: 1\n  c: 2\n', 'x.yaml')).toEqual([
      'x.yaml:2: a: the field "a" is written twice in the same part (first at line 1): keep one',
      'x.yaml:5: b.c: the field "c" is written twice in the same part (first at line 4): keep one',
    ]);
  });

  it.each([
    ['a colon in a text', 'format: x\ntitle: Abe: a visit\n', 'x.yaml:2: (file): the text of "title" holds ": ", which YAML reads as the start of another field; put the whole text in quotes: title: "Abe: a visit"'],
    ['no space after a colon', 'calendar:\n  turns:8\n  start: 2016-09\n', 'x.yaml:2: (file): this line ("turns:8") has no space after the colon of "turns", so it is read as one text, not as "field: value"; write "turns: 8"'],
    ['a value starting with @', 'title: @putin\n', 'x.yaml:1: (file): YAML syntax: a value cannot start with @, ` or %; put it in quotes'],
    ['an unclosed quote', 'title: "Abe\nsummary: x\n', 'x.yaml:1: (file): the " that opens this text ("Abe") is never closed; end the text with " (a text in quotes may go on over lines, but only indented more than its field)'],
  ])('explains a common YAML slip: %s', (_, text, expected) => {
    expect(errorsOf(text, 'x.yaml')).toEqual([expected]);
  });

  it('treats a YAML merge key as an unknown field, not a merge', () => {
    const text = minimal.replace('calendar:\n', 'base: &base { turns: 8 }\ncalendar:\n  <<: *base\n');
    const errors = errorsOf(text);
    expect(errors).toContain('test.yaml:18: base: unknown field "base"; the fields here are: format, id, title, summary, language, sources, calendar, player, alignment, capital, flags, places, tracks, actors, options, events, crises, endings, score, questions, teacherNotes, hints');
    expect(errors).toContain('test.yaml:20: calendar["<<"]: unknown field "<<"; the fields here are: start, monthsPerTurn, turns');
  });
});

describe('what YAML aliases expand to, and the size of conditions', () => {
  // The issue's file: conditions whose aliases each double the one before, many of them side by
  // side. The text stays small; the `yaml` library's own alias guard let it through.
  const withCondition = (condition: string) => edit(minimal, '    cost: 3\n', `    cost: 3\n    when: ${condition}\n`);

  it('refuses a file whose aliases expand to more than 250,000 values, at the condition that does it', { timeout: 30_000 }, () => {
    const text = withCondition(aliasChains(256, 8));
    expect(text.length).toBeLessThan(100_000);
    expect(errorsOf(text)).toEqual([`test.yaml:${lineOf(text, '    when: {all')}: options[0].when.all: ${TOO_MANY_VALUES}`]);
  });

  it('refuses a JSON file of more than 250,000 values too, at the list that holds them', { timeout: 30_000 }, () => {
    const text = `{\n"format": "x",\n"id": [${Array(250_001).fill(1).join(',')}]\n}`;
    expect(errorsOf(text, 'x.json')).toEqual([`x.json:3: id: ${TOO_MANY_VALUES}`]);
  });

  it('refuses a condition of more than 200 parts once its aliases are expanded', { timeout: 30_000 }, () => {
    const text = withCondition(aliasChains(32, 6));
    expect(errorsOf(text)).toEqual([
      `test.yaml:${lineOf(text, '    when: {all')}: options[0].when: this condition has 4,065 parts (tests, and all, any, not, count) once YAML aliases (*name) are expanded; at most 200 are allowed: split it, or test fewer things`,
    ]);
  });

  it('names an oversized condition in a file the schema refuses too, and does not walk it for references', { timeout: 30_000 }, () => {
    const text = edit(withCondition(aliasChains(32, 6)), '\ntitle: ', '\ntitel: ');
    const errors = errorsOf(text);
    expect(errors).toHaveLength(3);
    expect(errors).toContain('test.yaml:5: titel: unknown field "titel" (did you mean "title"?)');
    expect(errors).toContain(
      `test.yaml:${lineOf(text, '    when: {all')}: options[0].when: this condition has 4,065 parts (tests, and all, any, not, count) once YAML aliases (*name) are expanded; at most 200 are allowed: split it, or test fewer things`,
    );
  });

  it('accepts a condition of 200 parts and 8 levels, and refuses 9 levels', { timeout: 30_000 }, () => {
    // 1 + (1 + 3 × 63, chains of depth 5) + 7 (not, 7 levels: 8 with the `all`) + 2 = 200 parts.
    loaded(withCondition(`{all: [${[aliasChains(3, 5), notChain(7), '{event: oil-slump}', '{event: oil-slump}'].join(', ')}]}`));
    const deep = withCondition(notChain(9));
    expect(errorsOf(deep)).toEqual([
      `test.yaml:${lineOf(deep, '    when: {not')}: options[0].when: this condition nests all, any, not or count 9 levels deep; at most 8 are allowed: write it flatter`,
    ]);
  });

  it('accepts a scenario with 2,000 condition parts in all, and refuses one more', { timeout: 30_000 }, () => {
    // The fixture's own conditions have 6 parts; 9 options add 200 each, one more 194.
    const forum = fixtureData.options.find((o) => o.id === 'forum')!;
    const heavy = (id: string, parts: number) => ({ ...forum, id, when: conditionOfParts(parts, 'forum') });
    const full = { ...fixtureData, options: [...fixtureData.options, ...Array.from({ length: 9 }, (_, i) => heavy(`heavy-${i}`, 200)), heavy('last', 194)] };
    loaded(JSON.stringify(full), 'full.json');
    const over = { ...full, options: [...full.options.slice(0, -1), heavy('last', 195)] };
    expect(errorsOf(JSON.stringify(over), 'over.json')).toEqual([
      'over.json:1: (file): the conditions of this scenario have 2,001 parts in all once YAML aliases (*name) are expanded; at most 2,000 are allowed: shorten the longest ones',
    ]);
  });
});

describe('the plain-words checks on hostile files', () => {
  // How their time grows with the file is `npm run bench`'s hostile-files line (bench/hostileFiles.ts).
  it('reports 50,000 fields swallowed by a text, and 50,000 ": " in a list, the first of each with its words', { timeout: 30_000 }, () => {
    const swallowed = edit(minimal, '    cost: 3\n', `    cost: 3\n    summary: |\n${'      cost: 1\n'.repeat(50_000)}`);
    const first = errorsOf(swallowed);
    expect(first).toHaveLength(51);
    expect(first[1]).toMatch(/the line "cost: 1" is inside the multi-line text of "summary"/);
    const colons = edit(minimal, 'questions:\n', `questions:\n${'  - a b: c\n'.repeat(50_000)}`);
    const second = errorsOf(colons);
    expect(second).toHaveLength(51);
    expect(second[1]).toMatch(/this list item was read as the field "a b"/);
  });

  it('names a dash without its space below 50,000 blank lines, and a field without its colon among 50,000 fields', { timeout: 30_000 }, () => {
    const blanks = edit(minimal, '  - id: moscow-kazan-railway', `${'\n'.repeat(50_000)}  -id: moscow-kazan-railway`);
    expect(errorsOf(blanks)).toEqual([expect.stringMatching(new RegExp(`^test\\.yaml:${lineOf(blanks, '-id: moscow')}: \\(file\\): this list item has no space after its dash`))]);
    const fields = edit(minimal, '    cost: 3\n', `${Array.from({ length: 50_000 }, (_, i) => `    k${i}: 1\n`).join('')}    cost 3\n`);
    expect(errorsOf(fields)).toEqual([`test.yaml:${lineOf(fields, 'cost 3')}: (file): this line ("cost 3") has no colon after "cost": write "cost: 3"`]);
  });

  it("reads a key of 200,000 blanks between a field's name and a word (its colon missing?) once", { timeout: 30_000 }, () => {
    const key = `add 2${' '.repeat(200_000)}x`;
    const text = edit(minimal, '      - { track: development, add: 8 }', `      - track: development\n        ? "${key}"`);
    const start = performance.now();
    expect(errorsOf(text).join('\n')).toContain('options[0].effects[0]["add 2   ');
    expect(performance.now() - start).toBeLessThan(5_000);
  });

  it('reads a line of 500,000 blanks in typographic quotes, and beside a tab, once', { timeout: 30_000 }, () => {
    const blanks = ' \t'.repeat(250_000);
    const quoted = edit(minimal, '    title: Abe comes to Vladivostok', `    title: “Abe: a${blanks}visit”`);
    expect(errorsOf(quoted)[0]).toContain('this text opens with the typographic quote “');
    const tabbed = edit(edit(minimal, '    cost: 3\n', '\tcost: 3\n'), '    touches: { energy: 60 }', `    touches: ${blanks}{ energy: 60 }::${blanks}`);
    expect(errorsOf(tabbed)[0]).toContain('indent with spaces, not tabs');
  });
});

describe('JSON, read strictly', () => {
  it.each([
    ['a trailing comma', '{\n  "format": "x",\n}', 'x.json:3: (file): JSON syntax: a comma before "}" is not allowed in JSON'],
    ['a comment', '// my scenario\n{}', 'x.json:1: (file): JSON syntax: expected a value: text in double quotes, a number, true, false, null, { or ['],
    ['a bare word', '{\n  "a": tru\n}', 'x.json:2: (file): JSON syntax: expected a value: text in double quotes, a number, true, false, null, { or ['],
    ['single quotes', "{\n\n  'a': 1\n}", 'x.json:3: (file): JSON syntax: expected a key in double quotes (JSON has no comments)'],
    ['a missing comma', '{\n  "a": 1\n  "b": 2\n}', 'x.json:3: (file): JSON syntax: expected "," or "}" after a value'],
    ['an unclosed string', '{\n  "a": "abc\n}', 'x.json:2: (file): JSON syntax: a line break or control character inside text in double quotes (write \\n)'],
    ['a missing bracket', '{\n  "a": [1, 2\n}', 'x.json:3: (file): JSON syntax: expected "," or "]" after a value'],
    ['text after the end', '{}\n{}', 'x.json:2: (file): JSON syntax: unexpected text after the end of the JSON value'],
    ['a truncated file', '{\n  "a": [1,', 'x.json:2: (file): JSON syntax: the JSON ends too early (a bracket or value is missing)'],
    ['a duplicate key', '{\n  "calendar": {\n    "turns": 1,\n    "turns": 2\n  }\n}', 'x.json:4: calendar.turns: the field "turns" is written twice in the same part (first at line 3): keep one'],
    ['__proto__', '{\n  "format": "x",\n  "__proto__": {"polluted": true}\n}', 'x.json:3: __proto__: the key "__proto__" is not allowed in a scenario'],
    ['a list at the top', '[1, 2]', 'x.json:1: (file): the top level must be a mapping of fields (format:, id:, title: …), not a list'],
  ])('%s', (_, text, expected) => {
    expect(errorsOf(text, 'x.json')).toEqual([expected]);
  });

  it('does not pollute Object.prototype whatever the file says', () => {
    loadScenario('{"__proto__": {"polluted": true}}', 'x.json');
    loadScenario('__proto__: {polluted: true}\n', 'x.yaml');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('never throws, whatever the input', () => {
  /** Loads without throwing, and any failure is a list of one-line messages within the file. */
  const holdsUp = (text: string, file: string) => {
    const result = loadScenario(text, file);
    if (result.ok) return true;
    const lineCount = text.split('\n').length;
    return (
      result.errors.length > 0 &&
      result.errors.every((e) => !formatError(e).includes('\n') && e.message !== '' && (e.line === undefined || (e.line >= 1 && e.line <= lineCount)))
    );
  };

  it('on arbitrary text, as YAML and as JSON', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => holdsUp(text, 'a.yaml') && holdsUp(text, 'a.json')),
      { numRuns: 200 },
    );
  });

  it('on the minimal scenario with lines cut out and a few characters put in', { timeout: 60_000 }, () => {
    const lines = minimal.split('\n');
    fc.assert(
      fc.property(fc.nat(lines.length - 1), fc.nat(lines.length - 1), fc.string({ maxLength: 3 }), (from, to, insert) => {
        const [a, b] = from <= to ? [from, to] : [to, from];
        const text = [...lines.slice(0, a), insert + (lines[b] ?? ''), ...lines.slice(b + 1)].join('\n');
        return holdsUp(text, 'a.yaml');
      }),
      { numRuns: 100 },
    );
  });
});
