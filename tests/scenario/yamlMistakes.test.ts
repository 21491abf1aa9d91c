// The YAML slips a teacher makes most, each named in plain words with the likely fix (the parser's
// own wording at most in parentheses), at its file, line and path.
import { describe, expect, it } from 'vitest';
import { formatError } from '../../src/scenario/errors';
import { loadScenario } from '../../src/scenario/load';
import { edit, errorsOf, lineOf, loaded, minimal } from './helpers';

const GAS_TEXT = '    text: Sell gas to China for thirty years. Money and pipelines for the Far East, but more trade with China alone.\n';
/** The gas deal's text as a `>-` block, followed by `after` (its next lines). */
const withBlockText = (after: string) =>
  edit(minimal, `${GAS_TEXT}    cost: 3\n`, `    text: >-\n      Sell gas to China for thirty years. Money and pipelines for the Far East,\n      but more trade with China alone.\n${after}`);

describe('a field swallowed by the multi-line text above it', () => {
  it('names the line, the field and the fix, and connects it to the "missing" field', () => {
    const text = withBlockText('      cost: 3\n');
    expect(errorsOf(text)).toEqual([
      `test.yaml:${lineOf(text, '  - id: gas-deal')}: options[0].cost: required field is missing (in the item with the id "gas-deal"): it is written on line ${lineOf(text, 'cost: 3')} ("cost: 3") but indented into the multi-line text above it, so it was read as text; see that line`,
      `test.yaml:${lineOf(text, 'cost: 3')}: options[0].text: the line "cost: 3" is inside the multi-line text of "text" above it (it is indented like that text), so it is read as text, not as the field "cost"; if it is the field, indent it by 4 spaces, like "text:"`,
    ]);
  });

  it('connects a whole section swallowed by the text above it to the section the file has not', () => {
    const text = edit(minimal, "partner?\n\nsources:", "partner?\n  sources:");
    expect(errorsOf(text)[0]).toBe(
      `test.yaml:1: sources: the file has no "sources:" section (required): it is written on line ${lineOf(text, 'partner?') + 1} ("sources:") but indented into the multi-line text above it, so it was read as text; see that line`,
    );
  });

  it('is an error even when the file otherwise fits the schema (an optional field swallowed)', () => {
    const text = withBlockText('      duration: 2\n    cost: 3\n');
    expect(errorsOf(text)).toEqual([
      `test.yaml:${lineOf(text, 'duration: 2')}: options[0].text: the line "duration: 2" is inside the multi-line text of "text" above it (it is indented like that text), so it is read as text, not as the field "duration"; if it is the field, indent it by 4 spaces, like "text:"`,
    ]);
  });

  it('leaves alone a text line that only looks like "word: …" when the word is no field there', () => {
    const text = withBlockText('      Note: the deal took ten years.\n    cost: 3\n');
    expect(() => errorsOf(text)).toThrow(/to fail, but it loaded/);
  });
});

describe('a ": " inside an unquoted text in a list', () => {
  it('says the item was read as a mapping and how to quote it, instead of "expected text, got a mapping"', () => {
    const text = edit(minimal, 'questions:\n', `questions:\n  - Abe's plan: more trade for the Far East?\n`);
    expect(errorsOf(text)).toEqual([
      `test.yaml:${lineOf(text, "  - Abe's plan")}: questions[0]: this list item was read as the field "Abe's plan" with the value "more trade for the Far East?", because of the ": " in its text; if it is one text, put it in quotes: - "Abe's plan: more trade for the Far East?"`,
    ]);
  });

  it('in typographic quotes: names the quote the teacher did write, and writes the text in keyboard quotes', () => {
    const text = edit(minimal, 'questions:\n', 'questions:\n  - “Abe\'s plan: more trade for the Far East?”\n');
    expect(errorsOf(text)).toEqual([
      `test.yaml:${lineOf(text, '  - “Abe')}: questions[0]: this list item was read as the field "“Abe's plan" with the value "more trade for the Far East?”", because of the ": " in its text; it opens with the typographic quote “ (as a word processor writes it), and YAML reads only the keyboard's " and ' as quotes: write - "Abe's plan: more trade for the Far East?"`,
    ]);
  });

  it('in typographic quotes around a part of it: writes the whole item in keyboard quotes, its typographic ones kept inside', () => {
    const text = edit(minimal, 'questions:\n', 'questions:\n  - “Abe’s plan”: “more trade?”\n');
    expect(errorsOf(text)).toEqual([
      `test.yaml:${lineOf(text, '  - “Abe')}: questions[0]: this list item was read as the field "“Abe’s plan”" with the value "“more trade?”", because of the ": " in its text; it opens with the typographic quote “ (as a word processor writes it), and YAML reads only the keyboard's " and ' as quotes: write - "“Abe’s plan”: “more trade?”"`,
    ]);
  });

  it('quotes with single quotes a text that holds a double quote', () => {
    const text = edit(minimal, 'teacherNotes:\n', `teacherNotes:\n  - Ask the class: what did "pales" mean?\n`);
    expect(errorsOf(text)).toEqual([
      `test.yaml:${lineOf(text, '  - Ask the class:')}: teacherNotes[0]: this list item was read as the field "Ask the class" with the value "what did \\"pales\\" mean?", because of the ": " in its text; if it is one text, put it in quotes: - 'Ask the class: what did "pales" mean?'`,
    ]);
  });
});

