// Indentation that breaks the structure, in plain words: which line, what it lines up with (or
// fails to), and how many spaces to give it. The parser only says "All mapping items must start
// at the same column" or "Sequence item without - indicator"; a teacher needs the line it should
// line up with.

interface Column {
  /** Spaces before the key. */
  indent: number;
  /** 1-based line, and the key as written (`text:`, `- id:`). */
  line: number;
  label: string;
}

const KEY = /^(- +)?([^\s#'"{[\-][^:#]*?|"[^"]*"|'[^']*'):(?: |$)/;
/** A field's name as the schema writes them (`cost`, `opensOn`, `russia-dependence`): the checks build their patterns on it. */
export const FIELD_NAME = '[A-Za-z][A-Za-z0-9_-]*';
const ITEM = /^(- +)(.)/;
/** A line that opens a multi-line text: `field: >-`, `- |`. */
export const BLOCK_HEADER = /:\s*[|>][-+0-9]*\s*(#.*)?$|^-\s+[|>][-+0-9]*\s*(#.*)?$/;
/** The spaces (and tabs) before a line's first character. */
export const indentOf = (line: string) => line.length - line.trimStart().length;
/** The line (from 0) that `offset` falls on. */
export const lineIndexAt = (text: string, offset: number) => text.slice(0, offset).split('\n').length - 1;
/** Where line `index` (from 0) of a text split at its newlines starts in the text. */
export const lineOffset = (lines: readonly string[], index: number) => lines.slice(0, index).reduce((n, l) => n + l.length + 1, 0);
const quoted = (s: string) => JSON.stringify(s);

/** Whether line `index` is one of the structure: not blank, not a comment, not inside a multi-line text (`inText`, from blockTextLines). */
export function isStructure(lines: readonly string[], inText: readonly boolean[], index: number): boolean {
  const trimmed = lines[index]!.trim();
  return trimmed !== '' && !trimmed.startsWith('#') && !inText[index];
}

/** The first line of structure from `index` on, going `step` (1: down, -1: up); -1 or the line count when there is none. */
export function structureFrom(lines: readonly string[], inText: readonly boolean[], index: number, step: 1 | -1): number {
  let i = index;
  while (i >= 0 && i < lines.length && !isStructure(lines, inText, i)) i += step;
  return i;
}

/** Which lines are inside a multi-line `|` or `>` text (those say nothing of the structure). */
export function blockTextLines(lines: readonly string[]): boolean[] {
  const inside = lines.map(() => false);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!BLOCK_HEADER.test(line.trim())) continue;
    const header = indentOf(line);
    // The text's indentation is that of its first line; a line indented less ends the text.
    let j = i + 1;
    while (j < lines.length && lines[j]!.trim() === '') j++;
    const body = j < lines.length ? indentOf(lines[j]!) : 0;
    if (body <= header) continue;
    for (j = i + 1; j < lines.length && (lines[j]!.trim() === '' || indentOf(lines[j]!) >= body); j++) inside[j] = true;
    i = j - 1;
  }
  return inside;
}

/**
 * The lines of structure nearest at and above `offset` (the parser's error), nearest first, at
 * most `count`: blank lines, comments and the lines of multi-line `|` or `>` texts (which may
 * well start with a dash or hold a colon: they are text) left out. With the text's lines.
 * The parser may point at a blank or comment line just before the culprit (`-id: x` after a
 * blank line): then the first line of structure below it comes first.
 */
export function linesNear(text: string, offset: number, count: number): { lines: string[]; inText: boolean[]; near: number[] } {
  const lines = text.split('\n');
  const inText = blockTextLines(lines);
  const structure = (index: number) => isStructure(lines, inText, index);
  const near: number[] = [];
  const at = lineIndexAt(text, offset);
  if (!structure(at) && count > 0) {
    const below = structureFrom(lines, inText, at + 1, 1);
    if (below < lines.length) near.push(below);
  }
  for (let index = at; index >= 0 && near.length < count; index--) if (structure(index)) near.push(index);
  return { lines, inText, near };
}

/** The structure the line at `index` sits in: the nearest line above, then each shallower one. */
function columnsAbove(lines: readonly string[], index: number, inText: readonly boolean[]): { nearest?: { indent: number; text: string; line: number }; columns: Column[] } {
  const columns: Column[] = [];
  let nearest: { indent: number; text: string; line: number } | undefined;
  let shallowest = Infinity;
  for (let i = index - 1; i >= 0 && shallowest > 0; i--) {
    if (!isStructure(lines, inText, i)) continue;
    const raw = lines[i]!;
    const trimmed = raw.trim();
    const indent = indentOf(raw);
    nearest ??= { indent, text: trimmed, line: i + 1 };
    const key = KEY.exec(trimmed);
    const item = key ? undefined : ITEM.exec(trimmed);
    if (item && indent < shallowest) {
      columns.push({ indent, line: i + 1, label: `- ${item[2]}` });
      shallowest = indent;
    }
    if (!key) continue;
    const dash = key[1];
    if (dash && indent + dash.length < shallowest) columns.push({ indent: indent + dash.length, line: i + 1, label: `${key[2]}:` });
    if (indent < shallowest) {
      columns.push({ indent, line: i + 1, label: dash ? `- ${key[2]}:` : `${key[2]}:` });
      shallowest = indent;
    }
  }
  return { nearest, columns };
}

/**
 * What is wrong with the indentation of the line at `offset`, or undefined when its indentation is
 * not what breaks the structure (the caller then says what else is wrong).
 */
export function indentationMessage(text: string, offset: number): { offset: number; message: string } | undefined {
  const lines = text.split('\n');
  const inText = blockTextLines(lines);
  const skipped = (i: number) => !isStructure(lines, inText, i);
  let index = lineIndexAt(text, offset);
  // The parser may point at the blank line before the culprit, or at the key whose value the
  // culprit (indented deeper) was read into: look at the next line too.
  while (index < lines.length && skipped(index)) index++;
  const next = (() => {
    let j = index + 1;
    while (j < lines.length && skipped(j)) j++;
    return j;
  })();
  const found = (lines[index] === undefined ? undefined : at(lines, index, inText)) ?? (lines[next] === undefined ? undefined : at(lines, next, inText));
  if (found === undefined) return undefined;
  return { offset: lineOffset(lines, found.line) + indentOf(lines[found.line]!), message: found.message };
}

const spaces = (n: number) => `${n} space${n === 1 ? '' : 's'}`;

/**
 * A field (`cost: 2`) taken back to the column of its list item's dash, out of the item whose
 * fields sit deeper above it (`text:`): what to say of it, or undefined. YAML reads it as no part
 * of the item, and says only "All mapping items must start at the same column", or blames the
 * line after it for being deeper.
 */
function fieldAtDashColumn(lines: readonly string[], inText: readonly boolean[], index: number): string | undefined {
  const trimmed = lines[index]!.trim();
  const key = KEY.exec(trimmed);
  if (!key || key[1]) return undefined;
  const indent = indentOf(lines[index]!);
  const { nearest, columns } = columnsAbove(lines, index, inText);
  const dash = columns.find((c) => c.indent === indent);
  // At a field's column it may be that field's sibling (a list written at its field's column).
  if (!nearest || !dash?.label.startsWith('- ') || nearest.indent <= indent) return undefined;
  // The item's own fields: the shallowest column of fields deeper than its dash (the line just
  // above may be deeper still, inside one of them: an effect under `effects:`).
  const field = columns.filter((c) => c.indent > indent && c.indent <= nearest.indent && !c.label.startsWith('- ')).at(-1);
  if (!field) return undefined;
  const label = quoted(field.label);
  return (
    `this line (${quoted(trimmed)}) is indented ${spaces(indent)}, as the dash of its list item is (${quoted(dash.label)} on line ${dash.line}), ` +
    `not ${spaces(field.indent)} as the item's fields are (${label} on line ${field.line}), so it is no part of the item; indent it by ${spaces(field.indent)}, like ${label}`
  );
}

/**
 * A list item (`- id: x`) at the column of the fields of the item above (`sources:`), which the
 * parser reads as neither: the column of those fields, and that of the list's own items (one
 * written alike first, `- id:`), or undefined.
 */
function itemAmongFields(lines: readonly string[], inText: readonly boolean[], line: string, indent: number, columns: readonly Column[]): [fields: Column, items: Column] | undefined {
  const item = ITEM.exec(line);
  if (!item) return undefined;
  const fields = columns.find((c) => c.indent === indent);
  if (!fields || fields.label.startsWith('- ')) return undefined;
  // A list written at its field's column (`sources:` then `- source: …` under it, not deeper): valid.
  const first = structureFrom(lines, inText, fields.line, 1);
  if (first < lines.length && indentOf(lines[first]!) === indent && ITEM.test(lines[first]!.trim())) return undefined;
  const key = KEY.exec(line)?.[2];
  const lists = columns.filter((c) => c.label.startsWith('- ') && c.indent < indent);
  const items = lists.find((c) => key !== undefined && c.label === `- ${key}:`) ?? lists[0];
  return items ? [fields, items] : undefined;
}

/** What is wrong with the indentation at line `index` (from 0), and the line to point at: that one, or the one above it that was taken back out of its item. */
function at(lines: readonly string[], index: number, inText: readonly boolean[]): { line: number; message: string } | undefined {
  const dedented = fieldAtDashColumn(lines, inText, index);
  if (dedented) return { line: index, message: dedented };
  // The parser blames the next field of the item for being deeper than the one taken back.
  const above = structureFrom(lines, inText, index - 1, -1);
  const aboveDedented = above >= 0 && indentOf(lines[index]!) > indentOf(lines[above]!) ? fieldAtDashColumn(lines, inText, above) : undefined;
  if (aboveDedented) return { line: above, message: aboveDedented };
  const message = atLine(lines, index, inText);
  return message === undefined ? undefined : { line: index, message };
}

function atLine(lines: readonly string[], index: number, inText: readonly boolean[]): string | undefined {
  const raw = lines[index]!;
  const { nearest, columns } = columnsAbove(lines, index, inText);
  if (!nearest) return undefined;
  const indent = indentOf(raw);
  const written = quoted(raw.trim());

  // The line above is no `field:` and no list item (`turns:8`): that line is the mistake.
  const above = KEY.exec(nearest.text);
  if (!above && !ITEM.test(nearest.text)) return undefined;
  // Deeper than a `field: value` line: read as the rest of that value.
  const valueAbove = above ? nearest.text.slice(above[0].length).trim() : '';
  const keyColumn = nearest.indent + (above?.[1]?.length ?? 0);
  if (indent > keyColumn && above && valueAbove !== '' && !valueAbove.startsWith('#') && !BLOCK_HEADER.test(nearest.text)) {
    const label = quoted(`${above[2]}:`);
    return (
      `this line (${written}) is indented ${spaces(indent)}, more than ${label} on line ${nearest.line} (${spaces(keyColumn)}), ` +
      `so it is read as part of the value of ${label}; indent it by ${spaces(keyColumn)}, like ${label}`
    );
  }
  // The first line inside a `field:` or `- ` that opens a block may go as deep as it likes.
  const opensBlock = above !== null && (valueAbove === '' || valueAbove.startsWith('#'));
  if (indent > nearest.indent && opensBlock) return undefined;
  const misplacedItem = itemAmongFields(lines, inText, raw.trim(), indent, columns);
  if (misplacedItem) {
    const [fields, items] = misplacedItem;
    // The item's own fields under it moved with it (the whole block indented deeper), or only its dash line.
    const below = structureFrom(lines, inText, index + 1, 1);
    const withBlock = below < lines.length && indentOf(lines[below]!) === indent + ITEM.exec(raw.trim())![1]!.length;
    return (
      `this list item (${written}) is indented ${spaces(indent)}, as the fields of the item above are (${quoted(fields.label)} on line ${fields.line}), so no new item can start there; ` +
      `the list's items (${quoted(items.label)} on line ${items.line}) are indented ${spaces(items.indent)}: indent this line by ${spaces(items.indent)} to make it the next item` +
      (withBlock ? `, and the lines of the item under it ${spaces(indent - items.indent)} less too` : '')
    );
  }
  // The text of a `field: >-` written no deeper than its field: YAML reads the text as empty and
  // this line as the next field (the parser said "All mapping items must start at the same column").
  const prose = raw.trim();
  if (above && BLOCK_HEADER.test(nearest.text) && indent <= keyColumn && !KEY.test(prose) && !ITEM.test(prose)) {
    const label = quoted(`${above[2]}:`);
    const depth = indent === 0 ? 'is not indented' : `is indented ${spaces(indent)}`;
    const field = keyColumn === 0 ? `${label} on line ${nearest.line}` : `${label} on line ${nearest.line} (${spaces(keyColumn)})`;
    return `this line (${written}) ${depth}, no deeper than ${field}, so it is not read as its text: the lines of a text written after ">" or "|" go deeper than its field; indent them by ${spaces(keyColumn + 2)}`;
  }
  if (columns.some((c) => c.indent === indent)) return undefined;

  // Lines up with nothing above: the closest column is the one it was meant for (of two as close,
  // both are named).
  const distance = (c: Column) => Math.abs(c.indent - indent);
  const closest = Math.min(...columns.map(distance));
  const targets = columns.filter((c) => distance(c) === closest);
  if (targets.length === 0) return undefined;
  const like = (c: Column) => `${quoted(c.label)} on line ${c.line} is indented ${spaces(c.indent)}`;
  const breaks = `the indentation of this line (${written}, ${spaces(indent)}) lines up with no line above it, so the structure breaks here`;
  if (targets.length === 1) {
    const [c] = targets as [Column];
    return `${breaks}; ${like(c)}: indent this line by ${spaces(c.indent)} too if it belongs beside ${quoted(c.label)}`;
  }
  const choices = targets.map((c) => `by ${spaces(c.indent)} if it belongs beside ${quoted(c.label)} (line ${c.line})`).join(', or ');
  return `${breaks}; indent it ${choices}`;
}

/** The lines at the column of line `index`, under the shallower line that heads them (-1 when none does). */
export function blockAt(lines: readonly string[], inText: readonly boolean[], index: number): { head: number; column: number; block: number[] } {
  const column = indentOf(lines[index]!);
  const block: number[] = [];
  let head = -1;
  for (let i = index; i >= 0; i--) {
    if (!isStructure(lines, inText, i)) continue;
    const indent = indentOf(lines[i]!);
    if (indent < column) {
      head = i;
      break;
    }
    if (indent === column) block.push(i);
  }
  block.reverse();
  for (let i = index + 1; i < lines.length; i++) {
    if (!isStructure(lines, inText, i)) continue;
    const indent = indentOf(lines[i]!);
    if (indent < column) break;
    if (indent === column) block.push(i);
  }
  return { head, column, block };
}
