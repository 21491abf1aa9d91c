// A text in typographic quotes, as a word processor writes them: `title: “S-400: buying Russian air
// defence”`. YAML reads only the keyboard's " and ' as quotes, so the “ is just the first letter of
// an unquoted text, and the ": " inside it breaks the line as in any unquoted text. The parser's
// complaint, and the checker's advice to put the text in quotes, tell a teacher who did quote it
// nothing: name the quote.
import { textFix, type TextFix } from './errors';
import { FIELD_NAME, indentOf, lineOffset, linesNear, structureFrom } from './indentation';
import { yamlQuoted } from './quote';
import { readLine } from './yamlLine';

/** The typographic quotes of each kind, any of which may open or close a text (“…”, „…“, ”…”, ‘…’, «…», »…»). */
const KINDS = ['“”„', '‘’‚', '«»'];

/** The typographic quotes of the kind `text` opens with, or undefined when it opens with none. */
const kindOf = (text: string) => KINDS.find((k) => k.includes(text[0] ?? ''));

/**
 * Whether `text` opens with a typographic quote and holds more quotes of its kind than that one and
 * one that ends it (`“Power of Siberia”: “the gas deal”`, `“Power of Siberia” gas deal: …`): its
 * first and last quotes are no pair, so only the whole text in keyboard quotes keeps it as written.
 */
export function holdsMoreTypographicQuotes(text: string): boolean {
  const kind = kindOf(text);
  return kind !== undefined && [...text.slice(1, -1)].some((c) => kind.includes(c));
}

/** Guillemets are no word processor's doing but the quotation marks of French (and of other languages). */
export const isGuillemet = (mark: string) => mark === '«' || mark === '»';

/**
 * The text between a pair of quotes (`inner`), as the keyboard's quotes keep it: French typing
 * writes a no-break space just inside guillemets (« texte »), which is no part of the text.
 */
const keptInside = (mark: string, inner: string) => (isGuillemet(mark) ? inner.trim() : inner);

/**
 * The text inside the typographic quotes that open and close `text`, or undefined when they do not,
 * or when more quotes of their kind stand between them (the two are then no pair).
 */
export function insideTypographicQuotes(text: string): string | undefined {
  const kind = kindOf(text);
  if (!kind || text.length < 2 || !kind.includes(text[text.length - 1]!) || holdsMoreTypographicQuotes(text)) return undefined;
  return keptInside(text[0]!, text.slice(1, -1));
}

/** The quote `mark` named, in the words of every message about one: `the typographic quote “ (as a word processor writes it)`. */
export const quoteNamed = (mark: string): string => (isGuillemet(mark) ? `the French quotation mark ${mark}, which YAML does not read as a quote` : `the typographic quote ${mark} (as a word processor writes it)`);

/** What a text opening with the typographic quote `mark` is, in the words of every message about one. */
const opensWith = (mark: string) => `this text opens with ${quoteNamed(mark)}; YAML reads only the keyboard's " and ' as quotes`;

/** A text that opens with a typographic quote. */
export const TYPOGRAPHIC_QUOTE = new RegExp(`^[${KINDS.join('')}]`);

/** A value (after a field's colon, or a list item's dash, or both) that opens with a typographic quote. */
const OPENS_TYPOGRAPHIC = new RegExp(`^(- +)?(${FIELD_NAME}:[ \t]+)?([${KINDS.join('')}])`);

/**
 * The line at or just above `offset` (the parser's error) whose value opens with a typographic
 * quote and holds a ": " (what broke it), said in plain words at the quote; with the keyboard's
 * quotes as its mend when the text closes on that line with a typographic quote and holds no ".
 * When more quotes of that kind stand inside it (`“Power of Siberia”: “the gas deal”`, or a quote
 * closed before the ": "), its first and last are no pair: the whole text goes in keyboard quotes,
 * its typographic ones kept inside as text.
 */
