// A `#` that broke the file's structure. A `#` after a space starts a comment everywhere, even
// inside a text written without quotes, so
//     - { id: energy, label: Secure oil #1, weight: 60 }
// loses the rest of its line, the closing brace with it, and
//     label: Russia's #1 pivot,
//       with China at its centre
// ends its text at "Russia's", leaving the line below to break the structure. The parser then
// speaks of a brace or of indentation, lines further on; the teacher needs the `#`. Read only once
// the parser has failed (a file that loads is warned of in commentInText.ts).
import { indentOf, lineOffset, linesNear } from './indentation';
import { ID_PATTERN } from './idPattern';
import { textFix, type TextFix } from './errors';
import { quote } from './quote';
import { CLOSER, readLine, type LineComment } from './yamlLine';

/** The text a `#` cut, as written: from its start to the comma, bracket or `: ` after the `#` (line-relative `to`). */
function cutText(line: string, comment: LineComment): { to: number; whole: string } {
  const stop = line.slice(comment.at).search(/[,}\]]|:\s/);
  const whole = line.slice(comment.textStart!, stop < 0 ? line.length : comment.at + stop).trimEnd();
  return { to: comment.textStart! + whole.length, whole };
}

/** The text a `#` cut (`whole`), in quotes after its field: `label: "Secure oil #1"`. */
function quotedAfterField(line: string, comment: LineComment, whole: string): string {
  const field = /([^\s{},[\]]+):\s*$/.exec(line.slice(0, comment.textStart!))?.[1];
  return field === undefined ? JSON.stringify(whole) : `${field}: ${JSON.stringify(whole)}`;
}

/** Where `swallowed` closes a bracket opened before it, or −1 when its brackets balance (a comment's own). */
function closesOpen(swallowed: string): number {
  let depth = 0;
  for (let i = 0; i < swallowed.length; i++) {
    const c = swallowed[i]!;
    if (c === '{' || c === '[') depth++;
    else if ((c === '}' || c === ']') && --depth < 0) return i;
  }
  return -1;
}

/** A text that the schema's ids, months and numbers do not explain: what a cut most likely spoilt. */
const looksLikeText = (value: string) => !ID_PATTERN.test(value) && !/^-?\d[\d.-]*$/.test(value);

/** What breakAt finds on a line: the `#`'s column, the message, and the text to put in quotes (line-relative). */
interface Break {
  column: number;
  message: string;
  quoted?: { from: number; to: number; insert: string };
}

/** The line's `#` as the cause of the syntax error below it, in plain words; undefined when it is not. */
function breakAt(lines: readonly string[], index: number, inText: readonly boolean[]): Break | undefined {
  const line = lines[index]!;
  const { comment } = readLine(line);
  if (!comment) return undefined;
  const swallowed = line.slice(comment.at);
  // After an id, a number or nothing, the # is most likely a comment of the teacher's, misplaced.
  const cutAText = comment.textStart !== null && looksLikeText(line.slice(comment.textStart, comment.at).trim());
  if (comment.open !== '') {
    const closer = CLOSER[comment.open[comment.open.length - 1]!]!;
    // A comment in braces that go on over lines is allowed, even one holding brackets of its own ("# see {1}").
    const closes = closesOpen(swallowed);
    if (closes < 0) return undefined;
    const brackets = closer === '}' ? '{ … }' : '[ … ]';
    const text = cutAText ? cutText(line, comment) : undefined;
    const fix = text
      ? `put the text in quotes to keep the # in it: ${quotedAfterField(line, comment, text.whole)}`
      : swallowed.slice(0, closes).includes(',')
        ? `what follows the # is part of the ${brackets}: put the text with its # in quotes, or remove the #`
        : 'move the comment to the end of the line';
    return {
      column: comment.at,
      message: `a # after a space starts a comment, even inside ${brackets}, so the rest of this line (${quote(swallowed.trimEnd())}) is not read, its closing ${closer} with it; ${fix}`,
      ...(text && { quoted: { from: comment.textStart!, to: text.to, insert: JSON.stringify(text.whole) } }),
    };
  }
  // A text the comment ended, and a line below indented to go on with it (it is not "field: …").
  if (!cutAText) return undefined;
  let next = index + 1;
  while (next < lines.length && (lines[next]!.trim() === '' || lines[next]!.trim().startsWith('#'))) next++;
  const below = lines[next];
  // A line that itself goes on with a text above (no field, no dash) may be followed by one as deep.
  const goesOn = comment.textStart === indentOf(line);
  if (below === undefined || inText[next] || indentOf(below) < indentOf(line) || (!goesOn && indentOf(below) === indentOf(line)) || /^- |^-$|:( |$)/.test(below.trim())) return undefined;
  return {
    column: comment.at,
    message:
      `this text ends before ${quote(swallowed.trimEnd())}: a # after a space starts a comment, so the rest of this line is not part of the text, ` +
      `and the line below (${quote(below.trim())}) cannot go on with it; put the whole text in quotes, or write it after ">-" on the lines below`,
  };
}

/** How many lines at and above the parser's error are read for the `#` that caused it. */
const LINES_LOOKED_AT = 5;

/**
 * The `#` at or a few lines above `offset` (the parser's first error) that broke the structure,
 * said in plain words at the `#`; undefined when none did.
 */
export function commentBreak(text: string, offset: number): { offset: number; message: string; fix?: TextFix } | undefined {
  const { lines, inText, near } = linesNear(text, offset, LINES_LOOKED_AT);
  for (const index of near) {
    const found = breakAt(lines, index, inText);
    if (!found) continue;
    const start = lineOffset(lines, index);
    const { quoted } = found;
    return { offset: start + found.column, message: found.message, ...(quoted && { fix: textFix(text, 'Put the text in quotes', start + quoted.from, start + quoted.to, quoted.insert) }) };
  }
  return undefined;
}
