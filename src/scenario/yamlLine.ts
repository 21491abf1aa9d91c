// One line read the way YAML reads it, enough to say where a mistake is when the parser has
// failed: where its comment starts (a `#` after a blank, even inside an unquoted text or in braces)
// and which quote it leaves open. A quote opens a text only where a value starts (`Japan's` is
// plain text); brackets count only where a value starts too.

/** Where a line's comment starts, and what was open there. */
export interface LineComment {
  /** The index of the `#`. */
  at: number;
  /** The brackets open at the `#`, innermost last (`{[`). */
  open: string;
  /** Where the unquoted text just before the `#` begins, if there is one. */
  textStart: number | null;
}

/** A line's comment, or the quote it opens and does not close (a text going on over lines). */
export interface LineReading {
  comment?: LineComment;
  openQuote?: number;
  /** The brackets open at that quote (`{[`), as for a comment. */
  openAtQuote?: string;
  /** With neither: the brackets still open at the line's end (`{[`). */
  openAtEnd?: string;
}

export const CLOSER: Record<string, string> = { '{': '}', '[': ']' };
const blank = (c: string | undefined) => c === undefined || c === ' ' || c === '\t';

/** The index in `text` of the quote closing the one at `start`, or −1 when `text` ends first. */
export function closingQuote(text: string, start: number): number {
  const mark = text[start]!;
  for (let i = start + 1; i < text.length; i++) {
    if (mark === '"' && text[i] === '\\') i++;
    else if (text[i] === mark) {
      if (mark === "'" && text[i + 1] === "'") i++; // '' is a quote inside single quotes
      else return i;
    }
  }
  return -1;
}

/** Reads `line` from `from` (`valueStarts`: whether a value may begin there, as at a line's start). */
export function readLine(line: string, from = 0, valueStarts = true): LineReading {
  let open = '';
  let textStart: number | null = null;
  for (let i = from; i < line.length; i++) {
    const c = line[i]!;
    if (blank(c)) continue;
    if (c === '#' && (i === 0 || blank(line[i - 1]))) return { comment: { at: i, open, textStart } };
    if (valueStarts && (c === '"' || c === "'")) {
      const end = closingQuote(line, i);
      if (end < 0) return { openQuote: i, openAtQuote: open };
      i = end;
      valueStarts = false;
      textStart = null;
    } else if (valueStarts && (c === '{' || c === '[')) open += c;
    else if (open !== '' && c === CLOSER[open[open.length - 1]!]) {
      open = open.slice(0, -1);
      textStart = null;
    } else if ((open !== '' && c === ',') || (c === ':' && (blank(line[i + 1]) || (open !== '' && ',}]'.includes(line[i + 1]!))))) {
      valueStarts = true;
      textStart = null;
    } else if (valueStarts && c === '-' && blank(line[i + 1]) && open === '') continue; // a list item's dash
    else if (valueStarts) {
      valueStarts = false;
      textStart = i;
    }
  }
  return { openAtEnd: open };
}