export function typographicQuote(text: string, offset: number): { offset: number; message: string; fix?: TextFix } | undefined {
  const { lines, inText, near } = linesNear(text, offset, 2);
  for (const index of near) {
    const line = lines[index]!;
    const trimmed = line.trim();
    const found = OPENS_TYPOGRAPHIC.exec(trimmed);
    if (!found) {
      const braced = inBraces(text, lines, index);
      if (braced) return braced;
      continue;
    }
    // A list item (`- “Abe: a plan?”`) only on the error's own line: one above it parses, and
    // colonInListItem.ts names it once the error below is mended.
    if (found[1] !== undefined && index !== near[0]) continue;
    const mark = found[3]!;
    const lead = found[0].length - 1;
    // The text up to a comment of the author's own (` # why`) after it.
    const comment = readLine(trimmed).comment?.at;
    const value = trimmed.slice(lead, comment).trimEnd();
    if (!/:(\s|$)/.test(value)) continue;
    const whole = holdsMoreTypographicQuotes(value);
    const inside = whole ? value : insideTypographicQuotes(value);
    const closed = inside !== undefined;
    // A single one unclosed on its line is most likely an apostrophe (’90s), not a quote.
    if (!closed && '‘’‚'.includes(mark)) continue;
    const quoteAt = lineOffset(lines, index) + indentOf(line) + lead;
    const opens = opensWith(mark);
    if (!closed) {
      return { offset: quoteAt, message: `${opens}: type " in place of ${mark} and of the quote that closes the text` };
    }
    // The text goes on over the lines below (indented deeper than its field, or its dash): the
    // line alone in quotes would leave them outside.
    const column = indentOf(line) + (found[2] !== undefined ? (found[1]?.length ?? 0) : 0);
    const below = structureFrom(lines, inText, index + 1, 1);
    if (below < lines.length && indentOf(lines[below]!) > column) {
      return { offset: quoteAt, message: `${opens}: put the whole text, with the lines it goes on over, in keyboard quotes (")` };
    }
    const written = yamlQuoted(inside);
    return {
      offset: quoteAt,
      message: `${opens}: write ${trimmed.slice(0, lead)}${written}`,
      ...(!inside.includes('"') && { fix: textFix(text, whole ? 'Put the text in keyboard quotes' : 'Use keyboard quotes', quoteAt, quoteAt + value.length, written) }),
    };
  }
  return undefined;
}

/** A field in braces whose value opens with a typographic quote: `{ id: x, name: “Vladivostok: the port” }`. */
const IN_BRACES = new RegExp(`[{,][ \t]*(${FIELD_NAME}):[ \t]+([${KINDS.join('')}])`, 'g');

/**
 * In a mapping in braces, a text in typographic quotes that holds what ends a text there (a ": ",
 * a comma, a brace or a bracket): the first such, with the keyboard's quotes as its mend when the
 * text closes with a quote of its kind on the line and holds no ".
 */
function inBraces(text: string, lines: readonly string[], index: number): { offset: number; message: string; fix?: TextFix } | undefined {
  const line = lines[index]!;
  if (!line.includes('{')) return undefined;
  // Each kind's quotes on the line, in order: every opening finds its closing one by a pointer that
  // only moves on (a long line of openings never closed stays linear).
  const quotes = KINDS.map((kind) => ({ kind, at: [] as number[], next: 0 }));
  for (let i = 0; i < line.length; i++) quotes.find((q) => q.kind.includes(line[i]!))?.at.push(i);
  for (const m of line.matchAll(IN_BRACES)) {
    const open = m.index + m[0].length - 1;
    const of = quotes.find((q) => q.kind.includes(m[2]!))!;
    while (of.next < of.at.length && of.at[of.next]! <= open) of.next++;
    if (of.next >= of.at.length) continue;
    const mark = m[2]!;
    const close = of.at[of.next]!;
    const inside = keptInside(mark, line.slice(open + 1, close));
    if (!/:\s|[,{}[\]]/.test(inside)) continue;
    const quoteAt = lineOffset(lines, index) + open;
    const written = yamlQuoted(inside);
    return {
      offset: quoteAt,
      message: `${opensWith(mark)}: write ${m[1]}: ${written}`,
      ...(!inside.includes('"') && { fix: textFix(text, 'Use keyboard quotes', quoteAt, quoteAt + close - open + 1, written) }),
    };
  }
  return undefined;
}
