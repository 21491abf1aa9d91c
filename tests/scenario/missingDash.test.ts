// A list item written without its dash, as a teacher wrote `  id: sar-agreement` among options
// written `  - id: …`: named as such at its line, with the dash (and the item's lines moved to its
// fields' column) as the mend; before, the parser's words, or advice that led away from the dash.
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/load';
import { edit, errorsOf, lineOf, loaded, minimal } from './helpers';

/** The railway option of the mini scenario: its dash line, and the lines of its fields. */
const RAILWAY = minimal.slice(minimal.indexOf('  - id: moscow-kazan-railway\n'), minimal.indexOf('  - id: eight-point-plan\n'));
const [, ...RAILWAY_FIELDS] = RAILWAY.trimEnd().split('\n');
const at = (text: string) => `test.yaml:${lineOf(text, '  id: moscow-kazan-railway')}: (file):`;

/** The first error's mend applied to `text`. */
function mended(text: string): string {
  const result = loadScenario(text, 'test.yaml');
  if (result.ok) throw new Error('expected an error');
  const { fix } = result.errors[0]!;
  if (!fix) throw new Error(`no mend for: ${result.errors[0]!.message}`);
  expect(text.slice(fix.from, fix.to)).toBe(fix.expect);
  return text.slice(0, fix.from) + fix.insert + text.slice(fix.to);
}

describe('a list item without its dash', () => {
  const like = `"- id: gas-deal" on line ${lineOf(minimal, "  - id: gas-deal")}`; // the item above, as the message names it

  it("says so at the item's line, and writes the dash; not of a field taken back to the dash's column (another first field than the items')", () => {
    const text = edit(minimal, '  - id: moscow-kazan-railway\n', '  id: moscow-kazan-railway\n');
    expect(errorsOf(text)).toEqual([`${at(text)} this item has no dash: write "- id: moscow-kazan-railway", like the items around it (${like})`]);
    expect(mended(text)).toBe(minimal);
    expect(errorsOf(edit(minimal, '    cost: 4\n', '  cost: 4\n'))[0]).toContain('this line ("cost: 4") is indented 2 spaces, as the dash of its list item is ("- id:"');
  });

  it('after its next line was moved back too, as the parser\'s old advice said: names that line, and moves it back', () => {
    const [target] = RAILWAY_FIELDS as [string];
    const text = edit(minimal, `  - id: moscow-kazan-railway\n${target}\n`, `  id: moscow-kazan-railway\n${target.slice(2)}\n`);
    expect(errorsOf(text)).toEqual([
      `${at(text)} this item has no dash: write "- id: moscow-kazan-railway", like the items around it (${like}), and indent line ${lineOf(text, '  id: moscow-kazan-railway') + 1} ("target: china") 2 spaces deeper, as the item's other fields are`,
    ]);
    expect(mended(text)).toBe(minimal);
  });

  it('with the whole item at the dash\'s column: indents the item\'s lines, what is under its fields with them', () => {
    const text = edit(minimal, RAILWAY, RAILWAY.replace('  - id:', '  id:').replace(/\n {4}/g, '\n  '));
    expect(errorsOf(text)).toEqual([`${at(text)} this item has no dash: write "- id: moscow-kazan-railway", like the items around it (${like}), and indent the item's lines below it 2 spaces deeper, as the other items' fields are`]);
    expect(mended(text)).toBe(minimal);
  });

  it('in braces among items in braces, and as the only item under its field', () => {
    const beijing = '  - { id: beijing, name: Beijing, kind: capital, lon: 116.4, lat: 39.9 }';
    const braces = edit(minimal, beijing, beijing.replace('- ', ''));
    expect(errorsOf(braces)).toEqual([
      `test.yaml:${lineOf(braces, '  { id: beijing')}: (file): this item has no dash: write "- { id: beijing, name: Beijing, kind: ca…", like the items around it ("- { id: vladivostok, name: Vladivostok, …" on line ${lineOf(braces, '- { id: vladivostok')})`,
    ]);
    expect(mended(braces)).toBe(minimal);
    const alone = edit(minimal, '      - id: link-the-belt\n', '      id: link-the-belt\n');
    expect(errorsOf(alone)[0]).toBe(`test.yaml:${lineOf(alone, 'id: link-the-belt')}: (file): this item has no dash: write "- id: link-the-belt", as each item of the list "moves" starts with "- "`);
    expect(mended(alone)).toBe(minimal);
  });

  it('is written out when the item parses as a mapping: a list of one item, or of texts', () => {
    const one = edit(minimal, '          - { actor: china, attr: relation, add: 5 }', '          { actor: china, attr: relation, add: 5 }');
    expect(errorsOf(one)).toEqual([
      `test.yaml:${lineOf(one, '        effects:')}: actors[0].moves[0].effects: expected a list (lines starting with "- "), got a mapping: its fields are those of one item of the list, written without the dash that starts each item; write "- " at the start of the item's first line`,
    ]);
    const texts = edit(minimal, '  - Why did Japan', '  Why did Japan');
    expect(errorsOf(texts)).toEqual([
      `test.yaml:${lineOf(texts, 'questions:')}: questions: expected a list (lines starting with "- "), got text "Why did Japan care more about the island…"; each item of the list is a line starting with "- ": write "- " at the start of each item's line`,
    ]);
  });

  it('mends the three files the teacher wrote (her option without its dash, then as she followed the old advice)', () => {
    // Her scenario's options end `…sources:` / `- { source: … }` before the option without its dash.
    for (const form of [
      (lines: string[]) => lines,
      (lines: string[]) => lines.map((l, i) => (i === 1 ? l.slice(2) : l)),
      (lines: string[]) => lines.map((l, i) => (i === 0 ? l : l.slice(2))),
    ]) {
      const [first, ...rest] = RAILWAY.trimEnd().split('\n') as [string, ...string[]];
      const text = edit(minimal, RAILWAY, `${form([first.replace('- ', ''), ...rest]).join('\n')}\n`);
      expect(loaded(mended(text)).scenario.options[1]!.id).toBe('moscow-kazan-railway');
    }
  });
});
