// A text in typographic quotes, as a word processor writes them: `title: “S-400: buying Russian air
// defence”`. YAML reads only the keyboard's " and ' as quotes, so the “ is just the first letter of
// an unquoted text, and the ": " inside it breaks the line as in any unquoted text. The parser's
// complaint, and the checker's advice to put the text in quotes, tell a teacher who did quote it
// nothing: name the quote.
import { textFix, type TextFix } from './errors';
import { indentOf, lineOffset, linesNear } from './indentation';
import { readLine } from './yamlLine';

/** The typographic quotes of each kind, any of which may open or close a text (“…”, „…“, ”…”, ‘…’, «…», »…»). */
const KINDS = ['“”„', '‘’‚', '«»'];

/** The text inside the typographic quotes that open and close `text`, or undefined when they do not. */
export function insideTypographicQuotes(text: string): string | undefined {
  const kind = KINDS.find((k) => k.includes(text[0] ?? ''));
  return kind && text.length > 1 && kind.includes(text[text.length - 1]!) ? text.slice(1, -1) : undefined;
}

/** A text that opens with a typographic quote. */
export const TYPOGRAPHIC_QUOTE = new RegExp(`^[${KINDS.join('')}]`);

/** A value (after a field's colon, or a list item's dash, or both) that opens with a typographic quote. */
const OPENS_TYPOGRAPHIC = new RegExp(`^(- +)?([A-Za-z][A-Za-z0-9_-]*:[ \t]+)?([${KINDS.join('')}])`);

/** The text in keyboard quotes YAML keeps whole: double quotes, or single ones when it holds a double quote. */
const keyboardQuoted = (s: string) => (s.includes('"') ? `'${s.replaceAll("'", "''")}'` : JSON.stringify(s));

/**
 * The line at or just above `offset` (the parser's error) whose value opens with a typographic
 * quote and holds a ": " (what broke it), said in plain words at the quote; with the keyboard's
 * quotes as its mend when the text closes on that line with a typographic quote and holds no ".
 */
export function typographicQuote(text: string, offset: number): { offset: number; message: string; fix?: TextFix } | undefined {
  const { lines, near } = linesNear(text, offset, 2);
  for (const index of near) {
    const line = lines[index]!;
    const trimmed = line.trim();
    const found = OPENS_TYPOGRAPHIC.exec(trimmed);
    if (!found) continue;
    const mark = found[3]!;
    const lead = found[0].length - 1;
    // The text up to a comment of the author's own (` # why`) after it.
    const comment = readLine(trimmed).comment?.at;
    const value = trimmed.slice(lead, comment).trimEnd();
    if (!/:(\s|$)/.test(value)) continue;
    const inside = insideTypographicQuotes(value);
    const closed = inside !== undefined;
    // A single one unclosed on its line is most likely an apostrophe (’90s), not a quote.
    if (!closed && '‘’‚'.includes(mark)) continue;
    const quoteAt = lineOffset(lines, index) + indentOf(line) + lead;
    const opens = `this text opens with the typographic quote ${mark} (as a word processor writes it); YAML reads only the keyboard's " and ' as quotes`;
    if (!closed) {
      return { offset: quoteAt, message: `${opens}: type " in place of ${mark} and of the quote that closes the text` };
    }
    const written = keyboardQuoted(inside);
    return {
      offset: quoteAt,
      message: `${opens}: write ${trimmed.slice(0, lead)}${written}`,
      ...(!inside.includes('"') && { fix: textFix(text, 'Use keyboard quotes', quoteAt, quoteAt + value.length, written) }),
    };
  }
  return undefined;
}
