// The fixes the editor offers as buttons (errors.ts TextFix): each, applied to the text it was
// made for, must mend exactly its problem and keep what the author meant.
import { describe, expect, it } from 'vitest';
import type { TextFix } from '../../src/scenario/errors';
import { loadScenario } from '../../src/scenario/load';
import { edit, loaded, minimal } from './helpers';

const TITLE = 'title: The Vladivostok Forum (mini)';
const ENERGY = 'label: Secure supplies of oil and gas, weight: 60 }';
const EVENT_TITLE = '    title: Abe comes to Vladivostok';

/** The one problem of the text (an error, or a valid file's warning), which must carry a fix. */
function theFix(text: string): TextFix {
  const result = loadScenario(text, 'x.yaml');
  const problems = result.ok ? result.warnings : result.errors;
  expect(problems).toHaveLength(1);
  expect(problems[0]!.fix).toBeDefined();
  return problems[0]!.fix!;
}

/** The first error of a text that must fail. */
function theError(text: string) {
  const result = loadScenario(text, 'x.yaml');
  expect(result.ok).toBe(false);
  return (result as Extract<typeof result, { ok: false }>).errors[0]!;
}

function applied(text: string, fix: TextFix): string {
  expect(text.slice(fix.from, fix.to)).toBe(fix.expect);
  return text.slice(0, fix.from) + fix.insert + text.slice(fix.to);
}

/** The file's one fix is named `label`, and applied it gives `mended`. */
function expectFix(text: string, label: string, mended: string): void {
  const fix = theFix(text);
  expect(fix.label).toBe(label);
  expect(applied(text, fix)).toBe(mended);
}