describe('indentation that breaks the structure', () => {
  const BREAKS = 'lines up with no line above it, so the structure breaks here';

  it('a field one space deeper than its siblings: names the line, the sibling and the spaces to give', () => {
    const text = withBlockText('     cost: 3\n');
    expect(errorsOf(text)).toEqual([
      `test.yaml:${lineOf(text, '     cost: 3')}: (file): the indentation of this line ("cost: 3", 5 spaces) ${BREAKS}; "text:" on line ${lineOf(text, '    text: >-')} is indented 4 spaces: indent this line by 4 spaces too if it belongs beside "text:"`,
    ]);
  });

  it('a field one space short of its siblings: names both lines it falls between', () => {
    const text = edit(minimal, '    cost: 3\n', '   cost: 3\n');
    expect(errorsOf(text)).toEqual([
      `test.yaml:${lineOf(text, '   cost: 3')}: (file): the indentation of this line ("cost: 3", 3 spaces) ${BREAKS}; indent it by 4 spaces if it belongs beside "text:" (line ${lineOf(text, GAS_TEXT.trimEnd())}), or by 2 spaces if it belongs beside "- id:" (line ${lineOf(text, '  - id: gas-deal')})`,
    ]);
  });

  it('a field deeper than the "field: value" line above it: read as part of that value', () => {
    const text = edit(minimal, '  monthsPerTurn: 3', '   monthsPerTurn: 3');
    expect(errorsOf(text)).toEqual([
      `test.yaml:${lineOf(text, '   monthsPerTurn')}: (file): this line ("monthsPerTurn: 3 # one turn is a season") is indented 3 spaces, more than "start:" on line ${lineOf(text, '  start: 2016-09')} (2 spaces), so it is read as part of the value of "start:"; indent it by 2 spaces, like "start:"`,
    ]);
  });

  it('a list item at the column of the fields of the item above: names the items\' column', () => {
    const ITEMS = `the list's items ("- id:" on line ${lineOf(minimal, '  - id: gas-deal')}) are indented 2 spaces: indent this line by 2 spaces to make it the next item`;
    const FIELDS = `as the fields of the item above are ("sources:" on line ${lineOf(minimal, '    sources:\n      - source: diplomaatia-2019\n        paragraph: 11')}), so no new item can start there`;
    // Its dash line alone, then the whole item, indented 2 spaces too far.
    const text = edit(minimal, '  - id: moscow-kazan-railway\n', '    - id: moscow-kazan-railway\n');
    expect(errorsOf(text)).toEqual([`test.yaml:${lineOf(text, '    - id: moscow-kazan-railway')}: (file): this list item ("- id: moscow-kazan-railway") is indented 4 spaces, ${FIELDS}; ${ITEMS}`]);
    const block = minimal.slice(minimal.indexOf('  - id: moscow-kazan-railway'), minimal.indexOf('  - id: eight-point-plan'));
    const deeper = edit(minimal, block, block.replace(/^/gm, '  '));
    expect(errorsOf(deeper)).toEqual([`test.yaml:${lineOf(deeper, '    - id: moscow-kazan-railway')}: (file): this list item ("- id: moscow-kazan-railway") is indented 4 spaces, ${FIELDS}; ${ITEMS}, and the lines of the item under it 2 spaces less too`]);
  });

  it.each([
    ['a field with its value, the parser blaming the line after it', '    cost: 3\n    touches: { energy: 60 }', '  cost: 3\n    touches: { energy: 60 }', 'cost: 3', '"text:"', GAS_TEXT.trimEnd()],
    ['a field that opens a list', '    effects:\n      - { track: development, add: 8 }', '  effects:\n      - { track: development, add: 8 }', 'effects:', '"touches:"', '    touches: { energy: 60 }'],
  ])('a field taken back to its list item\'s dash (%s): named at its own line, with the column of the item\'s fields', (_, from, to, written, like, likeLine) => {
    const text = edit(minimal, from, to);
    expect(errorsOf(text)).toEqual([
      `test.yaml:${lineOf(text, to)}: (file): this line (${JSON.stringify(written)}) is indented 2 spaces, as the dash of its list item is ("- id:" on line ${lineOf(text, '  - id: gas-deal')}), not 4 spaces as the item's fields are (${like} on line ${lineOf(text, likeLine)}), so it is no part of the item; indent it by 4 spaces, like ${like}`,
    ]);
  });

  it('a list written at its field\'s column is not taken for a misplaced item: the line that is wrong is named', () => {
    const compact = edit(minimal, '    sources:\n      - source: rozman-2016\n        paragraph: 12', '    sources:\n    - source: rozman-2016\n       paragraph: 12');
    expect(errorsOf(compact)).toEqual([
      `test.yaml:${lineOf(compact, '       paragraph: 12')}: (file): this line ("paragraph: 12") is indented 7 spaces, more than "source:" on line ${lineOf(compact, '    - source: rozman-2016\n       paragraph: 12')} (6 spaces), so it is read as part of the value of "source:"; indent it by 6 spaces, like "source:"`,
    ]);
  });

  it('a top-level field indented by one space', () => {
    const text = edit(minimal, '\ncalendar:\n', '\n calendar:\n');
    const [error] = errorsOf(text);
    expect(error).toMatch(new RegExp(`^test\\.yaml:${lineOf(text, ' calendar:')}: \\(file\\): the indentation of this line \\("calendar:", 1 space\\) ${BREAKS}; indent it .*by 0 spaces if it belongs beside "sources:" \\(line \\d+\\)`));
  });
});

