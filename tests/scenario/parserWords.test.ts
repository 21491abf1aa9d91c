// Slips a teacher makes that the YAML parser answered in its own words ("All mapping items must
// start at the same column", "Implicit map keys need to be followed by map values", "Not a YAML
// token", "Unexpected scalar at node end", "Alias cannot be an empty string", "Missing closing
// "quote"), each said in plain words at its line, with what to write and, where it is sure, the mend.
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/load';
import type { ScenarioError } from '../../src/scenario/errors';
import { edit, lineOf, loaded, minimal } from './helpers';

/** The first error of the mini scenario with `from` written `to`. */
function firstError(from: string, to: string): { text: string; error: ScenarioError } {
  const text = edit(minimal, from, to);
  const result = loadScenario(text, 'test.yaml');
  if (result.ok) throw new Error('expected an error');
  return { text, error: result.errors[0]! };
}

/** `text` with the error's mend applied. */
function mended(text: string, error: ScenarioError): string {
  if (!error.fix) throw new Error(`no mend for: ${error.message}`);
  return text.slice(0, error.fix.from) + error.fix.insert + text.slice(error.fix.to);
}

const BEIJING = '  - { id: beijing, name: Beijing, kind: capital, lon: 116.4, lat: 39.9 }';

describe('a list item marked otherwise than with "- "', () => {
  it.each([
    ['•', "a word processor's bullet"],
    ['*', 'as Markdown writes a list'],
    ['–', 'a dash a word processor made of "-"'],
  ])('%s: names the mark, writes the dash', (mark, said) => {
    const { text, error } = firstError(BEIJING, BEIJING.replace('-', mark));
    expect(error.line).toBe(lineOf(minimal, BEIJING));
    expect(error.message).toBe(`this list item starts with "${mark}" (${said}), not the keyboard's "-": YAML's list items start with "- "; write "- { id: beijing, name: Beijing, kind: ca…"`);
    expect(mended(text, error)).toBe(minimal);
  });
});

describe('a list of texts whose one item is marked with a bullet', () => {
  it('(read as one text, not a list) says to write the dash in place of the bullet', () => {
    const { error } = firstError('  - Why did Japan', '  • Why did Japan');
    expect(error.message).toBe('expected a list (lines starting with "- "), got text "• Why did Japan care more about the isla…"; each item of the list is a line starting with "- ": write "- " in place of its "•" (a word processor\'s bullet)');
  });
});

describe('what the parser said in its own words', () => {
  it('a comma after the closing } of an item, as JSON separates them', () => {
    const { text, error } = firstError(BEIJING, `${BEIJING},`);
    expect(error.message).toBe('this comma after the closing } separates nothing: the items of a list on lines of their own (each starting with "- "), and the fields of a mapping on lines of their own, take no comma between them; remove it');
    expect(mended(text, error)).toBe(minimal);
  });

  it('a text written on the line of its ">"', () => {
    const { text, error } = firstError('    title: Abe comes to Vladivostok', '    title: > Abe comes to Vladivostok');
    expect(error.message).toBe('">" says that the text starts on the next line and goes on over the lines below, indented more than its field, so nothing can follow it on its line; a text on one line needs no ">": write title: Abe comes to Vladivostok');
    expect(mended(text, error)).toBe(minimal);
  });

  it('"=" or ";" where the colon belongs', () => {
    for (const mark of ['=', ';']) {
      const { text, error } = firstError('    cost: 3\n', `    cost ${mark} 3\n`);
      expect(error.message).toBe(`this line ("cost ${mark} 3") has "${mark}" where YAML needs a colon after "cost": write "cost: 3"`);
      expect(mended(text, error)).toBe(minimal);
    }
  });

  it('a text that starts with *, as Markdown stresses a word', () => {
    const { text, error } = firstError('    title: Abe comes to Vladivostok', '    title: *Abe* comes to Vladivostok');
    expect(error.message).toBe('YAML reads the "*" at the start of the text of "title" as a reference to an anchor (*name), not as text; put the whole text in quotes: title: "*Abe* comes to Vladivostok"');
    expect(loaded(mended(text, error)).scenario.events[0]!.title).toBe('*Abe* comes to Vladivostok');
  });

  it("a list's first item on its field's line", () => {
    const { text, error } = firstError('    effects:\n      - { track: development, add: 8 }', '    effects: - { track: development, add: 8 }');
    expect(error.message).toBe('a list\'s items start on the lines below its field, each with "- ": put "- { track: development, add: 8 }" on a line of its own, indented more than "effects:"');
    expect(mended(text, error)).toBe(minimal);
  });

  it('a quote never closed, before a blank line and a text in quotes further down', () => {
    const { text, error } = firstError('partner?\n\nsources:', 'partner?\nlanguage: "en\n\nsources:');
    expect(error.line).toBe(lineOf(text, 'language: "en'));
    expect(error.message).toBe('the " that opens this text ("en") is not closed on this line, and the line below is not indented more than its field, so the text cannot go on there; end the text with " on this line, or indent the lines it goes on over more than its field');
    expect(loaded(mended(text, error)).scenario.language).toBe('en');
  });
});

