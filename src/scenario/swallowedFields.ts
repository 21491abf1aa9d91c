// A field swallowed by the multi-line text above it. In
//     text: >-
//       Meet Xi Jinping …
//       cost: 1
// the line `cost: 1`, indented like the text, is read as text: the option silently loses its cost
// (or the schema says it is missing, without saying why). A line of a `>-`, `>` or `|` text that
// reads `field: …`, where field is a field of the mapping that holds the text, is almost surely
// such a mistake, so it is an error even when the file otherwise fits the schema.
import { isAlias, isMap, isNode, isScalar, isSeq, Scalar } from 'yaml';
import type { z } from 'zod';
import type { Path, Problem } from './errors';
import { MAX_DEPTH } from './limits';
import { saysMissing } from './missing';
import type { Tree } from './locate';
import { quote } from './quote';
import { objectShape, schemaAt } from './schemaNav';

export interface Swallowed extends Problem {
  /** The mapping that holds the text, and the field that was swallowed into it. */
  mapping: Path;
  field: string;
  /** The 1-based line of the swallowed field, and what is written there. */
  line: number;
  written: string;
}

const FIELD_LINE = /^( *)([A-Za-z][\w-]*):(?: |$)/;
const BLOCK = new Set([Scalar.BLOCK_FOLDED, Scalar.BLOCK_LITERAL]);

export function swallowedFields(doc: Tree, text: string, root: unknown, schema: z.core.$ZodType): Swallowed[] {
  const found: Swallowed[] = [];
  // Line numbers counted once, for every finding (a hostile file may have thousands).
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const lineAt = (offset: number) => {
    let [lo, hi] = [0, lineStarts.length - 1];
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  const columnOf = (offset: number) => offset - (text.lastIndexOf('\n', offset - 1) + 1);

  const visit = (node: unknown, path: Path) => {
    if (!isNode(node) || isAlias(node) || path.length > MAX_DEPTH) return;
    if (isSeq(node)) return node.items.forEach((item, i) => visit(item, [...path, i]));
    if (!isMap(node)) return;
    let fields: Set<string> | undefined;
    for (const pair of node.items) {
      if (!isScalar(pair.key)) continue;
      const key = String(pair.key.value);
      const value = pair.value;
      if (isScalar(value) && BLOCK.has(value.type as Scalar.Type) && value.range && pair.key.range) {
        fields ??= fieldsOf(schema, root, path);
        inspect(value.range[0], value.range[1], key, pair.key.range[0], fields, path);
      } else visit(value, [...path, key]);
    }
  };

  /** The lines of one block text (after its `>-` header) that read as a field of its mapping. */
  const inspect = (start: number, end: number, key: string, keyOffset: number, fields: Set<string>, mapping: Path) => {
    let at = text.indexOf('\n', start) + 1;
    while (at > 0 && at < end) {
      const next = text.indexOf('\n', at);
      const line = text.slice(at, next < 0 ? end : Math.min(next, end));
      const match = FIELD_LINE.exec(line);
      const field = match?.[2];
      if (match && field !== undefined && field !== key && fields.has(field)) {
        const keyColumn = columnOf(keyOffset);
        const written = line.trim();
        found.push({
          path: [...mapping, key],
          offset: at + match[1]!.length,
          mapping,
          field,
          line: lineAt(at),
          written,
          message:
            `the line ${quote(written)} is inside the multi-line text of ${quote(key)} above it (it is indented like that text), so it is read as text, ` +
            `not as the field ${quote(field)}; if it is the field, indent it by ${keyColumn} spaces, like ${quote(key + ':')}`,
        });
      }
      if (next < 0) break;
      at = next + 1;
    }
  };

  visit(doc.contents, []);
  return found;
}

/** The field names the schema allows in the mapping at a path (none when it is not an object). */
function fieldsOf(schema: z.core.$ZodType, root: unknown, path: Path): Set<string> {
  const at = schemaAt(schema, root, path);
  return new Set(Object.keys((at && objectShape(at)) ?? {}));
}

/**
 * The schema's "required field is missing" for a swallowed field, connected to where it went.
 * Other problems are returned unchanged.
 */
export function explainMissing(problems: readonly Problem[], swallowed: readonly Swallowed[]): Problem[] {
  const byPath = new Map(swallowed.map((s) => [JSON.stringify([...s.mapping, s.field]), s]));
  return problems.map((p) => {
    const s = byPath.get(JSON.stringify(p.path));
    if (!s || !saysMissing(p.message)) return p;
    return { ...p, message: `${p.message}: it is written on line ${s.line} (${quote(s.written)}) but indented into the multi-line text above it, so it was read as text; see that line` };
  });
}