describe('a list item without the space after its dash', () => {
  it.each([
    ['the first item of a list', '  - id: rozman-2016\n', '  -id: rozman-2016\n', '-id: rozman-2016', '- id: rozman-2016'],
    ['a later item, its siblings written right', '  - id: oil-price\n', '  -id: oil-price\n', '-id: oil-price', '- id: oil-price'],
    ['an item in braces', '  - { id: vladivostok,', '  -{ id: vladivostok,', '-{ id: vladivostok', '- { id: vladivostok'],
  ])('%s: names the line and writes it with the space, instead of the parser\'s words', (_, from, to, written, fixed) => {
    const text = edit(minimal, from, to);
    const errors = errorsOf(text);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(new RegExp(`^test\\.yaml:${lineOf(text, to.trim().slice(0, 12))}: \\(file\\): this list item has no space after its dash \\(`));
    expect(errors[0]).toContain(JSON.stringify(written).slice(0, -1));
    expect(errors[0]).toContain(`; write ${JSON.stringify(fixed).slice(0, -1)}`);
  });

  it.each([
    ['after a blank line', '\n  -id: moscow-kazan-railway'],
    ['after two blank lines', '\n\n  -id: moscow-kazan-railway'],
    ['after a blank line and a comment', '\n# the railway\n\n  -id: moscow-kazan-railway'],
    ['after a comment line', '  # the railway\n  -id: moscow-kazan-railway'],
  ])('%s: names it at its own line, not the blank line the parser points at', (_, to) => {
    const text = edit(minimal, '  - id: moscow-kazan-railway', to);
    expect(errorsOf(text)).toEqual([
      `test.yaml:${lineOf(text, '-id: moscow')}: (file): this list item has no space after its dash ("-id: moscow-kazan-railway"); write "- id: moscow-kazan-railway"`,
    ]);
  });

  it('leaves alone a negative number, and a line of multi-line text that starts with a dash', async () => {
    const { dashWithoutSpace } = await import('../../src/scenario/dashSpace');
    expect(dashWithoutSpace('values:\n  -5\n', 9)).toBeUndefined();
    expect(dashWithoutSpace('values:\n  -x: 1\n', 9)?.message).toBe('this list item has no space after its dash ("-x: 1"); write "- x: 1"');
    // A line broken after a | text whose last line starts with a dash: that line is the mistake.
    const text = edit(minimal, `${GAS_TEXT}    cost: 3\n`, '    text: |\n      Sell gas to China for thirty years.\n      -money and pipelines for the Far East.\n\tcost: 3\n');
    const [error] = errorsOf(text);
    expect(error).toMatch(new RegExp(`^test\\.yaml:${lineOf(text, '\tcost: 3')}: \\(file\\): `));
    expect(error).not.toContain('dash');
  });
});

describe('a field without its colon', () => {
  it.each([
    ['a field and its value', '    cost: 3\n', '    cost 3\n', 'cost 3', '"cost 3") has no colon after "cost": write "cost: 3"'],
    ['before a comment', '    cost: 3\n', '    cost 3 # a lot\n', 'cost 3', '"cost 3") has no colon after "cost": write "cost: 3"'],
    ['a list item\'s first field', '  - id: moscow-kazan-railway', '  - id moscow-kazan-railway', '- id moscow', '"- id moscow-kazan-railway") has no colon after "id": write "- id: moscow-kazan-railway"'],
    ['a field alone above its indented list', '    effects:\n      - { track: development, add: 8 }', '    effects\n      - { track: development, add: 8 }', 'effects\n', '"effects") has no colon after "effects": write "effects:"'],
    ['a section alone above its fields', 'calendar:\n', 'calendar\n', 'calendar\n', '"calendar") has no colon after "calendar": write "calendar:"'],
  ])('%s: names the line and writes it with the colon', (_, from, to, at, said) => {
    const text = edit(minimal, from, to);
    expect(errorsOf(text)).toEqual([`test.yaml:${lineOf(text, at)}: (file): this line (${said}`]);
  });

  it('leaves alone a word that is no field beside it, a field alone with nothing below it, and a line of text', () => {
    // An option has no "weight": the line may be anything.
    expect(errorsOf(edit(minimal, '    cost: 3\n', '    weight 3\n'))[0]).not.toContain('no colon');
    expect(errorsOf(edit(minimal, '    cost: 3\n', '    cost\n'))[0]).not.toContain('no colon');
    expect(errorsOf(edit(minimal, GAS_TEXT, '    text: Sell gas to China for thirty years.\n    Money and pipelines for the Far East.\n'))[0]).not.toContain('no colon');
  });

  it('leaves alone a wrapped line of text that starts with a field whose value the words are not', () => {
    const PLAN = "    text: Accept Japan's economic projects in the Far East. Japan hopes they lead to talks on the islands.\n";
    const NOT_FIELD = 'YAML syntax: this line is not "field: value" (is the space after the colon missing, or the indentation wrong?)';
    for (const wrapped of ['when Abe visits in December.', 'target of much criticism at home.']) {
      const text = edit(minimal, PLAN, `    text: Accept Japan's economic projects in the Far East, and talks on the islands\n    ${wrapped}\n`);
      expect(errorsOf(text)).toEqual([`test.yaml:${lineOf(text, wrapped)}: (file): ${NOT_FIELD}`]);
    }
  });
});

