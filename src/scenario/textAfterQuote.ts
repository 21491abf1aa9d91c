// More text after a text in quotes has ended: `title: 'Turkey's turn'` (the apostrophe ends the
// text in single quotes), `title: "He said "no" to it"`, `title: "Abe" arrives`. The parser says
// "Unexpected scalar at node end"; a teacher needs the quote that ended the text, and the text
// written so that YAML reads it whole. Only outside brackets (inside them a comma or bracket could
// end the text too, and the mend is not sure).
import { textFix, type TextFix } from './errors';
import { quote, yamlQuoted } from './quote';
import { closingQuote } from './yamlLine';

/** The text the parser could not read after a text in quotes, at `offset`, said with its mend; undefined when that is not what happened. */
export function textAfterQuote(text: string, offset: number): { offset: number; message: string; fix?: TextFix } | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const lineEnd = text.indexOf('\n', offset) < 0 ? text.length : text.indexOf('\n', offset);
  const line = text.slice(lineStart, lineEnd);
  // A text in quotes that starts a value (after `field: ` or `- `) and ends before `offset`.
  const opening = /^(\s*(?:-\s+)*(?:[A-Za-z][A-Za-z0-9_-]*:\s+)?)(["'])/.exec(line);
  if (!opening) return undefined;
  const opened = lineStart + opening[1]!.length;
  const closed = closingQuote(text, opened);
  // The text in quotes ends just before the parser's error, nothing but blanks between.
  if (closed < 0 || closed >= offset || text.slice(closed + 1, offset).trim() !== '') return undefined;
  const mark = text[opened]!;
  // The whole text the teacher meant: to the line's end (before a comment), without the quotes around it when it ends with one.
  const rest = text.slice(opened, lineEnd).replace(/\s+#.*$/, '').trimEnd();
  const meant = rest.length > 1 && rest.endsWith(mark) ? rest.slice(1, -1) : rest;
  if (/^[[{]/.test(meant)) return undefined;
  const rewritten = yamlQuoted(mark === "'" ? meant.replaceAll("''", "'") : meant);
  const inside = mark === "'" ? "a ' inside 'single quotes' is written twice: 'it''s'" : 'a " inside "double quotes" is written \\"';
  return {
    offset: closed,
    message: `this ${mark} ends the text in quotes (${inside}), so YAML cannot read what follows it (${quote(text.slice(offset, lineEnd).trim())}); write the whole text in quotes: ${[opening[1]!.trim(), rewritten].filter((part) => part !== '').join(' ')}`,
    fix: textFix(text, 'Write the text in quotes', opened, opened + rest.length, rewritten),
  };
}
