// A `#` after a space starts a comment even inside a text without quotes: the text is cut there
// without a word. The checker warns of a text followed on its line by a `#` written against what
// follows it (`#1`), which is most likely part of the text; a comment written `# why`, as the
// guide's own are, and a comment after an id, a number, a month or the format line are left alone.
import { describe, expect, it } from 'vitest';
import { formatError } from '../../src/scenario/errors';
import { edit, lineOf, loaded, minimal } from './helpers';

const warningsOf = (text: string, file = 's.yaml') => loaded(text, file).warnings.map(formatError);
const CUT = (rest: string) =>
  `this text ends before "${rest}": a # after a space starts a comment, so the rest of the line is not part of the text; put the whole text in quotes to keep it (a comment of your own is written with a space after the #)`;
const TITLE = 'title: The Vladivostok Forum (mini)';

describe('a text a # cuts short', () => {
  it('is a warning at its line, naming what was cut; the text loads as cut', () => {
    const text = edit(minimal, TITLE, "title: Russia's #1 forum");
    expect(warningsOf(text)).toEqual([`s.yaml:${lineOf(text, "Russia's #1")}: title: ${CUT('#1 forum')}`]);
    expect(loaded(text).scenario.title).toBe("Russia's");
  });

  it('in a list, after a tab, and at the last line of a text on several lines, at the text\'s own path', () => {
    const item = edit(minimal, '    title: Courting Mother Russia', '    title: Courting Mother Russia\t#2 of 2');
    expect(warningsOf(item)).toEqual([`s.yaml:${lineOf(item, 'Courting Mother Russia\t#')}: sources[0].title: ${CUT('#2 of 2')}`]);
    const lines = edit(minimal, TITLE, 'title: The Vladivostok\n  Forum #1');
    expect(warningsOf(lines)).toEqual([`s.yaml:${lineOf(lines, 'Forum #1')}: title: ${CUT('#1')}`]);
  });

  it('leaves alone a comment written with a space after the #, one after a number, an id, a month or the format line, a quoted text, and a # inside a word', () => {
    expect(warningsOf(minimal)).toEqual([]); // `monthsPerTurn: 3 # one turn is a season`
    expect(warningsOf(edit(minimal, TITLE, 'title: The Vladivostok Forum          # a field and its value'))).toEqual([]);
    expect(warningsOf(edit(minimal, '  - id: japan\n', '  - id: japan #main-partner\n'))).toEqual([]);
    expect(warningsOf(edit(minimal, '  start: 2016-09', '  start: 2016-09 #Sep'))).toEqual([]);
    expect(warningsOf(edit(minimal, 'format: pivot-east-scenario/1', 'format: pivot-east-scenario/1 #v1'))).toEqual([]);
    expect(warningsOf(edit(minimal, TITLE, 'title: "Russia\'s #1 forum"'))).toEqual([]);
    const word = edit(minimal, TITLE, 'title: Forum#1 (mini)');
    expect(warningsOf(word)).toEqual([]);
    expect(loaded(word).scenario.title).toBe('Forum#1 (mini)');
  });
});