describe('a non-breaking space after a colon (pasted from a document)', () => {
  it.each([
    ['one', '    cost:\u00a03\n', 'the space after the colon of "cost" is a non-breaking space'],
    ['two', '    cost:\u00a0\u00a03\n', 'the spaces after the colon of "cost" are non-breaking spaces'],
  ])('%s: names it, instead of "not field: value"', (_, to, said) => {
    const text = edit(minimal, '    cost: 3\n', to);
    expect(errorsOf(text)).toEqual([`test.yaml:${lineOf(text, 'cost:\u00a0')}: (file): ${said} (pasted from a document); type an ordinary space`]);
  });

  it("names it after a list item's first field too", () => {
    const text = edit(minimal, '  - id: moscow-kazan-railway', '  - id:\u00a0moscow-kazan-railway');
    expect(errorsOf(text)).toEqual([`test.yaml:${lineOf(text, 'id:\u00a0')}: (file): the space after the colon of "id" is a non-breaking space (pasted from a document); type an ordinary space`]);
  });
});

describe('a non-breaking space before a colon (French typing)', () => {
  it.each([
    ['a non-breaking space', '\u00a0', '\\u00A0', 'a non-breaking space (U+00A0)'],
    ['a narrow non-breaking space', '\u202f', '\\u202F', 'a narrow non-breaking space (U+202F)'],
  ])('%s after a field\'s name: names it, at the key, instead of an unknown field and the field missing', (_, space, escaped, named) => {
    const text = edit(minimal, '    cost: 3\n', `    cost${space}: 3\n`);
    expect(errorsOf(text)).toEqual([
      `test.yaml:${lineOf(text, `cost${space}:`)}: options[0]["cost${escaped}"]: the key "cost" is followed by ${named} before its colon, as French typing puts one; YAML reads it as part of the key: delete it`,
    ]);
    // An ordinary space there is YAML's own: the field is read.
    expect(loaded(edit(minimal, '    cost: 3\n', '    cost : 3\n')).scenario.options[0]!.cost).toBe(3);
  });

  it('after a field at the top of the file: not also said to be missing', () => {
    const text = edit(minimal, 'title: The Vladivostok', 'title\u00a0: The Vladivostok');
    expect(errorsOf(text)).toEqual([
      `test.yaml:${lineOf(text, 'title\u00a0:')}: ["title\\u00A0"]: the key "title" is followed by a non-breaking space (U+00A0) before its colon, as French typing puts one; YAML reads it as part of the key: delete it`,
    ]);
  });
});

describe('a text after ">-" written no deeper than its field', () => {
  it.each([
    ['as deep as the field', '    Sell gas'],
    ['less deep', '  Sell gas'],
  ])('%s: says the text must go deeper, and how deep', (_, written) => {
    const text = withBlockText('    cost: 3\n').replace('      Sell gas', written);
    expect(errorsOf(text)).toEqual([
      `test.yaml:${lineOf(text, written)}: (file): this line ("Sell gas to China for thirty years. Money and pipelines for the Far East,") is indented ${written.indexOf('S')} spaces, no deeper than "text:" on line ${lineOf(text, 'text: >-')} (4 spaces), so it is not read as its text: the lines of a text written after ">" or "|" go deeper than its field; indent them by 6 spaces`,
    ]);
  });
});

describe('a tab in the indentation', () => {
  const NO_TABS = 'indent with spaces, not tabs';

  it.each([
    ['a field between fields', '    cost: 3\n', '\tcost: 3\n', 4],
    ['a list item between list items', '  - { id: beijing,', '\t- { id: beijing,', 2],
  ])('%s: says how many spaces the lines beside it have', (_, from, to, spaces) => {
    const text = edit(minimal, from, to);
    expect(errorsOf(text)).toEqual([`test.yaml:${lineOf(text, to.trim().slice(0, 12))}: (file): ${NO_TABS}: the lines beside it are indented ${spaces} spaces`]);
  });

  it("below a list item's first field: counts the column after the dash, not the dash's", () => {
    const text = edit(minimal, '  - { track: development, weight: 2 }\n', '  - track: development\n\tweight: 2\n');
    expect(errorsOf(text)).toEqual([`test.yaml:${lineOf(text, '\tweight')}: (file): ${NO_TABS}: the fields of the list item above it are indented 4 spaces`]);
  });

  it('after spaces (the parser reads "  \\t" as 2 spaces and a blank): names the tab, not the column', () => {
    const text = edit(minimal, '    cost: 3\n', '  \tcost: 3\n');
    expect(errorsOf(text)).toEqual([`test.yaml:${lineOf(text, '\tcost')}: (file): ${NO_TABS}: the lines beside it are indented 4 spaces`]);
  });

  it("before a line of a text that goes on over lines: names the tab (the parser spoke of the text's indentation), with the text's column", () => {
    const INTEXT = `${NO_TABS}: this line of a text that goes on over lines starts with a tab`;
    const first = withBlockText('    cost: 3\n').replace('      Sell gas', '\tSell gas');
    expect(errorsOf(first)).toEqual([`test.yaml:${lineOf(first, '\tSell gas')}: (file): ${INTEXT}; its other lines are indented 6 spaces`]);
    const later = withBlockText('    cost: 3\n').replace('      but more trade', '\tbut more trade');
    expect(errorsOf(later)).toEqual([`test.yaml:${lineOf(later, '\tbut more trade')}: (file): ${INTEXT}; its other lines are indented 6 spaces`]);
    // Every line of the text with a tab (a file pasted from a document): no column to give.
    const all = withBlockText('    cost: 3\n').replace('      Sell gas', '\tSell gas').replace('      but more trade', '\tbut more trade');
    expect(errorsOf(all)).toEqual([`test.yaml:${lineOf(all, '\tSell gas')}: (file): ${INTEXT}`]);
  });

  it('says no number where the lines beside it do not agree, or the line above opens a block its child may go deeper in', () => {
    // The last item of a list: the field below is shallower.
    const last = edit(minimal, '      - { actor: china, attr: trade, add: 20 }', '\t- { actor: china, attr: trade, add: 20 }');
    expect(errorsOf(last)).toEqual([`test.yaml:${lineOf(last, '\t- { actor: china')}: (file): ${NO_TABS}`]);
    const first = edit(minimal, '  start: 2016-09', '\tstart: 2016-09');
    expect(errorsOf(first)).toEqual([`test.yaml:${lineOf(first, '\tstart')}: (file): ${NO_TABS}`]);
  });
});

