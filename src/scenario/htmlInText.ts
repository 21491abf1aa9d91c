// The game shows a scenario's texts as they are written, never as HTML (they are untrusted input):
// a tag pasted with a text from a web page (`<b>deal</b>`, `<br>`) or an entity (`&amp;`) reaches
// the players as those very characters. A text holding one is valid, so the loader warns of it,
// at the text's place (a warning: the file still plays).
import type { Problem } from './errors';
import { quote } from './quote';
import type { Scenario } from './schema';
import { texts } from './scenarioWalk';

/** An HTML tag (`<b>`, `</b>`, `<br/>`, `<a href="…">`) or a named or numbered entity (`&amp;`, `&#8212;`). */
const HTML = /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>|&(?:[a-z][a-z0-9]{1,31}|#\d{1,7}|#x[0-9a-f]{1,6});/gi;
/** How many pieces a message quotes: a text pasted whole from a page may hold dozens. */
const NAMED = 4;

/** The distinct pieces of HTML in a text, in the order met. */
const piecesOf = (text: string) => [...new Set(Array.from(text.matchAll(HTML), (m) => m[0]))];

/** "<b>", "</b>" and "<br>"; or the first few, and how many more. */
function pieceList(pieces: readonly string[]): string {
  const named = pieces.slice(0, NAMED).map(quote);
  const more = pieces.length - named.length;
  if (more > 0) return `${named.join(', ')} and ${more} more`;
  return named.length === 1 ? named[0]! : `${named.slice(0, -1).join(', ')} and ${named.at(-1)}`;
}

export function checkHtmlInText(s: Scenario): Problem[] {
  const found: Problem[] = [];
  for (const { value, path } of texts(s)) {
    const pieces = piecesOf(value);
    if (pieces.length === 0) continue;
    const one = pieces.length === 1;
    const entities = pieces.some((p) => p.startsWith('&'));
    found.push({
      path,
      message: `this text holds ${pieceList(pieces)}, which ${one ? 'looks' : 'look'} like HTML: the game shows texts as they are written, so the players would read ${one ? `${quote(pieces[0]!)} itself` : 'them as written'}; write the text without ${one ? 'it' : 'them'}${entities ? ` (the character itself instead of ${one ? 'the entity' : 'an entity'})` : ''}`,
    });
  }
  return found;
}
