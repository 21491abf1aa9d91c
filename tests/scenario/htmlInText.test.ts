// The game shows a scenario's texts as written, never as HTML: a tag or an entity pasted with a
// text from a web page reaches the players as those characters. The checker warns of it at the
// text's line; the file still loads, its text as written.
import { describe, expect, it } from 'vitest';
import { formatError } from '../../src/scenario/errors';
import { edit, lineOf, loaded, minimal } from './helpers';

const warningsOf = (text: string) => loaded(text, 's.yaml').warnings.map(formatError);
const HTML = (html: string, entity = false) =>
  `this text holds ${JSON.stringify(html)}, which looks like HTML: the game shows texts as they are written, so the players would read ${JSON.stringify(html)} itself; write the text without it${entity ? ' (the character itself instead of the entity)' : ''}`;
const TITLE = 'title: The Vladivostok Forum (mini)';

describe('HTML in a text', () => {
  it('is a warning at the text, naming the tag; the text loads as written', () => {
    const text = edit(minimal, TITLE, 'title: The <b>Vladivostok</b> Forum');
    expect(warningsOf(text)).toEqual([`s.yaml:${lineOf(text, '<b>Vladivostok')}: title: this text holds "<b>" and "</b>", which look like HTML: the game shows texts as they are written, so the players would read them as written; write the text without them`]);
    expect(loaded(text).scenario.title).toBe('The <b>Vladivostok</b> Forum');
  });

  it('names every piece of a text once, the first four and how many more of a text pasted whole', () => {
    const text = edit(minimal, TITLE, 'title: <p>The <b>Vladivostok</b> Forum<br>&amp; <i>more</i><br></p>');
    expect(warningsOf(text)).toEqual([
      `s.yaml:${lineOf(text, '<p>The')}: title: this text holds "<p>", "<b>", "</b>", "<br>" and 4 more, which look like HTML: the game shows texts as they are written, so the players would read them as written; write the text without them (the character itself instead of an entity)`,
    ]);
  });

  it('names an entity, and a tag with attributes, in a list at its path', () => {
    const entity = edit(minimal, TITLE, 'title: Trade &amp; investment');
    expect(warningsOf(entity)).toEqual([`s.yaml:${lineOf(entity, '&amp;')}: title: ${HTML('&amp;', true)}`]);
    const link = edit(minimal, '    title: Courting Mother Russia', '    title: <a href="https://example.org">Courting Mother Russia');
    expect(warningsOf(link)).toEqual([`s.yaml:${lineOf(link, '<a href')}: sources[0].title: ${HTML('<a href="https://example.org">')}`]);
  });

  it('leaves alone comparisons, arrows and ampersands in ordinary writing', () => {
    for (const title of ['title: Trade < 40 and relation > 10', 'title: Moscow -> Beijing <-> Tokyo', 'title: Trade & investment', 'title: "A <3 B"']) {
      expect(warningsOf(edit(minimal, TITLE, title)), title).toEqual([]);
    }
  });
});