describe('a # that breaks the structure', () => {
  const ENERGY = 'label: Secure supplies of oil and gas, weight: 60 }';

  it('in braces: names the # and its line, not the brace the parser missed, and quotes the text whole', () => {
    const text = edit(minimal, ENERGY, 'label: Secure supplies of oil and gas #1, weight: 60 }');
    expect(errorsOf(text)).toEqual([
      `test.yaml:${lineOf(text, 'gas #1')}: (file): a # after a space starts a comment, even inside { … }, so the rest of this line ("#1, weight: 60 }") is not read, its closing } with it; put the text in quotes to keep the # in it: label: "Secure supplies of oil and gas #1"`,
    ]);
  });

  it('after an id: says to move the comment to the line\'s end, or, when fields follow it, to quote or remove the #', () => {
    const text = edit(minimal, 'route: [vladivostok, beijing]', 'route: [vladivostok, beijing # the capital]');
    expect(errorsOf(text)).toEqual([
      `test.yaml:${lineOf(text, '# the capital')}: (file): a # after a space starts a comment, even inside [ … ], so the rest of this line ("# the capital], kind: pipeline }") is not read, its closing ] with it; move the comment to the end of the line`,
    ]);
    const fields = edit(minimal, ENERGY, 'label: energy #1, weight: 60 }');
    expect(errorsOf(fields)).toEqual([
      `test.yaml:${lineOf(fields, 'energy #1')}: (file): a # after a space starts a comment, even inside { … }, so the rest of this line ("#1, weight: 60 }") is not read, its closing } with it; what follows the # is part of the { … }: put the text with its # in quotes, or remove the #`,
    ]);
  });

  it('in a text that goes on over lines: names the # rather than the indentation of the line below', () => {
    const text = edit(minimal, GAS_TEXT, '    text: Sell gas to China #1 for thirty years.\n      Money and pipelines for the Far East.\n');
    expect(errorsOf(text)).toEqual([
      `test.yaml:${lineOf(text, 'China #1')}: (file): this text ends before "#1 for thirty years.": a # after a space starts a comment, so the rest of this line is not part of the text, and the line below ("Money and pipelines for the Far East.") cannot go on with it; put the whole text in quotes, or write it after ">-" on the lines below`,
    ]);
  });

  it('on a line that goes on with a text, the next as deep: names the #', () => {
    const text = edit(minimal, GAS_TEXT, '    text: Sell gas to China for thirty years.\n      Money for the #1 region,\n      and pipelines for the Far East.\n');
    expect(errorsOf(text)).toEqual([
      `test.yaml:${lineOf(text, 'the #1 region')}: (file): this text ends before "#1 region,": a # after a space starts a comment, so the rest of this line is not part of the text, and the line below ("and pipelines for the Far East.") cannot go on with it; put the whole text in quotes, or write it after ">-" on the lines below`,
    ]);
  });

  it('leaves the indentation message when the line below is a field, or when a comment in braces going on over lines is right', () => {
    const text = edit(minimal, GAS_TEXT, '    text: Sell gas to China # the deal\n      cost: 3\n');
    expect(errorsOf(text)[0]).toContain('is indented 6 spaces, more than "text:"');
    // After a number the # was a comment; the line below is the mistake.
    expect(errorsOf(edit(minimal, '    cost: 3\n', '    cost: 3 # a lot\n      for one deal\n'))[0]).toContain('is indented 6 spaces, more than "cost:"');
    // The comment's own braces ("# see {1}") close nothing before it.
    const commented = edit(minimal, ENERGY, 'label: Secure supplies of oil and gas, # see {1}\n        weight: 60 }');
    loaded(commented);
    const misindented = edit(commented, '    moves:\n      - id: link-the-belt', '     moves:\n      - id: link-the-belt');
    expect(errorsOf(misindented)).toEqual([expect.stringMatching(new RegExp(`^test\\.yaml:${lineOf(misindented, '     moves:')}: \\(file\\): the indentation of this line \\("moves:", 5 spaces\\)`))]);
  });
});

