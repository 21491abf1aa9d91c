// A list written as a mapping: `flags:` with `quad-revived: The Quad meets again` under it, the
// way a glossary is written. Among the list's items (`- { id: …, name: … }`) the parser says only
// "A block sequence may not be used as an implicit map key", at the item below, and the checker's
// advice on a colon in a text misleads; alone, the schema says "expected a list, got a mapping".
// Both say the same here: the list's name, and the line written as one of its items.
import { z } from './zod';
import { textFix, type TextFix } from './errors';
import { blockAt, FIELD_NAME, lineOffset, linesNear } from './indentation';
import { schemaObjects } from './missingColon';
import { yamlQuoted } from './quote';
import { listElement, objectShape } from './schemaNav';
import { readLine } from './yamlLine';

type Schema = z.core.$ZodType;

/** A text as it stands in braces: bare when nothing in it ends or quotes it there, else in quotes. */
const inBraces = (text: string) => (/^[\s\-?!&*|>%@`]|[,:#{}[\]"']|\s$/.test(text) ? yamlQuoted(text) : text);

/**
 * Whether `key` written in a list of `element`s names an item (an id), not one of an item's own
 * fields (`track:` under `effects:`, an item's field written without its dash).
 */
export function namesAnItem(element: Schema | undefined, key: string): boolean {
  const shape = element && objectShape(element);
  return shape !== undefined && !Object.hasOwn(shape, key);
}

/**
 * `key: value` written as an item of a list of `element`s: `{ id: key, name: value }` when the
 * items are an id and one text, and so written they fit; else undefined. `written`: the value as
 * the file writes it, when it is in quotes there.
 */
export function itemOf(element: Schema | undefined, key: string, value: unknown, written?: string): string | undefined {
  const shape = element && objectShape(element);
  const fields = Object.keys(shape ?? {}).filter((k) => shape![k]!._zod.optin === undefined);
  if (fields.length !== 2 || fields[0] !== 'id' || typeof value !== 'string') return undefined;
  const item = { id: key, [fields[1]!]: value };
  return z.safeParse(element!, item).success ? `{ id: ${key}, ${fields[1]}: ${written ?? inBraces(value)} }` : undefined;
}

/**
 * What to write instead of `lines` (`this line`, `each of its "field: value" lines`): each as an
 * item, the first (`item`) written out when it can be.
 */
export function asItems(list: string, lines: string, item: string | undefined, several = false): string {
  return `${JSON.stringify(list)} is a list, each item on a line starting with "- ": write ${lines} as an item${item === undefined ? '' : `${several ? ', e.g.' : ':'} - ${item}`}`;
}

/** The schemas of the items of the lists called `name` (each once); null when no list has that name. */
export function elementsOf(name: string): Schema[] | null {
  const elements = new Set(schemaObjects().flatMap((shape) => (Object.hasOwn(shape, name) ? [listElement(shape[name]!)] : [])));
  if (elements.size === 0 || elements.has(undefined)) return null; // no list of that name
  return [...elements] as Schema[];
}

/** The schema of the items of the list called `name`, when every list of that name holds the same; null when no list has that name. */
export function elementOf(name: string): Schema | undefined | null {
  const elements = elementsOf(name);
  return elements === null ? null : elements.length === 1 ? elements[0] : undefined;
}

const DASHED = /^-(\s|$)/;
const FIELD_VALUE = new RegExp(`^(${FIELD_NAME}):[ \\t]+(\\S.*)$`);
const HEAD = new RegExp(`^(?:- +)?(${FIELD_NAME}):\\s*$`);

/** The field a line heads (`sources:`, `- effects:` with nothing after the colon but a comment), if it heads one. */
export const headOf = (line: string): string | undefined => HEAD.exec(line.slice(0, readLine(line).comment?.at).trim())?.[1];

/**
 * The line of "field: value" among the items of a list, at or near `offset` (the parser's error):
 * the list's name and that line as an item, with the item as its mend when it can be written out.
 */
export function fieldInList(text: string, offset: number): { offset: number; message: string; fix?: TextFix } | undefined {
  const { lines, inText, near } = linesNear(text, offset, 2);
  for (const index of near) {
    // The block the line is in: the lines at its column, up to the shallower line that heads it.
    const { head, column, block } = blockAt(lines, inText, index);
    const name = head < 0 ? undefined : headOf(lines[head]!);
    if (name === undefined || !block.some((i) => DASHED.test(lines[i]!.trim()))) continue;
    const element = elementOf(name);
    if (element === null) continue;
    for (const i of block) {
      const written = lines[i]!.slice(0, readLine(lines[i]!).comment?.at).trim();
      const field = FIELD_VALUE.exec(written);
      if (!field) continue;
      const [, key, raw] = field as unknown as [string, string, string];
      if (element !== undefined && !namesAnItem(element, key)) continue;
      // A value in quotes stays as it is written; it is checked for the text inside them.
      const quoted = /^["'].*["']$/.test(raw);
      const item = quoted ? itemOf(element, key, raw.slice(1, -1), raw) : itemOf(element, key, raw);
      const start = lineOffset(lines, i) + column;
      return {
        offset: start,
        message: asItems(name, 'this line', item),
        ...(item !== undefined && { fix: textFix(text, 'Write it as an item', start, start + written.length, `- ${item}`) }),
      };
    }
  }
  return undefined;
}
