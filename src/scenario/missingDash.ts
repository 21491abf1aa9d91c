// A list item written without its dash: `  id: sar-agreement` (or `  { id: nuuk, … }`) among items
// written `  - id: …`. The parser says only "All mapping items must start at the same column", or
// blames the item's next line for being deeper than `id:`; a teacher who follows that advice moves
// the item's fields back to the dash's column and gets the parser's words again. The line is taken
// for an item when it starts as the items around it do (the same first field, or a `{`), so that a
// field taken back to the dash's column (`cost: 2`, indentation.ts) is not.
import { quote } from './quote';
import { textFix, type TextFix } from './errors';
import { elementOf, headOf, namesAnItem } from './fieldInList';
import { BLOCK_HEADER, FIELD_NAME, indentOf, isStructure, lineOffset, linesNear } from './indentation';
import { readLine } from './yamlLine';

const FIELD = new RegExp(`^(${FIELD_NAME}):(?:\\s|$)`);
/** A list item's dash and the blanks after it, and what the item starts with: its first field, or a `{`. */
const ITEM = new RegExp(`^(-[ ]+)(?:(${FIELD_NAME}):(?:\\s|$)|(\\{))`);

/** How a line starts, to compare with the items around it: `id:` or `{`. */
const startOf = (trimmed: string) => FIELD.exec(trimmed)?.[1]?.concat(':') ?? (trimmed.startsWith('{') ? '{' : undefined);

/** Whether a field's line opens a block under it (nothing after the colon but a comment, or a `>`/`|` text). */
function opensBlock(trimmed: string): boolean {
  if (BLOCK_HEADER.test(trimmed)) return true;
  const body = trimmed.slice(0, readLine(trimmed).comment?.at).trimEnd();
  return body.endsWith(':');
}

/**
 * The lines of the item that starts at `index` (to the next item at `column`, or a shallower line),
 * each moved `step` spaces deeper where it was written at the dash's column (a field taken back,
 * with what is under it when it opens a block); undefined when a line lies between the dash and
 * the items' fields, where no mend is sure.
 */
function itemLines(lines: readonly string[], inText: readonly boolean[], index: number, column: number, step: number): { end: number; moved: number[] } | undefined {
  const moved: number[] = [];
  let under = false; // below a field taken back that opens a block: moved with it
  let lastMoved = false;
  let end = index + 1;
  for (let i = index + 1; i < lines.length; i++) {
    const line = lines[i]!;
    const indent = indentOf(line);
    if (!isStructure(lines, inText, i)) {
      // The text of a `>` or `|` field goes with its field; a comment in the item with the line above it.
      if (line.trim() === '') continue;
      if (indent < column) break;
      if (lastMoved) moved.push(i);
      end = i + 1;
      continue;
    }
    const trimmed = line.trim();
    if (indent < column || (indent === column && ITEM.test(trimmed))) break;
    if (indent === column) {
      if (!FIELD.test(trimmed)) return undefined;
      moved.push(i);
      under = opensBlock(trimmed);
      lastMoved = true;
    } else if (under) {
      moved.push(i);
      lastMoved = true;
    } else {
      if (indent < column + step) return undefined;
      lastMoved = false;
    }
    end = i + 1;
  }
  return { end, moved };
}

/**
 * Whether the line at `index` (at `column`, starting with `start`) stands among the items of a
 * list: an item at its column starts alike (then its dash is the one to write), or it is the first
 * line under a field that names a list whose items it fits. With the words that say so.
 */
function itemsAround(lines: readonly string[], inText: readonly boolean[], index: number, column: number, start: string): { dash: string; like: string } | undefined {
  let head = -1;
  let first = true; // no line of the block above it: it is the first under its field
  for (const step of [-1, 1]) {
    for (let i = index + step; i >= 0 && i < lines.length; i += step) {
      if (!isStructure(lines, inText, i)) continue;
      const indent = indentOf(lines[i]!);
      if (indent < column) {
        if (step < 0) head = i;
        break;
      }
      if (step < 0) first = false;
      const item = indent === column ? ITEM.exec(lines[i]!.trim()) : null;
      if (item && (item[2] ? `${item[2]}:` : item[3]) === start) return { dash: item[1]!, like: `like the items around it (${quote(lines[i]!.trim())} on line ${i + 1})` };
    }
  }
  // A list of one item: the first line under a field that names a list (a field taken back out
  // of an item above, `cost: 2`, is not).
  const name = head < 0 || !first ? undefined : headOf(lines[head]!);
  const element = name === undefined ? null : elementOf(name);
  if (element === null || (start !== '{' && namesAnItem(element, start.slice(0, -1)))) return undefined;
  return { dash: '- ', like: `as each item of the list ${quote(name!)} starts with "- "` };
}

/** "line 246", "lines 246 and 250", "lines 246, 250 and 3 more". */
function lineList(numbers: readonly number[]): string {
  if (numbers.length === 1) return `line ${numbers[0]}`;
  if (numbers.length === 2) return `lines ${numbers[0]} and ${numbers[1]}`;
  return `lines ${numbers[0]}, ${numbers[1]} and ${numbers.length - 2} more`;
}

/**
 * The line at or just above `offset` (the parser's error) that is a list item without its dash,
 * said in plain words, with the dash (and the item's lines moved to its fields' column) as its mend.
 */
export function missingDash(text: string, offset: number): { offset: number; message: string; fix?: TextFix } | undefined {
  const { lines, inText, near } = linesNear(text, offset, 2);
  for (const index of near) {
    const line = lines[index]!;
    const trimmed = line.trim();
    const start = startOf(trimmed);
    if (start === undefined) continue;
    const column = indentOf(line);
    const found = itemsAround(lines, inText, index, column, start);
    if (found === undefined) continue;
    const from = lineOffset(lines, index) + column;
    const written = `${found.dash}${trimmed}`;
    const message = `this item has no dash: write ${quote(written)}, ${found.like}`;
    const step = found.dash.length;
    const item = start === '{' ? { end: index + 1, moved: [] } : itemLines(lines, inText, index, column, step);
    if (!item) return { offset: from, message };
    const fix = textFix(text, 'Add the dash', from, from, found.dash);
    if (item.moved.length === 0) return { offset: from, message, fix };
    // The item's fields written at the dash's column go as deep as the other items' fields.
    const moved = new Set(item.moved);
    const below = lines.slice(index + 1, item.end).map((_, k) => index + 1 + k).filter((i) => isStructure(lines, inText, i));
    const fields = below.filter((i) => moved.has(i) && indentOf(lines[i]!) === column).map((i) => i + 1);
    const deeper = below.every((i) => moved.has(i))
      ? `, and indent the item's lines below it ${step} spaces deeper, as the other items' fields are`
      : `, and indent ${lineList(fields)} (${quote(lines[fields[0]! - 1]!.trim())}${fields.length > 1 ? ', …' : ''}) ${step} spaces deeper, as the item's other fields are`;
    const to = lineOffset(lines, item.end - 1) + lines[item.end - 1]!.length;
    const mended = [' '.repeat(column) + written, ...lines.slice(index + 1, item.end).map((l, k) => (moved.has(index + 1 + k) ? ' '.repeat(step) + l : l))];
    return { offset: from, message: message + deeper, fix: textFix(text, 'Add the dash and indent the item', lineOffset(lines, index), to, mended.join('\n')) };
  }
  return undefined;
}