describe('a text in typographic quotes (from a word processor) holding a colon', () => {
  const TITLE = '    title: Abe comes to Vladivostok';
  const OPENS = (mark: string) => `this text opens with the typographic quote ${mark} (as a word processor writes it); YAML reads only the keyboard's " and ' as quotes`;

  it.each([
    ['“…”', '“Abe: a visit”', '“'],
    ['„…“', '„Abe: a visit“', '„'],
    ['‘…’', '‘Abe: a visit’', '‘'],
    ['“…” before a comment', '“Abe: a visit” # from Rozman', '“'],
  ])('%s: names the quote, not the colon the teacher did quote', (_, written, mark) => {
    const text = edit(minimal, TITLE, `    title: ${written}`);
    expect(errorsOf(text)).toEqual([`test.yaml:${lineOf(text, 'title: ' + mark)}: (file): ${OPENS(mark)}: write title: "Abe: a visit"`]);
  });

  it.each([
    ['with the no-break spaces French typing puts inside them', '«\u00a0Abe\u00a0: a visit\u00a0»', 'Abe\u00a0: a visit'],
    ['with narrow ones', '«\u202fAbe\u202f: a visit\u202f»', 'Abe\u202f: a visit'],
    ['with none', '«Abe: a visit»', 'Abe: a visit'],
  ])('«…» %s: names them French quotation marks, and writes the text without the spaces just inside them', (_, written, inside) => {
    const text = edit(minimal, TITLE, `    title: ${written}`);
    expect(errorsOf(text)).toEqual([
      `test.yaml:${lineOf(text, 'title: «')}: (file): this text opens with the French quotation mark «, which YAML does not read as a quote; YAML reads only the keyboard's " and ' as quotes: write title: "${inside}"`,
    ]);
  });

  it('writes in single quotes a text that holds a double quote; says only what to type when the text goes on below', () => {
    const inner = edit(minimal, TITLE, '    title: “Abe: a "visit"”');
    expect(errorsOf(inner)).toEqual([`test.yaml:${lineOf(inner, 'title: “')}: (file): ${OPENS('“')}: write title: 'Abe: a "visit"'`]);
    const below = edit(minimal, TITLE, '    title: “Abe: a visit\n      to Vladivostok”');
    expect(errorsOf(below)).toEqual([`test.yaml:${lineOf(below, 'title: “')}: (file): ${OPENS('“')}: type " in place of “ and of the quote that closes the text`]);
  });

  it.each([
    ['two texts in quotes', '“Power of Siberia”: “the gas deal”'],
    ['„…“ and “…” both', '„Sila Sibiri“: a gas deal for “thirty years”'],
    ['a quote closed before the colon', '“Power of Siberia” gas deal: 400 billion dollars'],
  ])('%s: writes the whole text in keyboard quotes, its typographic ones kept inside', (_, written) => {
    const text = edit(minimal, TITLE, `    title: ${written}`);
    expect(errorsOf(text)).toEqual([`test.yaml:${lineOf(text, 'title: ' + written[0])}: (file): ${OPENS(written[0]!)}: write title: "${written}"`]);
  });

  it('leaves a list item in typographic quotes above the error to the message for the line below', () => {
    const text = edit(minimal, 'questions:\n', 'questions:\n  - “Abe’s plan: more trade?”\n   - Why did Japan care?\n');
    expect(errorsOf(text)).toEqual([expect.stringMatching(new RegExp(`^test\\.yaml:${lineOf(text, '   - Why')}: \\(file\\): the indentation of this line \\("- Why did Japan care\\?", 3 spaces\\)`))]);
  });

  it('in braces: names the quote, or the colon of an unquoted text, instead of "block collections within flow collections"', () => {
    const KURIL = '  - { id: kuril-islands, name: Kuril Islands, kind: islands';
    const curly = edit(minimal, KURIL, '  - { id: kuril-islands, name: “Kurils: the islands”, kind: islands');
    expect(errorsOf(curly)).toEqual([`test.yaml:${lineOf(curly, '“Kurils')}: (file): ${OPENS('“')}: write name: "Kurils: the islands"`]);
    const colon = edit(minimal, KURIL, '  - { id: kuril-islands, name: Kurils: the islands, kind: islands');
    expect(errorsOf(colon)).toEqual([`test.yaml:${lineOf(colon, 'Kurils:')}: (file): inside { … } a ": " starts another field, so this text is cut at its colon; put it in quotes: name: "Kurils: the islands"`]);
    const comma = edit(minimal, KURIL, '  - { id: kuril-islands, name: “Kurils, the islands”, kind: islands');
    expect(errorsOf(comma)).toEqual([
      `test.yaml:${lineOf(comma, '“Kurils')}: places[2]["the islands”"]: unknown field "the islands”": a comma inside a text in { … } ends the text there, so "the islands”" became a field of its own; put the whole text in quotes to keep it whole, e.g. name: "Kurils, the islands" (its typographic quotes “ ” are not YAML's: type the keyboard's " instead)`,
    ]);
  });

  it('leaves a typographic apostrophe (’90s) to the message for a colon in a text', () => {
    const text = edit(minimal, TITLE, '    title: ’90s: a visit');
    expect(errorsOf(text)[0]).toContain('put the whole text in quotes: title: "’90s: a visit"');
  });
});

