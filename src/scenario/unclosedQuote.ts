// A text in quotes never closed. The parser reports it at the end of the opening line when a
// later line ends the text (less indented), but when no later quote of that kind follows, it reads
// on to the end of the file and reports it there, far from the quote; the teacher needs the quote.
import { blockTextLines } from './indentation';
import { quote } from './quote';
import { closingQuote, readLine } from './yamlLine';

/** The parser's words for a quoted text that never ends. */
export const MISSING_CLOSING_QUOTE = /^Missing closing ["']quote/;

/** Where the line holding `from` ends. */
function lineEnd(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end < 0 ? text.length : end;
}

/** The text opened at `opened` never closed, in plain words. */
function neverClosed(text: string, opened: number): { offset: number; message: string } {
  const mark = text[opened]!;
  return {
    offset: opened,
    message: `the ${mark} that opens this text (${quote(text.slice(opened + 1, lineEnd(text, opened)).trimEnd())}) is never closed; end the text with ${mark} (a text in quotes may go on over lines, but only indented more than its field)`,
  };
}

/**
 * The quote that opens a text never closed, said in plain words at that quote: the one left open
 * on the line of `offset` (the parser's error), or else the first that no later quote closes;
 * undefined when none is found.
 */
export function unclosedQuote(text: string, offset: number): { offset: number; message: string } | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const { openQuote: onErrorLine } = readLine(text.slice(lineStart, lineEnd(text, lineStart)));
  if (onErrorLine !== undefined) return neverClosed(text, lineStart + onErrorLine);
  const lines = text.split('\n');
  const inText = blockTextLines(lines);
  const starts: number[] = [];
  for (let i = 0, at = 0; i < lines.length; at += lines[i]!.length + 1, i++) starts.push(at);
  // A quoted text closed on a later line: read on after its closing quote, on that line.
  let from = 0;
  for (let i = 0; i < lines.length; ) {
    const { openQuote } = from === 0 && inText[i] ? {} : readLine(lines[i]!, from, from === 0);
    if (openQuote === undefined) {
      i++;
      from = 0;
      continue;
    }
    const opened = starts[i]! + openQuote;
    const closed = closingQuote(text, opened);
    if (closed < 0) return neverClosed(text, opened);
    while (i + 1 < lines.length && starts[i + 1]! <= closed) i++;
    from = closed - starts[i]! + 1;
  }
  return undefined;
}
