// The game shows a scenario's texts as they are written, never as HTML (they are untrusted input):
// a tag pasted with a text from a web page (`<b>deal</b>`, `<br>`) or an entity (`&amp;`) reaches
// the players as those very characters. A text holding one is valid, so the loader warns of it,
// at the text's place (a warning: the file still plays).
import type { Path, Problem } from './errors';
import { MAX_DEPTH } from './limits';
import { quote } from './quote';
import type { Scenario } from './schema';

/** An HTML tag (`<b>`, `</b>`, `<br/>`, `<a href="…">`) or a named or numbered entity (`&amp;`, `&#8212;`). */
const HTML = /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>|&(?:[a-z][a-z0-9]{1,31}|#\d{1,7}|#x[0-9a-f]{1,6});/i;

export function checkHtmlInText(s: Scenario): Problem[] {
  const found: Problem[] = [];
  const visit = (value: unknown, path: Path): void => {
    if (path.length > MAX_DEPTH) return;
    if (typeof value === 'string') {
      const html = HTML.exec(value)?.[0];
      if (html !== undefined) {
        found.push({
          path,
          message: `this text holds ${quote(html)}, which looks like HTML: the game shows texts as they are written, so the players would read ${quote(html)} itself; write the text without it${html.startsWith('&') ? ' (the character itself instead of the entity)' : ''}`,
        });
      }
    } else if (Array.isArray(value)) value.forEach((item, i) => visit(item, [...path, i]));
    else if (typeof value === 'object' && value !== null) for (const [key, inner] of Object.entries(value)) visit(inner, [...path, key]);
  };
  visit(s, []);
  return found;
}
