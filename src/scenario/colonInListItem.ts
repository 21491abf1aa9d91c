// A ": " inside an unquoted text in a list. `- Abe's plan: more trade` is read as a mapping of the
// key "Abe's plan" to "more trade", not as one text, and the schema can only say "expected text,
// got a mapping". A list item that is a one-entry mapping written on one line, whose key has a
// space (field names never have one), is almost surely such a text: say so and how to quote it.
// So is one whose key opens with a typographic quote (`- “Abe: a plan?”`): the teacher did quote
// it, with quotes YAML does not read as such.
import { isAlias, isMap, isNode, isScalar, isSeq, type Node } from 'yaml';
import type { Path, Problem } from './errors';
import { MAX_DEPTH } from './limits';
import type { Tree } from './locate';
import { quote, yamlQuoted } from './quote';
import { holdsMoreTypographicQuotes, insideTypographicQuotes, quoteNamed, TYPOGRAPHIC_QUOTE } from './typographicQuote';


export function colonsInListItems(doc: Tree, text: string): Problem[] {
  const found: Problem[] = [];
  const visit = (node: unknown, path: Path) => {
    if (!isNode(node) || isAlias(node) || path.length > MAX_DEPTH) return;
    if (isMap(node)) {
      for (const pair of node.items) if (isScalar(pair.key)) visit(pair.value, [...path, String(pair.key.value)]);
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        const written = isMap(item) && !item.flow ? oneLineText(item.items, text) : undefined;
        if (written === undefined) return visit(item, [...path, i]);
        const [key, value] = written;
        const whole = `${key}: ${value}`;
        const read = `this list item was read as the field ${quote(key)} with the value ${quote(value)}, because of the ": " in its text`;
        // In typographic quotes: the text inside them, or the whole text when more of their kind stand inside it.
        const inside = TYPOGRAPHIC_QUOTE.test(key) ? (holdsMoreTypographicQuotes(whole) ? whole : insideTypographicQuotes(whole)) : undefined;
        found.push({
          path: [...path, i],
          offset: (item as Node).range?.[0],
          message:
            inside === undefined
              ? `${read}; if it is one text, put it in quotes: - ${yamlQuoted(whole)}`
              : `${read}; it opens with ${quoteNamed(key[0]!)}, and YAML reads only the keyboard's " and ' as quotes: write - ${yamlQuoted(inside)}`,
        });
      });
    }
  };
  visit(doc.contents, []);
  return found;
}

/** Key and value of a one-entry mapping written on one line as `words with spaces: text`. */
function oneLineText(pairs: readonly { key: unknown; value: unknown }[], text: string): [string, string] | undefined {
  if (pairs.length !== 1) return undefined;
  const { key, value } = pairs[0]!;
  if (!isScalar(key) || key.type !== 'PLAIN' || typeof key.value !== 'string') return undefined;
  if (!/\s/.test(key.value.trim()) && !TYPOGRAPHIC_QUOTE.test(key.value)) return undefined;
  if (!isScalar(value) || value.type !== 'PLAIN' || !key.range || !value.range) return undefined;
  if (text.slice(key.range[0], value.range[0]).includes('\n')) return undefined;
  return [key.value, String(value.value)];
}