describe('a ": " in a text after a field, not in quotes', () => {
  const REFERENCE = '    reference: Rozman, Gilbert. 2016. "Courting Mother Russia". Policy Forum, 9 September 2016.';
  it('names the field and writes the whole text in quotes, to copy as it is: single ones when it holds a double quote, cut short only beyond 200 characters', () => {
    const text = edit(minimal, REFERENCE, '    reference: Rozman, Gilbert. 2016. "Courting Mother Russia: Abe\'s plan". Policy Forum, 9 September 2016.');
    expect(errorsOf(text)).toEqual([
      `test.yaml:${lineOf(text, 'reference: Rozman')}: (file): the text of "reference" holds ": ", which YAML reads as the start of another field; put the whole text in quotes: reference: 'Rozman, Gilbert. 2016. "Courting Mother Russia: Abe''s plan". Policy Forum, 9 September 2016.'`,
    ]);
    const long = `Rozman, Gilbert. 2016. "Courting Mother Russia: Abe's plan". ${'A long aside. '.repeat(12)}Policy Forum.`;
    const longer = edit(minimal, REFERENCE, `    reference: ${long}`);
    expect(errorsOf(longer)[0]).toContain(`put the whole text in quotes: reference: '${long.slice(0, 200).replace("'", "''")}…' (shown cut short: the quotes go around the whole text)`);
  });

  it('says to quote the lines it goes on over with it, and offers no mend', () => {
    const text = edit(minimal, '    title: Abe comes to Vladivostok', '    title: Abe: a visit\n      to Vladivostok');
    const result = loadScenario(text, 'test.yaml');
    expect(result.ok ? [] : result.errors.map((e) => [formatError(e), e.fix])).toEqual([
      [`test.yaml:${lineOf(text, 'title: Abe:')}: (file): the text of "title" holds ": ", which YAML reads as the start of another field; put the whole text, with the lines it goes on over, in quotes`, undefined],
    ]);
  });
});

describe('a text in quotes never closed', () => {
  const TITLE = '    title: Abe comes to Vladivostok';
  const NEVER_CLOSED = (mark: string) => `is never closed; end the text with ${mark} (a text in quotes may go on over lines, but only indented more than its field)`;

  it('names the line of the opening quote, not the end of the file the parser read on to', () => {
    const text = edit(minimal, TITLE, '    title: "Abe comes to Vladivostok');
    expect(errorsOf(text)).toEqual([`test.yaml:${lineOf(text, 'title: "Abe')}: (file): the " that opens this text ("Abe comes to Vladivostok") ${NEVER_CLOSED('"')}`]);
  });

  it('names it when the line below ends the text (not indented more than its field), and in single quotes', () => {
    const text = edit(minimal, TITLE, "    title: 'Abe comes to Vladivostok");
    expect(errorsOf(text)).toEqual([
      `test.yaml:${lineOf(text, "title: 'Abe")}: (file): the ' that opens this text ("Abe comes to Vladivostok") is not closed on this line, and the line below is not indented more than its field, so the text cannot go on there; end the text with ' on this line, or indent the lines it goes on over more than its field`,
    ]);
  });

  it('takes a quote of the other kind than the parser names, never closed, for text (a line going on with a text: \'90s)', () => {
    expect(errorsOf("a: as in the\n  '90s\nb: \"never\nc: 1\n", 'x.yaml')).toEqual([`x.yaml:3: (file): the " that opens this text ("never") ${NEVER_CLOSED('"')}`]);
  });

  it('reads past a text in quotes rightly going on over lines, and a quote inside a text', () => {
    const spread = edit(minimal, "description: Russia's biggest partner in Asia, pragmatic and patient.", 'description: "Russia\'s biggest partner in Asia,\n      pragmatic and patient."');
    loaded(spread);
    const text = edit(spread, TITLE, '    title: "Abe comes to Vladivostok');
    expect(errorsOf(text)).toEqual([`test.yaml:${lineOf(text, 'title: "Abe')}: (file): the " that opens this text ("Abe comes to Vladivostok") ${NEVER_CLOSED('"')}`]);
  });
});

