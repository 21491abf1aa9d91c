// A `#` after a space starts a comment even inside a text without quotes: the text is cut there
// without a word. The checker warns of a text followed by a comment on its line (the file still
// loads); a comment after an id, a number or a month is left alone, as the guide invites them.
import { describe, expect, it } from 'vitest';
import { formatError } from '../../src/scenario/errors';
import { edit, lineOf, loaded, minimal } from './helpers';

const warningsOf = (text: string, file = 's.yaml') => loaded(text, file).warnings.map(formatError);
const CUT = (rest: string) =>
  `this text ends before "${rest}": a # after a space starts a comment, so the rest of the line is not part of the text; put the whole text in quotes to keep it (a comment of your own is best on a line of its own)`;

describe('a text a comment cuts short', () => {
  it('is a warning at its line, naming what was cut; the text loads as cut', () => {
    const text = edit(minimal, 'title: The Vladivostok Forum (mini)', "title: Russia's #1 forum");
    expect(warningsOf(text)).toEqual([`s.yaml:${lineOf(text, "Russia's #1")}: title: ${CUT('#1 forum')}`]);
    expect(loaded(text).scenario.title).toBe("Russia's");
  });

  it('in a mapping written in braces and in a list, at the text\'s own path', () => {
    const label = edit(minimal, '{ id: energy, label: Secure supplies of oil and gas, weight: 60 }', '{ id: energy, weight: 60, label: Secure supplies of oil and gas }  # the #1 interest');
    expect(warningsOf(label)).toEqual([]); // the comment follows the braces, not the text
    const item = edit(minimal, '    title: Courting Mother Russia', '    title: Courting Mother Russia # Rozman 2016');
    expect(warningsOf(item)).toEqual([`s.yaml:${lineOf(item, 'Courting Mother Russia #')}: sources[0].title: ${CUT('# Rozman 2016')}`]);
  });

  it('leaves alone a comment after a number, an id or a month, a quoted text, and a # inside a word', () => {
    expect(warningsOf(minimal)).toEqual([]); // `monthsPerTurn: 3 # one turn is a season`
    expect(warningsOf(edit(minimal, '  - id: japan\n', '  - id: japan # the other partner\n'))).toEqual([]);
    expect(warningsOf(edit(minimal, '  start: 2016-09', '  start: 2016-09 # September 2016'))).toEqual([]);
    expect(warningsOf(edit(minimal, 'title: The Vladivostok Forum (mini)', 'title: "Russia\'s #1 forum"'))).toEqual([]);
    const word = edit(minimal, 'title: The Vladivostok Forum (mini)', 'title: Forum#1 (mini)');
    expect(warningsOf(word)).toEqual([]);
    expect(loaded(word).scenario.title).toBe('Forum#1 (mini)');
  });
});
