// Fields and list items at one column under one field: YAML takes a column for the one or the
// other, and the parser says only "All mapping items must start at the same column". Under a field
// that names a list (`flags:`), a field there (`places:` indented as far as the flags) belongs
// beside a shallower field; under one that names no list (`calendar:`), a line starting with "- "
// (`- start: 2013-05`) is a field with a dash too many. (A list item written without its dash is
// missingDash.ts's.)
import { textFix, type TextFix } from './errors';
import { elementOf, elementsOf, headOf } from './fieldInList';
import { keyedUnion, objectShape } from './schemaNav';
import type { z } from './zod';
import { blockAt, FIELD_NAME, indentOf, isStructure, lineOffset, linesNear } from './indentation';
import { quote } from './quote';
import { readLine } from './yamlLine';

const FIELD = new RegExp(`^(${FIELD_NAME}):(?:\\s|$)`);
const DASHED_FIELD = new RegExp(`^(-[ \\t]+)(${FIELD_NAME}):(?:\\s|$)`);
const DASHED = /^-(\s|$)/;

/** Whether `key` is a field the items of a list of `elements` (those of every list of its name) may have: of any of its kinds, for a union (`effects`). */
function fieldOfItems(elements: readonly z.core.$ZodType[], key: string): boolean {
  return elements.some((element) => {
    const union = keyedUnion(element);
    const shapes = union ? union.branches.map((b) => objectShape(b) ?? {}) : [objectShape(element) ?? {}];
    return shapes.some((shape) => Object.hasOwn(shape, key));
  });
}

/** The first item of the list under `head` written at another column than `column`, deeper than the head. */
function otherItems(lines: readonly string[], inText: readonly boolean[], head: number, column: number): { line: number; column: number } | undefined {
  const top = indentOf(lines[head]!);
  for (let i = head + 1; i < lines.length; i++) {
    if (!isStructure(lines, inText, i)) continue;
    const indent = indentOf(lines[i]!);
    if (indent <= top) return undefined;
    if (indent < column && DASHED.test(lines[i]!.trim())) return { line: i, column: indent };
  }
  return undefined;
}

/** The mixed column at or just above `offset` (the parser's error), said in plain words; with the dash's removal as the mend of a field written with one. */
export function mixedBlock(text: string, offset: number): { offset: number; message: string; fix?: TextFix } | undefined {
  const { lines, inText, near } = linesNear(text, offset, 2);
  for (const index of near) {
    const { head, column, block } = blockAt(lines, inText, index);
    const name = head < 0 ? undefined : headOf(lines[head]!);
    if (name === undefined) continue;
    const items = block.filter((i) => DASHED.test(lines[i]!.trim()));
    const fields = block.filter((i) => FIELD.test(lines[i]!.trim()));
    if (items.length === 0 || fields.length === 0) continue;
    const written = (i: number) => lines[i]!.slice(0, readLine(lines[i]!).comment?.at).trim();
    const at = (i: number) => `${quote(written(i))} on line ${i + 1}`;
    if (elementOf(name) !== null) {
      // An item moved deeper than the list's other items, its fields left at the column of theirs.
      const moved = items.find((i) => i <= index) ?? items[0]!;
      const other = otherItems(lines, inText, head, column);
      const dash = /^-[ \t]+/.exec(lines[moved]!.trim())?.[0].length ?? 2;
      if (other !== undefined && fields.every((i) => i > moved) && other.column + dash === column) {
        const start = lineOffset(lines, moved);
        return {
          offset: start + column,
          message: `this list item (${quote(written(moved))}) is indented ${column} spaces, and the list's other items (${at(other.line)}) ${other.column}: indent it by ${other.column} spaces, so that the fields under it are its own`,
          fix: textFix(text, `Indent with ${other.column} spaces`, start, start + column, ' '.repeat(other.column)),
        };
      }
      // A field among the items: the one nearest the parser's error.
      const field = fields.find((i) => i === index) ?? fields.find((i) => i > index) ?? fields.at(-1)!;
      const item = items.filter((i) => i < field).at(-1) ?? items[0]!;
      const headColumn = indentOf(lines[head]!) + (/^-[ \t]+/.exec(lines[head]!.trim())?.[0].length ?? 0);
      // Right under an item's first line (`- turn: 1`), at its dash's column: the item's own field.
      const first = DASHED_FIELD.exec(lines[item]!.trim());
      if (first && !lines.slice(item + 1, field).some((_, k) => isStructure(lines, inText, item + 1 + k))) {
        const fieldColumn = column + first[1]!.length;
        const like = `a list item's fields go as deep as the first one after its dash`;
        const usual = column === headColumn + 2 || column === headColumn || items.some((i) => i !== item);
        return {
          offset: lineOffset(lines, field) + column,
          message: usual
            ? `this field (${quote(written(field))}) is indented ${column} spaces, as the dash of the list item above it is (${at(item)}); ${like}: indent it by ${fieldColumn} spaces, like ${quote(`${first[2]}:`)}`
            : `the list item ${at(item)} and the field under it (${quote(written(field))}) are both indented ${column} spaces; ${like}: indent the item's line by ${headColumn + 2} spaces, or its fields by ${fieldColumn}`,
        };
      }
      // A field of the list's items, taken back out of the item above: the indentation message's.
      if (fieldOfItems(elementsOf(name) ?? [], FIELD.exec(lines[field]!.trim())![1]!)) continue;
      return {
        offset: lineOffset(lines, field) + column,
        message: `this field (${quote(written(field))}, ${column} spaces) stands at the column of the items of the list ${quote(name)} (${at(item)}), where only items can go; indent it by ${headColumn} spaces if it belongs beside ${quote(`${name}:`)} (line ${head + 1})`,
      };
    }
    // No list has this name: its lines are fields, and a dash before one is too many.
    const dashed = items.find((i) => i === index) ?? items.find((i) => i > index) ?? items[0]!;
    const below = lines.findIndex((l, i) => i > dashed && isStructure(lines, inText, i));
    // With fields of its own under it, the dash is no single character too many.
    const found = below >= 0 && indentOf(lines[below]!) > column ? null : DASHED_FIELD.exec(lines[dashed]!.trim());
    const start = lineOffset(lines, dashed) + column;
    const message = `this line (${quote(written(dashed))}) starts with "- " as a list item does, but ${quote(name)} is no list: its lines are fields, such as ${at(fields[0]!)}; remove the "- "`;
    return found ? { offset: start, message, fix: textFix(text, 'Remove the "- "', start, start + found[1]!.length, '') } : { offset: start, message };
  }
  return undefined;
}
