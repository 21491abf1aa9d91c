// From a path inside the scenario (or an offset in the text) to a line and column of the file.
// The `yaml` library parses JSON too, so the same document tree serves both formats.
import { isAlias, isMap, isScalar, isSeq, LineCounter, visit, type Alias, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import type { Path } from './errors';
import { MAX_DEPTH } from './limits';

export interface Position {
  line: number;
  column: number;
}

export type Tree = Document.Parsed | Document;

/** Line numbers of a text, counted once. */
function lineCounterFor(text: string): LineCounter {
  const lines = new LineCounter();
  lines.addNewLine(0);
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines.addNewLine(i + 1);
  return lines;
}

function keyText(pair: Pair<unknown, unknown>): string | undefined {
  return isScalar(pair.key) ? String(pair.key.value) : undefined;
}

export class Locator {
  private readonly lines: LineCounter;
  /** Each mapping's pairs by key, built on first use: a file may have thousands of keys and errors. */
  private readonly keys = new WeakMap<YAMLMap, Map<string, Pair<unknown, unknown>>>();

  constructor(
    text: string,
    private readonly doc?: Tree,
  ) {
    this.lines = lineCounterFor(text);
  }

  atOffset(offset: number): Position {
    const { line, col } = this.lines.linePos(offset);
    return { line, column: col };
  }

  /**
   * The line of a path: a mapping entry is found at its key (the line a teacher reads as
   * `title: …`), a list item at its start. A path that goes further than the file (a missing field)
   * is found at the deepest part that exists, i.e. the mapping that lacks the field.
   */
  atPath(path: Path): Position | undefined {
    if (!this.doc) return undefined;
    let node: unknown = this.doc.contents;
    let found: number | undefined = (node as Node | null)?.range?.[0];
    for (const segment of path.slice(0, MAX_DEPTH + 1)) {
      if (isAlias(node)) node = this.anchorOf(node);
      if (isMap(node)) {
        const pair = this.pairsOf(node).get(String(segment));
        if (!pair) break;
        found = (pair.key as Node).range?.[0] ?? found;
        node = pair.value;
      } else if (isSeq(node) && typeof segment === 'number') {
        const item = node.items[segment] as Node | undefined;
        if (!item) break;
        found = item.range?.[0] ?? found;
        node = item;
      } else break;
    }
    return found === undefined ? undefined : this.atOffset(found);
  }

  /**
   * The node an alias stands for: the last anchor of its name before it. Found from one walk of
   * the document; the library's `resolve` walks the whole document again for every alias.
   */
  private anchorOf(alias: Alias): Node | undefined {
    if (!this.anchors) {
      const anchors = new Map<Alias, Node>();
      const latest = new Map<string, Node>();
      visit(this.doc!, {
        Node: (_, node) => {
          if (isAlias(node)) {
            const source = latest.get(node.source);
            if (source) anchors.set(node, source);
          } else if (node.anchor) latest.set(node.anchor, node);
        },
      });
      this.anchors = anchors;
    }
    return this.anchors.get(alias);
  }

  private anchors?: Map<Alias, Node>;

  private pairsOf(map: YAMLMap): Map<string, Pair<unknown, unknown>> {
    let pairs = this.keys.get(map);
    if (!pairs) {
      pairs = new Map();
      for (const pair of map.items) {
        const key = keyText(pair);
        if (key !== undefined && !pairs.has(key)) pairs.set(key, pair);
      }
      this.keys.set(map, pairs);
    }
    return pairs;
  }
}