describe("the parser's own words", () => {
  /** Its words for the slips below, which the messages had as they were. */
  const RAW = /All mapping items must start at the same column|Implicit map keys need to be followed by map values|Not a YAML token|Unexpected [a-z-]+ (at node end|token)|Alias cannot be an empty string|Missing closing .quote|Tags and anchors must be separated/;
  /** Slips on a line: its dash taken off or made a bullet, joined with the next, a quote opened, `>` before its text, a comma after it, a sign before its value. */
  const SLIPS: ((line: string, next: string) => string | undefined)[] = [
    (l) => (/^\s*- /.test(l) ? l.replace('- ', '') : undefined),
    (l) => (/^\s*- /.test(l) ? l.replace('- ', '• ') : undefined),
    (l, next) => (l.trim() && next.trim() ? `${l} ${next.trim()}\n` : undefined),
    (l) => (/^\s*[a-z]+: /.test(l) ? l.replace(/^(\s*)/, '$1"') : undefined),
    (l) => (/: [A-Za-z]/.test(l) ? l.replace(/: ([A-Za-z])/, ': "$1') : undefined),
    (l) => (/: [A-Za-z]/.test(l) ? l.replace(/: ([A-Za-z])/, ': > $1') : undefined),
    (l) => (/: [A-Za-z]/.test(l) ? l.replace(/: ([A-Za-z])/, ': *$1') : undefined),
    (l) => (/[}\]]$/.test(l) ? `${l},` : undefined),
    (l) => (l.trim() ? `  ${l}` : undefined),
  ];

  it('are left in no message of a slip on any line of the mini scenario', () => {
    const lines = minimal.split('\n');
    const raw: string[] = [];
    lines.forEach((line, i) => {
      for (const slip of SLIPS) {
        const slipped = slip(line, lines[i + 1] ?? '');
        if (slipped === undefined) continue;
        // A joined line takes the next one's place too.
        const text = [...lines.slice(0, i), ...slipped.split('\n').filter((l, k, all) => k < all.length - 1 || l !== ''), ...lines.slice(i + (slipped.endsWith('\n') ? 2 : 1))].join('\n');
        const result = loadScenario(text, 'test.yaml');
        if (!result.ok && RAW.test(result.errors[0]!.message)) raw.push(`line ${i + 1} ${JSON.stringify(slipped)}: ${result.errors[0]!.message}`);
      }
    });
    expect(raw).toEqual([]);
  });
});

describe('"All mapping items must start at the same column", said of what is at that column', () => {
  it('a field written with a dash among fields: the dash is too many', () => {
    const { text, error } = firstError('  start: 2016-09', '  - start: 2016-09');
    expect(error.message).toBe('this line ("- start: 2016-09") starts with "- " as a list item does, but "calendar" is no list: its lines are fields, such as "monthsPerTurn: 3" on line 20; remove the "- "');
    expect(mended(text, error)).toBe(minimal);
  });

  it("a field at the column of a list's items: the field it may belong beside", () => {
    const { text, error } = firstError('\ntracks:\n', '\n  tracks:\n');
    expect(error.line).toBe(lineOf(text, '  tracks:'));
    expect(error.message).toBe(`this field ("tracks:", 2 spaces) stands at the column of the items of the list "places" ("- { id: kuril-islands, name: Kuril Islan…" on line ${lineOf(text, '- { id: kuril-islands')}), where only items can go; indent it by 0 spaces if it belongs beside "places:" (line ${lineOf(text, 'places:')})`);
  });

  it("a field at its item's dash, right under the item's first line: the item's fields' column", () => {
    const { error } = firstError("    text: Abe's visit", "  text: Abe's visit");
    expect(error.message).toBe(`this field ("text: Abe's visit has opened talks on th…") is indented 2 spaces, as the dash of the list item above it is ("- turn: 1" on line ${lineOf(minimal, '- turn: 1')}); a list item's fields go as deep as the first one after its dash: indent it by 4 spaces, like "turn:"`);
  });

  it("a field taken back to its item's dash below a list inside the item: the item's own fields' column", () => {
    const { error } = firstError('    moves:\n', '  moves:\n');
    expect(error.message).toBe(`this line ("moves:") is indented 2 spaces, as the dash of its list item is ("- id:" on line ${lineOf(minimal, '  - id: china\n')}), not 4 spaces as the item's fields are ("interests:" on line ${lineOf(minimal, '    interests:\n      - { id: energy')}), so it is no part of the item; indent it by 4 spaces, like "interests:"`);
  });

  it("an item deeper than the list's other items: their column", () => {
    const { text, error } = firstError('  - id: development\n', '    - id: development\n');
    expect(error.message).toBe(`this list item ("- id: development") is indented 4 spaces, and the list's other items ("- id: oil-price" on line ${lineOf(minimal, '- id: oil-price')}) 2: indent it by 2 spaces, so that the fields under it are its own`);
    expect(mended(text, error)).toBe(minimal);
  });
});
