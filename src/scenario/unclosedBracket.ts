// A mapping in braces or a list in brackets never closed, or closed with the other bracket. The
// parser reads it on over the lines below until one is not indented more than the line it opened
// on, and reports there: "Flow map in block collection must be sufficiently indented and end with
// a }", a line after the mistake and in words a teacher does not know. Name the bracket where it
// opens, and the line that ends it when the mapping or list went on over lines.
import { textFix, type TextFix } from './errors';
import { blockTextLines, indentOf } from './indentation';
import { quote } from './quote';
import { CLOSER, closingQuote } from './yamlLine';

interface Opened {
  /** The bracket's offset in the text, and the line (from 0) it is on. */
  at: number;
  line: number;
}

/**
 * The column of the block collection that a bracket at `column` of `line` is a value in: the
 * field's (`  - x: [a` is in the mapping at column 4), or the list item's dash (`  - [a`: 2). The
 * lines a mapping or list in brackets goes on over must be indented more.
 */
function blockColumn(line: string, column: number): number {
  const lead = /^[ \t]*(?:-[ \t]+)*/.exec(line)![0];
  if (lead.length !== column) return lead.length;
  const dash = lead.lastIndexOf('-');
  return dash < 0 ? indentOf(line) : dash;
}

/** What is wrong with a file's brackets: the first found, reading from the top. */
type BracketMistake =
  /** `open` (outermost first) is still open where line `ends` (from 0; none: the file's end) is not indented more than the outermost's line. */
  | { kind: 'unclosed'; open: Opened[]; ends?: number }
  /** The bracket `open` is closed at `closer` by a bracket of the other kind. */
  | { kind: 'mismatched'; open: Opened; closer: number; closesOuter: boolean }
  /** A closing bracket at `closer` with nothing open. */
  | { kind: 'stray'; closer: number };

const blank = (c: string | undefined) => c === undefined || c === ' ' || c === '\t';

/**
 * The first mistake in the brackets of `text`, read the way YAML reads them: a bracket counts only
 * where a value starts (`Japan's [draft]` is text), not in quotes, comments or `|`/`>` texts; a
 * mapping or list in brackets may go on over lines indented more than the line it opened on.
 * Undefined when the brackets are right, or a quote is never closed (said elsewhere).
 */