describe('the fixes offered for a mistake', () => {
  it.each([
    ['a text a # cut short (a warning)', TITLE, "title: Russia's #1 forum", 'Put the text in quotes', "Russia's #1 forum"],
    ['a text a # cut short on the last of its lines', TITLE, 'title: The Vladivostok\n  Forum #1 (mini)', 'Put the text in quotes', 'The Vladivostok Forum #1 (mini)'],
  ])('%s: the text whole in quotes', (_, from, to, label, title) => {
    const text = edit(minimal, from, to);
    const fix = theFix(text);
    expect(fix.label).toBe(label);
    const mended = loaded(applied(text, fix));
    expect(mended.warnings).toEqual([]);
    expect(mended.scenario.title).toBe(title);
  });

  it.each([
    ['in typographic quotes', '“Kurils: the islands”', 'Use keyboard quotes'],
    ['unquoted', 'Kurils: the islands', 'Put the text in quotes'],
    ['in French quotation marks, with the no-break spaces French typing puts inside them', '«\u00a0Kurils: the islands\u00a0»', 'Use keyboard quotes'],
  ])('a text with a colon in braces, %s: the text in keyboard quotes, the fields after it kept', (_, written, label) => {
    const text = edit(minimal, 'name: Kuril Islands, kind: islands', `name: ${written}, kind: islands`);
    const fix = theFix(text);
    expect(fix.label).toBe(label);
    const place = loaded(applied(text, fix)).scenario.places.find((p) => p.id === 'kuril-islands')!;
    expect(place).toMatchObject({ name: 'Kurils: the islands', kind: 'islands', lon: 146.5 });
  });

  it('a # in braces: the text and its # in quotes, the fields after it kept', () => {
    const text = edit(minimal, ENERGY, 'label: Secure supplies of oil and gas #1, weight: 60 }');
    const mended = loaded(applied(text, theFix(text)));
    expect(mended.scenario.actors[0]!.interests[0]).toMatchObject({ label: 'Secure supplies of oil and gas #1', weight: 60 });
  });

  it.each([
    ['a field', '    cost: 3\n', '    cost:3\n'],
    ['a list item\'s first field', '  - id: moscow-kazan-railway', '  - id:moscow-kazan-railway'],
  ])('%s without the space after its colon: the space', (_, from, to) => {
    const text = edit(minimal, from, to);
    expect(applied(text, theFix(text))).toBe(minimal);
  });

  it.each([
    ['a field', '    cost: 3\n', '    cost 3\n'],
    ['a list item\'s first field', '  - id: moscow-kazan-railway', '  - id moscow-kazan-railway'],
    ['a field alone above its list', '    effects:\n      - { track: development, add: 8 }', '    effects\n      - { track: development, add: 8 }'],
  ])('%s without its colon: the colon', (_, from, to) => {
    const text = edit(minimal, from, to);
    expectFix(text, 'Add the colon', minimal);
  });

  it.each([
    ['a field', '    cost: 3\n', '\tcost: 3\n', 'Indent with 4 spaces'],
    ['a list item', '  - { id: beijing,', '\t\t- { id: beijing,', 'Indent with 2 spaces'],
    ['a field, after spaces', '    cost: 3\n', '  \t  cost: 3\n', 'Indent with 4 spaces'],
  ])('%s indented with a tab between lines of one column: that column in spaces', (_, from, to, label) => {
    expectFix(edit(minimal, from, to), label, minimal);
  });

  it('a block of lines indented with tabs (pasted): every line named, and a tab for each step of the file', () => {
    const GAS_OPTION = minimal.slice(minimal.indexOf('  - id: gas-deal'), minimal.indexOf('  - id: moscow-kazan-railway'));
    const tabbed = GAS_OPTION.replace(/^( +)/gm, (spaces) => '\t'.repeat(spaces.length / 2));
    const text = edit(minimal, GAS_OPTION, tabbed);
    const error = theError(text);
    const first = text.slice(0, text.indexOf('\t- id: gas-deal')).split('\n').length;
    expect(error.message).toBe(`indent with spaces, not tabs: 14 lines from line ${first} to line ${first + 13} are indented with tabs; written with 2 spaces for each tab, as the rest of the file is indented, they fit the lines around them`);
    expectFix(text, 'Indent with 2 spaces for each tab', minimal);
  });

  it('a block of lines indented with tabs that spaces for tabs would not mend: named, no mend', () => {
    const GAS_OPTION = minimal.slice(minimal.indexOf('  - id: gas-deal'), minimal.indexOf('  - id: moscow-kazan-railway'));
    // One tab too many on every line: two spaces each puts the item deeper than its list's others.
    const text = edit(minimal, GAS_OPTION, GAS_OPTION.replace(/^( +)/gm, (spaces) => '\t'.repeat(spaces.length / 2 + 1)));
    const error = theError(text);
    expect(error.message).toMatch(/^indent with spaces, not tabs: 14 lines from line \d+ to line \d+ are indented with tabs$/);
    expect(error.fix).toBeUndefined();
  });

  it("a line of a text that goes on over lines, indented with a tab: the text's other lines' column", () => {
    const GAS = '    text: Sell gas to China for thirty years. Money and pipelines for the Far East, but more trade with China alone.\n';
    const block = edit(minimal, GAS, '    text: >-\n      Sell gas to China for thirty years.\n      Money and pipelines for the Far East.\n');
    loaded(block);
    expectFix(block.replace('      Money and', '\tMoney and'), 'Indent with 6 spaces', block);
    expectFix(block.replace('      Sell gas', '\tSell gas'), 'Indent with 6 spaces', block);
  });

  it.each([
    ['a { never closed', '{ id: beijing, name: Beijing, kind: capital, lon: 116.4, lat: 39.9 }', '{ id: beijing, name: Beijing, kind: capital, lon: 116.4, lat: 39.9', 'End it with }'],
    ['a { never closed, before a comment', '      - { track: development, add: 8 }', '      - { track: development, add: 8', 'End it with }'],
    ['a [ never closed in a { that is', 'route: [vladivostok, beijing]', 'route: [vladivostok, beijing', 'End the list with ]'],
    ['a ] for a }', '{ id: beijing, name: Beijing, kind: capital, lon: 116.4, lat: 39.9 }', '{ id: beijing, name: Beijing, kind: capital, lon: 116.4, lat: 39.9 ]', 'Write }'],
    ['a } too many', '{ id: beijing, name: Beijing, kind: capital, lon: 116.4, lat: 39.9 }', '{ id: beijing, name: Beijing, kind: capital, lon: 116.4, lat: 39.9 }}', 'Remove the }'],
  ])('%s: the bracket that mends it', (_, from, to, label) => {
    expectFix(edit(minimal, from, to), label, minimal);
  });

  it.each([
    ['a comma twice', '{ id: kuril-islands, name', '{ id: kuril-islands,, name', 'Remove the comma', '{ id: kuril-islands, name'],
    ['a comma missing between quoted items', 'route: [vladivostok, beijing]', 'route: ["vladivostok" "beijing"]', 'Add the comma', 'route: ["vladivostok", "beijing"]'],
    ["an apostrophe in 'single quotes'", '    title: Abe comes to Vladivostok', "    title: 'Abe's visit'", 'Write the text in quotes', '    title: "Abe\'s visit"'],
  ])('%s: the text that YAML reads as meant', (_, from, to, label, mended) => {
    expectFix(edit(minimal, from, to), label, edit(minimal, from, mended));
  });

  it("a field below a list item's first field, indented with a tab: the column after the dash", () => {
    const written = '      - actor: china\n        attr: trade\n        add: 20\n';
    const text = edit(minimal, '      - { actor: china, attr: trade, add: 20 }\n', written.replace('        attr', '\tattr'));
    expectFix(text, 'Indent with 8 spaces', edit(minimal, '      - { actor: china, attr: trade, add: 20 }\n', written));
  });

  it.each([
    ['a non-breaking space', '    cost:\u00a03\n'],
    ['two', '    cost:\u00a0\u00a03\n'],
  ])('%s after a colon: an ordinary space', (_, to) => {
    const text = edit(minimal, '    cost: 3\n', to);
    expectFix(text, 'Use an ordinary space', minimal);
  });

  it.each([
    ['', '  -id: moscow-kazan-railway'],
    [' after a blank line', '\n  -id: moscow-kazan-railway'],
  ])('a dash without its space%s: the space', (_, to) => {
    const text = edit(minimal, '  - id: moscow-kazan-railway', to);
    expect(applied(text, theFix(text))).toBe(edit(minimal, '  - id: moscow-kazan-railway', to.replace('-id', '- id')));
  });

  it.each([
    ['never closed', '    title: "Abe comes to Vladivostok'],
    ['ended by the line below, in single quotes', "    title: 'Abe comes to Vladivostok"],
  ])('a quote %s: closed at the end of its line', (_, written) => {
    const text = edit(minimal, EVENT_TITLE, written);
    const mended = loaded(applied(text, theFix(text)));
    expect(mended.scenario.events[0]!.title).toBe('Abe comes to Vladivostok');
  });

  it.each([
    ['with a colon, plain', '    title: Abe: a visit # from Rozman', 'Abe: a visit', 'Put the text in quotes'],
    ['with a colon, holding double quotes', '    title: Abe in "Vladivostok: the port", at last', 'Abe in "Vladivostok: the port", at last', 'Put the text in quotes'],
    ['with a colon, holding both quotes', '    title: Abe\'s "Vladivostok: the port"', 'Abe\'s "Vladivostok: the port"', 'Put the text in quotes'],
    ['in typographic quotes “…”', '    title: “Abe: a visit”', 'Abe: a visit', 'Use keyboard quotes'],
    ['in typographic quotes «…» before a comment', '    title: «Abe: a visit» # from Rozman', 'Abe: a visit', 'Use keyboard quotes'],
    ['in French quotation marks « … », with the no-break spaces French typing puts inside them', '    title: «\u00a0Abe\u00a0: a visit\u00a0»', 'Abe\u00a0: a visit', 'Use keyboard quotes'],
    ['in typographic quotes “…” holding a backslash', '    title: “Abe: C:\\ a visit”', 'Abe: C:\\ a visit', 'Use keyboard quotes'],
  ])('a text %s: the whole text in keyboard quotes', (_, written, title, label) => {
    const text = edit(minimal, EVENT_TITLE, written);
    const fix = theFix(text);
    expect(fix.label).toBe(label);
    expect(loaded(applied(text, fix)).scenario.events[0]!.title).toBe(title);
  });

  it.each([
    ['two texts in quotes', '“Power of Siberia”: “the gas deal”'],
    ['„…“ and “…” both', '„Sila Sibiri“: a gas deal for “thirty years”'],
    ['a quote closed before the colon', '“Power of Siberia” gas deal: 400 billion dollars'],
  ])('a text holding more typographic quotes than a pair around it (%s): the whole text in keyboard quotes', (_, written) => {
    const text = edit(minimal, EVENT_TITLE, `    title: ${written}`);
    const fix = theFix(text);
    expect(fix.label).toBe('Put the text in keyboard quotes');
    expect(loaded(applied(text, fix)).scenario.events[0]!.title).toBe(written);
  });

  it('quotes a text holding a double quote and a backslash so that it reads back the same', () => {
    const text = edit(minimal, TITLE, 'title: The "Forum" \\ Vladivostok #1');
    expect(loaded(applied(text, theFix(text))).scenario.title).toBe('The "Forum" \\ Vladivostok #1');
  });
});

