// A field written without its colon: `cost 3`, `cost = 3` or `cost; 3` (another language's or a
// typo's mark in its place), or `effects` above its indented list. YAML reads
// the line as a text where a field belongs, and the parser says only "Implicit keys need to be on a
// single line". Said only when the line's first word is a field that the fields written beside it
// allow (any field of the schema when they fit no part of it), and the words after it a value that
// field allows, so that a line of text that lost its indentation ("Money and pipelines …", "when
// Abe visits in December.") is left to the indentation message.
import { textFix, type TextFix } from './errors';
import { FIELD_NAME, indentOf, isStructure, lineOffset, linesNear } from './indentation';
import { scenarioSchema } from './schema';
import { objectShapes } from './schemaNav';
import { fitsField } from './writtenOut';
import { readLine } from './yamlLine';
import type { z } from './zod';

/** A field's name, then a value after blanks, or nothing (read on a line without its comment and its colons). */
const WORD_THEN_VALUE = new RegExp(`^(- +)?(${FIELD_NAME})(?:[ \\t]*([=;])[ \\t]*(\\S.*)|[ \\t]+(\\S.*))?$`);
const FIELD = new RegExp(`^(- +)?(${FIELD_NAME}):(\\s|$)`);

let shapesOfObjects: readonly Readonly<Record<string, z.core.$ZodType>>[] | undefined;
/** The fields of each object of the scenario's schema (read once, when first needed). */
export const schemaObjects = () => (shapesOfObjects ??= objectShapes(scenarioSchema));

/**
 * Whether `word` is a field of an object of the schema that has all of `beside` too (or, if none
 * has, of any), and `value` (when written) a value that field allows there.
 */
function fieldBeside(word: string, beside: ReadonlySet<string>, value: string | undefined): boolean {
  const written = [...beside];
  const fitting = schemaObjects().filter((shape) => written.every((f) => Object.hasOwn(shape, f)));
  return (fitting.length > 0 ? fitting : schemaObjects()).some(
    (shape) => Object.hasOwn(shape, word) && (value === undefined || fitsField(shape[word]!, value)),
  );
}

/** Where the structure's lines are: not blank, not a comment (the lines of multi-line texts left out too). */
type Structure = (index: number) => boolean;

/**
 * The fields written at `column` in the mapping of the line at `index` (`dashed`: the line opens
 * a list item, so its mapping starts there), and whether the next line of structure is deeper.
 */
function around(lines: readonly string[], index: number, column: number, dashed: boolean, structure: Structure): { beside: Set<string>; opensBlock: boolean } {
  const beside = new Set<string>();
  const keyAt = (i: number, at: number) => {
    const found = FIELD.exec(lines[i]!.trim());
    if (found && indentOf(lines[i]!) + (found[1]?.length ?? 0) === at) beside.add(found[2]!);
  };
  for (let i = index - 1; !dashed && i >= 0; i--) {
    if (!structure(i)) continue;
    const indent = indentOf(lines[i]!);
    if (indent === column) keyAt(i, column);
    if (indent < column) {
      keyAt(i, column); // the list item's first field: `- id: x`
      break;
    }
    if (lines[i]!.trim().startsWith('- ') && indent === column) break; // an item of a list beside it, not a field
  }
  let opensBlock: boolean | undefined;
  for (let i = index + 1; i < lines.length; i++) {
    if (!structure(i)) continue;
    const indent = indentOf(lines[i]!);
    opensBlock ??= indent > column;
    if (indent < column) break;
    if (indent === column) keyAt(i, column);
  }
  return { beside, opensBlock: opensBlock ?? false };
}

/**
 * The line at or just above `offset` (the parser's error) written `field value` or `field` above
 * an indented block, without the colon, in plain words, with the colon as its mend; undefined when
 * neither line is.
 */
export function lineWithoutColon(text: string, offset: number): { offset: number; message: string; fix: TextFix } | undefined {
  const { lines, inText, near } = linesNear(text, offset, 2);
  const structure: Structure = (i) => isStructure(lines, inText, i);
  for (const index of near) {
    const line = lines[index]!;
    const comment = readLine(line).comment?.at;
    const written = line.slice(0, comment).trim();
    if (written.includes(':')) continue;
    const found = WORD_THEN_VALUE.exec(written);
    if (!found) continue;
    const dash = found[1]?.length ?? 0;
    const word = found[2]!;
    const mark = found[3];
    const value = found[4] ?? found[5];
    const column = indentOf(line) + dash;
    const { beside, opensBlock } = around(lines, index, column, dash > 0, structure);
    // A word alone is a field only above the block that is its value.
    if (value === undefined && !opensBlock) continue;
    if (!fieldBeside(word, beside, value)) continue;
    const start = lineOffset(lines, index) + column;
    // The colon goes right after the word, in place of the mark and the blanks around it.
    const end = mark === undefined ? start + word.length : start + written.indexOf(value!, dash + word.length) - dash;
    const insert = mark === undefined ? `${word}:` : `${word}: `;
    const fixed = `${written.slice(0, dash)}${insert}${written.slice(end - start + dash)}`;
    const what = mark === undefined ? `has no colon after ${JSON.stringify(word)}` : `has "${mark}" where YAML needs a colon after ${JSON.stringify(word)}`;
    return {
      offset: start,
      message: `this line (${JSON.stringify(written)}) ${what}: write ${JSON.stringify(fixed)}`,
      fix: textFix(text, mark === undefined ? 'Add the colon' : 'Write a colon', start, end, insert),
    };
  }
  return undefined;
}
