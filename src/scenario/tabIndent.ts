// A tab in a line's indentation. YAML refuses it, and a teacher whose editor shows the tab as wide
// as the spaces around it sees nothing wrong: say how many spaces the lines beside it have. Only
// when the lines above and below it are fields (or list items) at one column, the one above not
// opening a block (its child could go deeper), is that column surely the one meant, and then it is
// the mend. A field below a list item's first field (`- track: development`) belongs at the column
// after the dash, not the dash's.
import { textFix, type TextFix } from './errors';
import { plural } from './plural';
import { NO_TABS, spacesOnly, tabbedBlock } from './tabbedBlock';
import { BLOCK_HEADER, blockTextLines, FIELD_NAME, indentOf, lineIndexAt, lineOffset, linesNear, structureFrom } from './indentation';

/** The mend: the tab's line indented by `column` spaces. */
function indentFix(text: string, lines: readonly string[], index: number, column: number): TextFix {
  const start = lineOffset(lines, index);
  return textFix(text, `Indent with ${plural(column, 'space')}`, start, start + indentOf(lines[index]!), ' '.repeat(column));
}
const FIELD = new RegExp(`^${FIELD_NAME}:(\\s|$)`);
/** Whether a line opens a block: `field:` or `-` with nothing after but a comment, or a `|`/`>` text. */
function opensBlock(trimmed: string): boolean {
  const body = trimmed.replace(/\s#.*$/, '').trimEnd();
  return body === '-' || body.endsWith(':') || /(^-|:)\s+[|>][-+0-9]*$/.test(body);
}

/** A list item whose first field is on its line (`- track: development`): its dash and the blanks after it. */
const ITEM_FIELD = new RegExp(`^(-[ ]+)${FIELD_NAME}:(\\s|$)`);

/**
 * A field indented with a tab below a list item's first field (`- track: development`): its
 * column is the one after the dash, not the dash's. Said when the line below is a field at that
 * column (then the mend too), or no deeper than the dash (the next item, or the list's end).
 */
function fieldOfItem(text: string, lines: readonly string[], index: number, offset: number, up: string, down: string, dash: number): { offset: number; message: string; fix?: TextFix } {
  const plain = { offset, message: NO_TABS };
  const column = indentOf(up) + dash;
  if (!spacesOnly(up) || !spacesOnly(down) || opensBlock(up.trim())) return plain;
  const message = `${NO_TABS}: the fields of the list item above it are indented ${plural(column, 'space')}`;
  if (kind(down.trim()) === 'field' && indentOf(down) === column) return { offset, message, fix: indentFix(text, lines, index, column) };
  return indentOf(down) <= indentOf(up) ? { offset, message } : plain;
}

/** What a line is, to tell whether three lines are of one kind: a list item, a field, or neither. */
const kind = (trimmed: string) => (/^-(\s|$)/.test(trimmed) ? 'item' : FIELD.test(trimmed) ? 'field' : undefined);

/** The message for the tab at `offset` (the parser's error), with the spaces to give when sure; a run of tabbed lines is tabbedBlock's. */
export function tabIndentation(text: string, offset: number): { offset: number; message: string; fix?: TextFix } {
  const block = tabbedBlock(text, offset);
  if (block) return block;
  const lines = text.split('\n');
  const inText = blockTextLines(lines);
  const index = lineIndexAt(text, offset);
  const above = structureFrom(lines, inText, index - 1, -1);
  const below = structureFrom(lines, inText, index + 1, 1);
  const plain = { offset, message: NO_TABS };
  if (above < 0 || below >= lines.length) return plain;
  const [up, down] = [lines[above]!, lines[below]!];
  const line = lines[index]!;
  const itemField = ITEM_FIELD.exec(up.trim());
  if (itemField && kind(line.trim()) === 'field') return fieldOfItem(text, lines, index, offset, up, down, itemField[1]!.length);
  const column = indentOf(up);
  // Spaces only on both sides, at one column, and the line above has its value on its line.
  if (!spacesOnly(up) || !spacesOnly(down) || indentOf(down) !== column || opensBlock(up.trim())) return plain;
  const message = `${NO_TABS}: the lines beside it are indented ${plural(column, 'space')}`;
  const same = kind(line.trim());
  if (same === undefined || kind(up.trim()) !== same || kind(down.trim()) !== same) return { offset, message };
  return { offset, message, fix: indentFix(text, lines, index, column) };
}

/**
 * A tab after spaces in the indentation of the line at `offset` (the parser's error), or of the
 * next line of structure: the parser reads it as a blank after the indentation (`  \tcost: 3` is
 * indented 2) and blames the column, which the teacher's editor shows right.
 */
export function tabInIndentation(text: string, offset: number): { offset: number; message: string; fix?: TextFix } | undefined {
  const { lines, near } = linesNear(text, offset, 1);
  const [index] = near;
  if (index === undefined) return undefined;
  const line = lines[index]!;
  const tab = line.slice(0, indentOf(line)).indexOf('\t');
  return tab < 0 ? undefined : tabIndentation(text, lineOffset(lines, index) + tab);
}

/**
 * A tab before a line of a multi-line `>` or `|` text. The parser says only "Block scalar values in
 * collections must be indented" (or "…less indented than their first line"), and the teacher's
 * editor draws the tab as deep as the spaces of the text's other lines. The mend, when a line of
 * the same text beside it is indented with spaces alone: that many spaces.
 */
export function tabInText(text: string, offset: number): { offset: number; message: string; fix?: TextFix } | undefined {
  const lines = text.split('\n');
  const index = lineIndexAt(text, offset);
  const line = lines[index];
  if (line === undefined) return undefined;
  const tab = line.slice(0, indentOf(line)).indexOf('\t');
  if (tab < 0 || kind(line.trim()) !== undefined) return undefined;
  // The text's header (`text: >-`) above it, across the text's lines (blank, or neither a field nor an item).
  const prose = (i: number) => lines[i]!.trim() === '' || kind(lines[i]!.trim()) === undefined;
  let header = index - 1;
  while (header >= 0 && !BLOCK_HEADER.test(lines[header]!.trim()) && prose(header)) header--;
  if (header < 0 || !BLOCK_HEADER.test(lines[header]!.trim())) return undefined;
  const at = lineOffset(lines, index) + tab;
  const message = `${NO_TABS}: this line of a text that goes on over lines starts with a tab`;
  // Its other lines: after the header, deeper than it, indented with spaces alone; the nearest first.
  const textLine = (i: number) => i > header && i < lines.length && lines[i]!.trim() !== '' && prose(i) && spacesOnly(lines[i]!) && indentOf(lines[i]!) > indentOf(lines[header]!);
  let beside: number | undefined;
  for (let d = 1; beside === undefined && (index - d > header || index + d < lines.length); d++) beside = [index - d, index + d].find(textLine);
  if (beside === undefined) return { offset: at, message };
  const column = indentOf(lines[beside]!);
  return { offset: at, message: `${message}; its other lines are indented ${plural(column, 'space')}`, fix: indentFix(text, lines, index, column) };
}