describe('no fix, or a narrower one, where the mechanical mend would be wrong', () => {
  /** The one error of a text that must fail. */
  it.each([
    ['inside braces (the quote would land after the closing brace)', ENERGY, 'label: "Secure supplies of oil and gas, weight: 60 }'],
    ['after a backslash (which would escape it)', EVENT_TITLE, '    title: "Abe comes to C:\\'],
    ['when the text goes on below to its closing quote (its lines want indenting)', EVENT_TITLE, '    title: "Abe comes\n    to Vladivostok"'],
  ])('a quote never closed %s', (_, from, to) => {
    const error = theError(edit(minimal, from, to));
    expect(error.message).toMatch(/that opens this text .* not closed|never closed/);
    expect(error.fix).toBeUndefined();
  });

  it.each([
    ['holding a keyboard "', '    title: “Abe: a "visit"”'],
    ['going on below', '    title: “Abe: a visit\n      to Vladivostok”'],
    ['holding more typographic quotes and a keyboard "', '    title: “Power of Siberia”: a "deal"'],
    ['closed on its line but going on below', '    title: “Abe: a visit”\n      to Vladivostok'],
    ['holding more typographic quotes and going on below', '    title: “Power of Siberia”: “the gas deal”\n      for thirty years'],
  ])('a text in typographic quotes %s', (_, written) => {
    const error = theError(edit(minimal, EVENT_TITLE, written));
    expect(error.message).toContain('typographic quote “');
    expect(error.fix).toBeUndefined();
  });

  it.each([
    ['the field below it is shallower', '      - { actor: china, attr: trade, add: 20 }', '\t- { actor: china, attr: trade, add: 20 }'],
    ['the line above opens a block', '  start: 2016-09', '\tstart: 2016-09'],
    ['it is no field between fields', '    cost: 3\n', '\t- 3\n'],
  ])('a tab in the indentation where %s', (_, from, to) => {
    const error = theError(edit(minimal, from, to));
    expect(error.message).toMatch(/^indent with spaces, not tabs/);
    expect(error.fix).toBeUndefined();
  });

  it("a text cut short before the author's own comment: the comment stays one", () => {
    const text = edit(minimal, TITLE, "title: Russia's #1 forum # from Rozman");
    const mended = applied(text, theFix(text));
    expect(mended).toContain(`title: "Russia's #1 forum" # from Rozman`);
    expect(loaded(mended).scenario.title).toBe("Russia's #1 forum");
  });

  it('a # in a key in braces: the key alone in quotes', () => {
    const text = edit(minimal, 'touches: { energy: 60 }', 'touches: { Energy #1: 60 }');
    expect(theFix(text)).toMatchObject({ expect: 'Energy #1', insert: '"Energy #1"' });
  });

  it('a file with a byte-order mark: the offsets count it, so the fix lands in the text as given', () => {
    const text = `\uFEFF${edit(minimal, TITLE, "title: Russia's #1 forum")}`;
    expect(loaded(applied(text, theFix(text))).scenario.title).toBe("Russia's #1 forum");
  });
});
