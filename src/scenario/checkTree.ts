// What the YAML parser lets through but a scenario never needs, found in one walk of the document
// tree: explicit tags (`!!js/function` …), keys that are lists or mappings, and keys written twice.
// (The parser's own duplicate check compares every key with every other, which takes minutes on
// a hostile file of many keys; a set per mapping takes milliseconds.)
import { isAlias, isCollection, isMap, isNode, isScalar } from 'yaml';
import type { Path, Problem } from './errors';
import { MAX_DEPTH } from './limits';
import { Locator, type Tree } from './locate';
import { quote } from './quote';

/** `text`: the document's text, for the line of a field's first writing when it is written twice. */
export function checkTree(doc: Tree, text: string): Problem[] {
  let locator: Locator | undefined; // its line index is built only for a field written twice
  const lineOf = (offset: number) => (locator ??= new Locator(text)).atOffset(offset).line;
  const problems: Problem[] = [];
  const visit = (node: unknown, path: Path) => {
    if (!isNode(node) || isAlias(node) || path.length > MAX_DEPTH) return;
    if (node.tag !== undefined) {
      const tag = node.tag.replace('tag:yaml.org,2002:', '!!');
      problems.push({ path, offset: node.range?.[0], message: `YAML tags such as "${tag}" are not allowed in a scenario` });
      return;
    }
    if (isMap(node)) {
      const seen = new Map<string, number | undefined>();
      for (const pair of node.items) {
        if (!isScalar(pair.key)) {
          const offset = isNode(pair.key) ? pair.key.range?.[0] : undefined;
          problems.push({ path, offset, message: 'a key must be a simple word, not a list or a mapping' });
          continue;
        }
        const key = String(pair.key.value);
        if (seen.has(key)) {
          const first = seen.get(key);
          const where = first === undefined ? '' : ` (first at line ${lineOf(first)})`;
          problems.push({ path: [...path, key], offset: pair.key.range?.[0], message: `the field ${quote(key)} is written twice in the same part${where}: keep one` });
        } else seen.set(key, pair.key.range?.[0]);
        visit(pair.key, [...path, key]);
        visit(pair.value, [...path, key]);
      }
    } else if (isCollection(node)) node.items.forEach((item, i) => visit(item, [...path, i]));
  };
  visit(doc.contents, []);
  return problems;
}
