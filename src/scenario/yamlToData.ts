// A checked YAML document to plain data, in one walk. The library's `toJS` finds each alias's
// anchor by scanning every anchor before it, which takes minutes on a file of many aliases; here
// the latest anchor of each name is kept as the walk goes. An alias becomes the very object of its
// anchor (nothing is copied), so the size of the expanded data is checked afterwards, by
// checkExpandedSize. Run after checkTree: no tags, and keys are plain scalars.
import { isAlias, isMap, isScalar, isSeq } from 'yaml';
import type { Tree } from './locate';

export class UnknownAnchor extends Error {}

export function yamlToData(doc: Tree): unknown {
  const anchors = new Map<string, unknown>();
  const convert = (node: unknown): unknown => {
    let value: unknown;
    if (isAlias(node)) {
      if (!anchors.has(node.source)) throw new UnknownAnchor(node.source);
      return anchors.get(node.source);
    }
    if (isScalar(node)) value = node.value;
    else if (isSeq(node)) value = node.items.map(convert);
    else if (isMap(node)) {
      const map: Record<string, unknown> = {};
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value ?? '') : String(pair.key);
        // Defined, not assigned: `__proto__` stays an ordinary key, which the guard then refuses.
        Object.defineProperty(map, key, { value: convert(pair.value), enumerable: true, writable: true, configurable: true });
      }
      value = map;
    } else value = null; // an empty value: `key:` with nothing after it
    const anchor = (node as { anchor?: string } | null)?.anchor;
    if (anchor) anchors.set(anchor, value);
    return value;
  };
  return convert(doc.contents);
}