describe('a bracket never closed, closed with the other kind, or closing nothing', () => {
  const BEIJING = '{ id: beijing, name: Beijing, kind: capital, lon: 116.4, lat: 39.9 }';
  const ROUTE = 'route: [vladivostok, beijing]';

  it("names the line of the { and the line that cannot go on with it, instead of the parser's \"Flow map in block collection\" a line after it", () => {
    const text = edit(minimal, BEIJING, '{ id: beijing, name: Beijing, kind: capital, lon: 116.4, lat: 39.9');
    expect(errorsOf(text)).toEqual([
      `test.yaml:${lineOf(text, 'id: beijing')}: (file): the { that opens this mapping ("{ id: beijing, name: Beijing, kind: capi…") is not closed on this line, and line ${lineOf(text, 'id: beijing') + 1} ("- { id: kuril-islands, name: Kuril Islan…") is not indented more than the line it opens on, so the mapping cannot go on there; end it with } on this line`,
    ]);
  });

  it('names a [ never closed, after a field, and at the end of the file', () => {
    const text = edit(minimal, 'touches: { energy: 60 }', 'touches: { energy: 60 }\n    excludes: [island-talks');
    expect(errorsOf(text)).toEqual([
      `test.yaml:${lineOf(text, 'excludes:')}: (file): the [ that opens this list ("[island-talks") is not closed on this line, and line ${lineOf(text, 'excludes:') + 1} ("effects:") is not indented more than the line it opens on, so the list cannot go on there; end it with ] on this line`,
    ]);
    expect(errorsOf('format: pivot-east-scenario/1\nquestions: [Why?, How?\n')).toEqual([
      'test.yaml:2: (file): the [ that opens this list ("[Why?, How?") is not closed on this line, and the file ends first; end it with ] on this line',
    ]);
  });

  it('a mapping going on over lines: says where it could not go on; one whose next line closes it: to indent that line', () => {
    const spread = edit(minimal, BEIJING, '{ id: beijing, name: Beijing,\n      kind: capital, lon: 116.4, lat: 39.9');
    expect(errorsOf(spread)).toEqual([
      `test.yaml:${lineOf(spread, 'id: beijing')}: (file): the { that opens this mapping ("{ id: beijing, name: Beijing,") is never closed: it goes on over the lines below, and line ${lineOf(spread, 'id: beijing') + 2} ("- { id: kuril-islands, name: Kuril Islan…") is not indented more than the line it opens on, so the mapping cannot go on there; end it with } after its last item`,
    ]);
    const shallow = edit(minimal, BEIJING, '{ id: beijing, name: Beijing,\n  kind: capital, lon: 116.4, lat: 39.9 }');
    expect(errorsOf(shallow)).toEqual([
      `test.yaml:${lineOf(shallow, 'id: beijing')}: (file): the { that opens this mapping ("{ id: beijing, name: Beijing,") is not closed on this line, and line ${lineOf(shallow, 'id: beijing') + 1} ("kind: capital, lon: 116.4, lat: 39.9 }") is not indented more than the line it opens on, so the mapping cannot go on there; indent line ${lineOf(shallow, 'id: beijing') + 1} more, or end the mapping on this line`,
    ]);
  });

  it('a list in braces whose mapping is closed before it: to end the list first; a } for a ]: to write ]', () => {
    const inner = edit(minimal, ROUTE, 'route: [vladivostok, beijing');
    expect(errorsOf(inner)).toEqual([`test.yaml:${lineOf(inner, 'route:')}: (file): the [ that opens the list on this line is not closed before this }, which closes the { around it; end the list with ] after its last item`]);
    const other = edit(minimal, BEIJING, '{ id: beijing, name: Beijing, kind: capital, lon: 116.4, lat: 39.9 ]');
    expect(errorsOf(other)).toEqual([`test.yaml:${lineOf(other, 'id: beijing')}: (file): the { that opens the mapping on this line is closed here with ]; a mapping in { … } ends with }, a list in [ … ] with ]: write }`]);
    const opening = edit(minimal, ROUTE, 'route: vladivostok, beijing]');
    expect(errorsOf(opening)).toEqual([`test.yaml:${lineOf(opening, 'route:')}: (file): the { that opens the mapping on this line is closed here with ]; a mapping in { … } ends with }, a list in [ … ] with ]: write }, or open the list with [ where it starts`]);
  });

  it('a bracket that closes nothing: to remove it; a bracket in a text or a comment counts for nothing', () => {
    const text = edit(minimal, BEIJING, `${BEIJING} }`);
    expect(errorsOf(text)).toEqual([`test.yaml:${lineOf(text, 'id: beijing')}: (file): this } closes nothing: no { before it is open; remove it`]);
    const inText = edit(text, '    title: Abe comes to Vladivostok', "    title: Abe's [draft] { visit # to {Vladivostok");
    expect(errorsOf(inText)).toEqual(errorsOf(text));
  });
});

describe('commas in brackets, and text after a text in quotes', () => {
  const KURIL = '{ id: kuril-islands, name: Kuril Islands,';
  const TITLE = '    title: Abe comes to Vladivostok';

  it('a comma with no item before it, and none between two items: which, and what to write', () => {
    const twice = edit(minimal, KURIL, '{ id: kuril-islands,, name: Kuril Islands,');
    expect(errorsOf(twice)).toEqual([`test.yaml:${lineOf(twice, 'kuril-islands,,')}: (file): inside { … } this comma has no item before it (two commas in a row, or one just after the opening bracket); remove it`]);
    const none = edit(minimal, 'route: [vladivostok, beijing]', 'route: ["vladivostok" "beijing"]');
    expect(errorsOf(none)).toEqual([`test.yaml:${lineOf(none, 'route:')}: (file): inside [ … ] the items are separated by commas, and there is none before this one ("\\"beijing\\""); write a comma after the item before it`]);
    // After a text in quotes the parser says only "Unexpected scalar token": the same words.
    for (const quoted of ['"Kuril Islands"', "'Kuril Islands'"]) {
      const afterQuote = edit(minimal, KURIL, `{ id: kuril-islands, name: ${quoted}`);
      expect(errorsOf(afterQuote)).toEqual([`test.yaml:${lineOf(afterQuote, `name: ${quoted}`)}: (file): inside { … } the items are separated by commas, and there is none before this one ("kind: islands"); write a comma after the item before it`]);
    }
  });

  it("an apostrophe in 'single quotes', a \" in \"double quotes\": the quote that ended the text, and the text written whole", () => {
    const single = edit(minimal, TITLE, "    title: 'Abe's visit to Vladivostok'");
    expect(errorsOf(single)).toEqual([
      `test.yaml:${lineOf(single, "title: 'Abe")}: (file): this ' ends the text in quotes (a ' inside 'single quotes' is written twice: 'it''s'), so YAML cannot read what follows it ("s visit to Vladivostok'"); write the whole text in quotes: title: "Abe's visit to Vladivostok"`,
    ]);
    const double = edit(minimal, TITLE, '    title: "Abe" comes to Vladivostok');
    expect(errorsOf(double)).toEqual([
      `test.yaml:${lineOf(double, 'title: "Abe"')}: (file): this " ends the text in quotes (a " inside "double quotes" is written \\"), so YAML cannot read what follows it ("comes to Vladivostok"); write the whole text in quotes: title: '"Abe" comes to Vladivostok'`,
    ]);
  });
});
