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

function applied(text: string, fix: TextFix): string {
  expect(text.slice(fix.from, fix.to)).toBe(fix.expect);
  return text.slice(0, fix.from) + fix.insert + text.slice(fix.to);
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

  it('a # in braces: the text and its # in quotes, the fields after it kept', () => {
    const text = edit(minimal, ENERGY, 'label: Secure supplies of oil and gas #1, weight: 60 }');
    const mended = loaded(applied(text, theFix(text)));
    expect(mended.scenario.actors[0]!.interests[0]).toMatchObject({ label: 'Secure supplies of oil and gas #1', weight: 60 });
  });

  it('a dash without its space: the space', () => {
    const text = edit(minimal, '  - id: moscow-kazan-railway', '  -id: moscow-kazan-railway');
    expect(applied(text, theFix(text))).toBe(minimal);
  });

  it.each([
    ['never closed', '    title: "Abe comes to Vladivostok'],
    ['ended by the line below, in single quotes', "    title: 'Abe comes to Vladivostok"],
  ])('a quote %s: closed at the end of its line', (_, written) => {
    const text = edit(minimal, EVENT_TITLE, written);
    const mended = loaded(applied(text, theFix(text)));
    expect(mended.scenario.events[0]!.title).toBe('Abe comes to Vladivostok');
  });

  it('quotes a text holding a double quote and a backslash so that it reads back the same', () => {
    const text = edit(minimal, TITLE, 'title: The "Forum" \\ Vladivostok #1');
    expect(loaded(applied(text, theFix(text))).scenario.title).toBe('The "Forum" \\ Vladivostok #1');
  });
});