export function bracketMistake(text: string): BracketMistake | undefined {
  const lines = text.split('\n');
  const inText = blockTextLines(lines);
  const open: Opened[] = [];
  let valueStarts = true;
  // A mapping or list in brackets just closed, outside any other: nothing but a comment may follow.
  let closedOutside = false;
  let start = 0; // where line i starts
  const lineStarts: number[] = [];
  for (let i = 0, at = 0; i < lines.length; at += lines[i]!.length + 1, i++) lineStarts.push(at);
  for (let i = 0; i < lines.length; start += lines[i]!.length + 1, i++) {
    let line = lines[i]!;
    if (inText[i] || /^\s*(#|$)/.test(line)) continue;
    if (open.length > 0 && indentOf(line) <= blockColumn(lines[open[0]!.line]!, open[0]!.at - lineStarts[open[0]!.line]!)) return { kind: 'unclosed', open, ends: i };
    if (open.length === 0) [valueStarts, closedOutside] = [true, false];
    for (let j = 0; j < line.length; j++) {
      const c = line[j]!;
      if (blank(c)) continue;
      if (c === '#' && blank(line[j - 1])) break;
      if (valueStarts && (c === '"' || c === "'")) {
        const end = closingQuote(text, start + j);
        if (end < 0) return undefined;
        // A text in quotes may go on over lines: read on after its closing quote.
        while (end >= start + line.length + 1) {
          start += line.length + 1;
          line = lines[++i]!;
        }
        j = end - start;
        valueStarts = false;
      } else if (valueStarts && (c === '{' || c === '[')) open.push({ at: start + j, line: i });
      else if ((c === '}' || c === ']') && (open.length > 0 || valueStarts || closedOutside)) {
        const top = open.pop();
        if (top === undefined) return { kind: 'stray', closer: start + j };
        if (CLOSER[text[top.at]!] !== c) return { kind: 'mismatched', open: top, closer: start + j, closesOuter: open.some((o) => CLOSER[text[o.at]!] === c) };
        valueStarts = false;
        closedOutside = open.length === 0;
      } else if ((open.length > 0 && c === ',') || (c === ':' && (blank(line[j + 1]) || (open.length > 0 && ',}]'.includes(line[j + 1]!))))) valueStarts = true;
      else if (valueStarts && c === '-' && blank(line[j + 1]) && open.length === 0) continue; // a list item's dash
      else valueStarts = false;
    }
  }
  return open.length > 0 ? { kind: 'unclosed', open } : undefined;
}

/** Where the line holding `from` ends. */
function lineEnd(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end < 0 ? text.length : end;
}

/** `{ … }` or `[ … ]`, and what it is to a teacher. */
const WHAT: Record<string, { written: string; word: string }> = {
  '{': { written: '{ … }', word: 'mapping' },
  '[': { written: '[ … ]', word: 'list' },
};

/** The line numbers of a text, from 1, for messages that point at a second line. */
const lineNumber = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

/** Where a line's content ends: before its comment and the blanks before it. */
function contentEnd(text: string, lineStart: number): number {
  const line = text.slice(lineStart, lineEnd(text, lineStart));
  const comment = / #/.exec(line.replace(/"(\\.|[^"\\])*"|'([^']|'')*'/g, (q) => 'x'.repeat(q.length)));
  return lineStart + line.slice(0, comment ? comment.index : line.length).trimEnd().length;
}

/** The line the lines a bracket's mapping or list goes on over must be indented more than: the one it opens on, or its field after a dash. */
function indentedMoreThan(line: string, column: number): string {
  const base = blockColumn(line, column);
  if (base === indentOf(line)) return 'the line it opens on';
  return `its field (${quote(/^[^:]*:/.exec(line.slice(base))?.[0] ?? line.slice(base))})`;
}

/** Whether a line closes a bracket opened before it (its quoted texts and comment left out). */
function closesBracketBefore(line: string): boolean {
  let depth = 0;
  for (const c of line.replace(/"(\\.|[^"\\])*"|'([^']|'')*'/g, '').replace(/(^|\s)#.*$/, '')) {
    if (c === '{' || c === '[') depth++;
    else if ((c === '}' || c === ']') && --depth < 0) return true;
  }
  return false;
}

/** The message for a bracket never closed, at the bracket, with the mend when it opened and ends on one line. */
function neverClosed(text: string, lines: readonly string[], open: readonly Opened[], ends: number | undefined): { offset: number; message: string; fix?: TextFix } {
  const inner = open[open.length - 1]!;
  const mark = text[inner.at]!;
  const { word } = WHAT[mark]!;
  const lineStart = text.lastIndexOf('\n', inner.at) + 1;
  const contentStop = contentEnd(text, lineStart);
  const closers = open.map((o) => CLOSER[text[o.at]!]).reverse().join('');
  const outer = open.length > 1 ? ` (and the ${text[open[0]!.at]} before it, on line ${open[0]!.line + 1})` : '';
  const opening = `the ${mark} that opens this ${word} (${quote(text.slice(inner.at, Math.max(contentStop, inner.at + 1)))})${outer}`;
  const lastLine = (ends ?? lines.length) - 1;
  const goesOn = lines.slice(inner.line + 1, lastLine + 1).some((l) => /\S/.test(l) && !/^\s*#/.test(l));
  const outerLine = lines[open[0]!.line]!;
  const cannotGoOn =
    ends === undefined
      ? 'the file ends first'
      : `line ${ends + 1} (${quote(lines[ends]!.trim())}) is not indented more than ${indentedMoreThan(outerLine, open[0]!.at - (text.lastIndexOf('\n', open[0]!.at) + 1))}, so the ${word} cannot go on there`;
  if (goesOn) return { offset: inner.at, message: `${opening} is never closed: it goes on over the lines below, and ${cannotGoOn}; end it with ${closers} after its last item` };
  // The line that ends it closes a bracket it did not open: the mapping or list was meant to go on there.
  if (ends !== undefined && closesBracketBefore(lines[ends]!)) return { offset: inner.at, message: `${opening} is not closed on this line, and ${cannotGoOn}; indent line ${ends! + 1} more, or end the ${word} on this line` };
  const spaced = text[inner.at + 1] === ' ' ? ' ' : '';
  return {
    offset: inner.at,
    message: `${opening} is not closed on this line, and ${cannotGoOn}; end it with ${closers} on this line`,
    fix: textFix(text, `End it with ${closers}`, contentStop, contentStop, spaced + closers),
  };
}

/**
 * A bracket never closed, closed with the other kind, or closing nothing, in plain words at the
 * bracket; undefined when the brackets are right (the parser's error is then another's).
 */
export function unclosedBracket(text: string): { offset: number; message: string; fix?: TextFix } | undefined {
  const mistake = bracketMistake(text);
  if (mistake === undefined) return undefined;
  if (mistake.kind === 'unclosed') return neverClosed(text, text.split('\n'), mistake.open, mistake.ends);
  const closer = text[mistake.closer]!;
  if (mistake.kind === 'stray') {
    return { offset: mistake.closer, message: `this ${closer} closes nothing: no ${closer === '}' ? '{' : '['} before it is open; remove it`, fix: textFix(text, `Remove the ${closer}`, mistake.closer, mistake.closer + 1, '') };
  }
  const mark = text[mistake.open.at]!;
  const right = CLOSER[mark]!;
  const { word } = WHAT[mark]!;
  const opened = lineNumber(text, mistake.open.at) === lineNumber(text, mistake.closer) ? 'on this line' : `on line ${mistake.open.line + 1}`;
  if (mistake.closesOuter) {
    // `{ x: [1, 2 }`: the } is the right one, for the { around the list; the list's ] is missing,
    // before the } or, in a list, before a field of the mapping around it (`[a, b, kind: pipeline }`).
    const inside = text.slice(mistake.open.at, mistake.closer);
    const field = mark === '[' ? /,\s*[A-Za-z][A-Za-z0-9_-]*:\s/.exec(inside) : null;
    const at = field ? mistake.open.at + field.index : mistake.closer;
    const spaced = !field && text[mistake.open.at + 1] === ' ' ? ' ' : '';
    return {
      offset: mistake.closer,
      message: `the ${mark} that opens the ${word} ${opened} is not closed before this ${closer}, which closes the ${closer === '}' ? '{' : '['} around it; end the ${word} with ${right} after its last item`,
      fix: textFix(text, `End the ${word} with ${right}`, at, at, `${right}${spaced}`),
    };
  }
  // At the line's end the bracket was surely meant to close it; before more of the line, a bracket may be missing too.
  const lastOnLine = /^\s*(#.*)?$/.test(text.slice(mistake.closer + 1, lineEnd(text, mistake.closer)));
  return {
    offset: mistake.closer,
    message: `the ${mark} that opens the ${word} ${opened} is closed here with ${closer}; a mapping in { … } ends with }, a list in [ … ] with ]: write ${right}${lastOnLine ? '' : `, or open the ${closer === '}' ? 'mapping with {' : 'list with ['} where it starts`}`,
    ...(lastOnLine && { fix: textFix(text, `Write ${right}`, mistake.closer, mistake.closer + 1, right) }),
  };
}
