// A text in quotes never closed. The parser reports it at the end of the opening line when a
// later line ends the text (one not indented more than its field), but when no later quote of that
// kind follows, it reads on to the end of the file and reports it there, far from the quote; the
// teacher needs the quote.
import { blockTextLines } from './indentation';
import { textFix, type TextFix } from './errors';
import { quote } from './quote';
import { closingQuote, readLine } from './yamlLine';

/** The quote the parser says a text never closes (its words: 'Missing closing "quote'), if it says so. */
export function missingQuote(message: string): string | undefined {
  return /^Missing closing (["'])quote/.exec(message)?.[1];
}

/** Where the line holding `from` ends. */
function lineEnd(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end < 0 ? text.length : end;
}

/**
 * Whether the text goes on over the lines below to a quote that closes it (none of them a field or
 * a list item): then its mend is to indent those lines, not to close it on its first.
 */
function goesOnBelow(text: string, opened: number): boolean {
  const closed = closingQuote(text, opened);
  if (closed < 0) return false;
  return !text.slice(lineEnd(text, opened) + 1, closed).split('\n').some((l) => /^\s*(- |-$|[^\s:#]+:(\s|$))/.test(l));
}

/**
 * The text opened at `opened` never closed, in plain words; with the mend of closing it at its
 * line's end where that is one: not inside brackets (the quote would land after the closing one),
 * not after a backslash (which would escape it), not when the text goes on below.
 */
function neverClosed(text: string, opened: number, inBrackets: boolean, endedBelow = false): { offset: number; message: string; fix?: TextFix } {
  const mark = text[opened]!;
  const written = text.slice(opened, lineEnd(text, opened)).trimEnd();
  const opening = `the ${mark} that opens this text (${quote(written.slice(1))})`;
  const escaped = mark === '"' && /(^|[^\\])(\\\\)*\\$/.test(written);
  const mendable = !inBrackets && !escaped && !(endedBelow && goesOnBelow(text, opened));
  return {
    offset: opened,
    message: endedBelow
      ? `${opening} is not closed on this line, and the line below is not indented more than its field, so the text cannot go on there; end the text with ${mark} on this line, or indent the lines it goes on over more than its field`
      : `${opening} is never closed; end the text with ${mark} (a text in quotes may go on over lines, but only indented more than its field)`,
    ...(mendable && { fix: textFix(text, `End the text with ${mark} on this line`, opened, opened + written.length, written + mark) }),
  };
}

/**
 * The quote that opens a text never closed, said in plain words at that quote: the one left open
 * on the line of `offset` (the parser's error), or else the first that no later quote closes;
 * undefined when none is found.
 */
export function unclosedQuote(text: string, offset: number, mark: string): ReturnType<typeof neverClosed> | undefined {
  let lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  // Followed by a blank line, the opening line is reported at that blank line.
  if (text.slice(lineStart, lineEnd(text, lineStart)).trim() === '' && lineStart > 0) lineStart = text.lastIndexOf('\n', lineStart - 2) + 1;
  const onErrorLine = readLine(text.slice(lineStart, lineEnd(text, lineStart)));
  // The parser stops at the opening line when a line below, indented too little, ends the text.
  const quoteAt = onErrorLine.openQuote;
  if (quoteAt !== undefined && text[lineStart + quoteAt] === mark) return neverClosed(text, lineStart + quoteAt, onErrorLine.openAtQuote !== '', /\S/.test(text.slice(lineEnd(text, lineStart))));
  const lines = text.split('\n');
  const inText = blockTextLines(lines);
  const starts: number[] = [];
  for (let i = 0, at = 0; i < lines.length; at += lines[i]!.length + 1, i++) starts.push(at);
  // A quoted text closed on a later line: read on after its closing quote, on that line.
  let from = 0;
  for (let i = 0; i < lines.length; ) {
    const { openQuote, openAtQuote } = from === 0 && inText[i] ? {} : readLine(lines[i]!, from, from === 0);
    if (openQuote === undefined) {
      i++;
      from = 0;
      continue;
    }
    const opened = starts[i]! + openQuote;
    const closed = closingQuote(text, opened);
    if (closed < 0) {
      // A quote of the other kind than the parser's is plain text to YAML (a line going on with a
      // text above: "'90s"), not the one it missed.
      if (text[opened] === mark) return neverClosed(text, opened, openAtQuote !== '');
      i++;
      from = 0;
      continue;
    }
    while (i + 1 < lines.length && starts[i + 1]! <= closed) i++;
    from = closed - starts[i]! + 1;
  }
  return undefined;
}
