// Where the cursor is in a block-style YAML scenario, read from the indentation alone (so that it
// works on half-typed text the parser would refuse): the path of the mapping being written, the
// keys it already has, and whether a key, a value or a list item is being typed. Pure, for completion.

export type YamlPath = (string | number)[];

export interface YamlContext {
  /** A key of the mapping at `path`, a value of `key` in it, or a plain item of the list at `path`. */
  kind: 'key' | 'value' | 'item';
  path: YamlPath;
  /** For a value: its key. For an item: the key that holds the list. */
  key?: string;
  /** Where the word being typed starts (the completion replaces from here to the cursor). */
  from: number;
  /** The keys already written in the mapping at `path` (for a key; for an item, none yet). */
  siblings: string[];
}

/** One open mapping or list, outermost first. */
type Frame =
  | { type: 'map'; column: number; keys: string[]; key: string | null; open: boolean }
  | { type: 'seq'; column: number; index: number; open: boolean };

const KEY = /^([A-Za-z_][\w-]*)\s*:(?=\s|$)(.*)$/;

interface Parts {
  column: number;
  dashes: number[];
  content: string;
}

function split(text: string): Parts {
  let column = /^ */.exec(text)![0].length;
  const dashes: number[] = [];
  while (text.startsWith('- ', column) || text.slice(column) === '-') {
    dashes.push(column);
    column += 2;
    while (text[column] === ' ') column++;
  }
  return { column, dashes, content: text.slice(column) };
}

const opensChildren = (value: string) => /^\s*(#.*)?$/.test(value);

/** Feeds one line into the stack of open mappings and lists. */
function feed(stack: Frame[], text: string): void {
  if (/^\s*(#.*)?$/.test(text)) return;
  const { column, dashes, content } = split(text);
  const first = dashes[0] ?? column;
  const top = stack.at(-1);
  // A line deeper than a mapping whose last value was written on its own line (or deeper than a
  // plain list item) continues that value: a long text, not structure.
  if (top && first > top.column && !top.open) return;
  for (const dash of dashes) {
    while (stack.length > 0 && stack.at(-1)!.column > dash) stack.pop();
    const t = stack.at(-1);
    if (t?.type === 'seq' && t.column === dash) {
      t.index++;
      t.open = false;
    } else stack.push({ type: 'seq', column: dash, index: 0, open: false });
  }
  const key = KEY.exec(content);
  if (dashes.length === 0) {
    while (stack.length > 0 && (stack.at(-1)!.column > column || (stack.at(-1)!.type === 'seq' && stack.at(-1)!.column >= column))) stack.pop();
  }
  if (!key) return;
  const t = stack.at(-1);
  if (dashes.length === 0 && t?.type === 'map' && t.column === column) {
    t.keys.push(key[1]!);
    t.key = key[1]!;
    t.open = opensChildren(key[2]!);
  } else {
    if (t?.type === 'seq') t.open = true;
    stack.push({ type: 'map', column, keys: [key[1]!], key: key[1]!, open: opensChildren(key[2]!) });
  }
}

function pathOf(stack: readonly Frame[]): YamlPath {
  return stack.map((f) => (f.type === 'seq' ? f.index : f.key ?? ''));
}

/**
 * The context of the cursor at `offset`, or null where nothing can be offered (inside a comment,
 * a flow collection `{ … }`, a quoted text or a long text).
 */
export function yamlContextAt(doc: string, offset: number): YamlContext | null {
  const lineStart = doc.lastIndexOf('\n', offset - 1) + 1;
  const before = doc.slice(lineStart, offset);
  if (/[#{}[\]"'|>]/.test(before)) return null;
  const stack: Frame[] = [];
  for (const line of doc.slice(0, lineStart).split('\n').slice(0, -1)) feed(stack, line);

  const { column, dashes, content } = split(before);
  const valueMatch = /^([A-Za-z_][\w-]*)\s*:\s+([\w-]*)$/.exec(content);
  const word = /^[\w-]*$/.test(content) ? content : null;
  if (!valueMatch && word === null) return null;
  const top = stack.at(-1);
  if (top && (dashes[0] ?? column) > top.column && !top.open) return null; // inside a long text

  // The cursor's line as if its key were written, to place it among the open mappings.
  const typedKey = valueMatch?.[1] ?? (word || '_');
  feed(stack, `${before.slice(0, column)}${typedKey}: x`);
  const mapping = stack.at(-1) as Extract<Frame, { type: 'map' }>;
  const path = pathOf(stack.slice(0, -1));
  const siblings = mapping.keys.slice(0, -1);
  // Keys written below the cursor in the same mapping.
  for (const text of doc.slice(offset).split('\n').slice(1)) {
    if (/^\s*(#.*)?$/.test(text)) continue;
    const parts = split(text);
    if ((parts.dashes[0] ?? parts.column) < column) break;
    const key = KEY.exec(parts.content)?.[1];
    if (parts.dashes.length === 0 && parts.column === column && key) siblings.push(key);
  }

  if (valueMatch) return { kind: 'value', path, key: valueMatch[1], from: offset - valueMatch[2]!.length, siblings };
  const from = offset - word!.length;
  if (dashes.length > 0 && siblings.length === 0) {
    // `- word`: the first key of a new item of a list of mappings, or an item of a list of ids.
    const list = path.slice(0, -1);
    const holder = list.at(-1);
    return { kind: 'item', path: list, key: typeof holder === 'string' ? holder : undefined, from, siblings };
  }
  return { kind: 'key', path, from, siblings };
}
