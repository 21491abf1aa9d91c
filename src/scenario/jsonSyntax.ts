// Where a JSON text first breaks the grammar, and why, in plain words. `JSON.parse` messages differ
// between browsers and often carry no position, so this small scanner (RFC 8259, iterative: no
// recursion however deep the nesting) is asked only once `JSON.parse` has failed.

export interface JsonSyntaxError {
  offset: number;
  message: string;
  /** Set when the text stops before the JSON does (a file cut short): nothing before its end breaks the grammar. */
  cutOff?: true;
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEX4 = /[0-9a-fA-F]{4}/y;
const LITERALS = ['true', 'false', 'null'];

/** What the scanner expects next. */
type Expect = 'value' | 'key' | 'firstKey' | 'colon' | 'afterValue' | 'firstValue';

export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  const stack: ('{' | '[')[] = [];
  let expect: Expect = 'value';
  let i = 0;
  const fail = (message: string, cutOff = false): JsonSyntaxError => ({ offset: Math.min(i, text.length), message, ...(cutOff ? { cutOff: true as const } : {}) });

  while (true) {
    while (i < text.length && WHITESPACE.has(text[i]!)) i++;
    if (i >= text.length) {
      return stack.length === 0 && expect === 'afterValue' ? undefined : fail('the JSON ends too early (a bracket or value is missing)', true);
    }
    const c = text[i]!;
    const inside = stack[stack.length - 1];

    if (expect === 'afterValue') {
      if (inside === undefined) return fail('unexpected text after the end of the JSON value');
      if (c === ',') {
        expect = inside === '{' ? 'key' : 'value';
        i++;
      } else if ((c === '}' && inside === '{') || (c === ']' && inside === '[')) {
        stack.pop();
        i++;
      } else return fail(inside === '{' ? 'expected "," or "}" after a value' : 'expected "," or "]" after a value');
      continue;
    }
    if (expect === 'colon') {
      if (c !== ':') return fail('expected ":" after a key');
      expect = 'value';
      i++;
      continue;
    }
    if (expect === 'key' || expect === 'firstKey') {
      if (c === '}' && expect === 'firstKey') {
        stack.pop();
        expect = 'afterValue';
        i++;
        continue;
      }
      if (c !== '"') {
        return fail(expect === 'key' && c === '}' ? 'a comma before "}" is not allowed in JSON' : 'expected a key in double quotes (JSON has no comments)');
      }
      const end = scanString(text, i);
      if (typeof end !== 'number') return end;
      i = end;
      expect = 'colon';
      continue;
    }
    // A value (or, right after "[", a value or "]").
    if (c === ']' && expect === 'firstValue') {
      stack.pop();
      expect = 'afterValue';
      i++;
      continue;
    }
    if (c === ']' && inside === '[') return fail('a comma before "]" is not allowed in JSON');
    if (c === '{' || c === '[') {
      stack.push(c);
      expect = c === '{' ? 'firstKey' : 'firstValue';
      i++;
      continue;
    }
    let end: number | JsonSyntaxError | undefined;
    if (c === '"') end = scanString(text, i);
    else if (text.startsWith('true', i)) end = i + 4;
    else if (text.startsWith('false', i)) end = i + 5;
    else if (text.startsWith('null', i)) end = i + 4;
    else {
      NUMBER.lastIndex = i;
      end = NUMBER.test(text) ? NUMBER.lastIndex : undefined;
    }
    // "fal" at the very end: the start of a value, the rest cut off.
    if (end === undefined) return fail('expected a value: text in double quotes, a number, true, false, null, { or [', LITERALS.some((w) => w.startsWith(text.slice(i).trimEnd())));
    if (typeof end !== 'number') return end;
    i = end;
    expect = 'afterValue';
  }
}

/** The offset just after the string that starts at `start`, or what is wrong with it. */
function scanString(text: string, start: number): number | JsonSyntaxError {
  let i = start + 1;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"') return i + 1;
    if (c < ' ') {
      // A text cut off, then a line break added at the end (by an editor, or the sending).
      const cutOff = text.slice(i).trim() === '' ? { cutOff: true as const } : {};
      return { offset: i, message: 'a line break or control character inside text in double quotes (write \\n)', ...cutOff };
    }
    if (c === '\\') {
      const e = text[i + 1] ?? '';
      if (e === '') break; // the text ends on its backslash: cut off
      if (e === 'u') {
        HEX4.lastIndex = i + 2;
        if (!HEX4.test(text)) return { offset: i, message: 'invalid \\u escape in text' };
        i += 6;
        continue;
      }
      if (!ESCAPES.has(e)) return { offset: i, message: `invalid escape "\\${e}" in text` };
      i += 2;
      continue;
    }
    i++;
  }
  return { offset: start, message: 'text in double quotes is never closed', cutOff: true };
}
