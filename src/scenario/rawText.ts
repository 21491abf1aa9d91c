// Checks on the raw text before any parsing: too big, empty, or not text at all. These are the
// cheap guards that keep a wrong file (an image, a zip, a 50 MB export) away from the parsers.
import type { Problem } from './errors';
import { MAX_DEPTH, MAX_FILE_BYTES, TOO_BIG, TOO_DEEP } from './limits';

const BYTE_ORDER_MARK = '\uFEFF';
const REPLACEMENT_CHARACTER = '\uFFFD';

/** Bytes the text takes in UTF-8, counted without allocating an encoded copy. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      bytes += 4; // a surrogate pair is one code point of four bytes
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Editors on Windows may start a UTF-8 file with a byte-order mark; it is not content. */
export function stripByteOrderMark(text: string): string {
  return text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text;
}

/**
 * Where brackets first open more than MAX_DEPTH deep, counting every bracket in the text, even in
 * quotes. Real scenarios nest a few levels; a bracket bomb (`[[[[…`) is refused here in
 * milliseconds, before the parsers spend seconds on it or overflow the stack.
 */
export function bracketBomb(text: string): number | undefined {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5b || c === 0x7b) {
      if (++depth > MAX_DEPTH) return i;
    } else if ((c === 0x5d || c === 0x7d) && depth > 0) depth--;
  }
  return undefined;
}

/** The problem that makes this text unusable as a scenario, if any. */
export function checkRawText(text: string): Problem | undefined {
  // Every UTF-16 unit is at least one byte, so a long string is too big without counting.
  if (text.length > MAX_FILE_BYTES || utf8Length(text) > MAX_FILE_BYTES) {
    return { path: [], message: TOO_BIG };
  }
  if (text.trim() === '') return { path: [], message: 'the file is empty' };
  const nul = text.indexOf('\0');
  if (nul >= 0) {
    return { path: [], offset: nul, message: 'the file contains a NUL byte: it looks like a binary file, not a text scenario' };
  }
  const invalid = text.indexOf(REPLACEMENT_CHARACTER);
  if (invalid >= 0) {
    return { path: [], offset: invalid, message: 'the file is not valid UTF-8 text; save it as UTF-8 (plain text)' };
  }
  const deep = bracketBomb(text);
  if (deep !== undefined) return { path: [], offset: deep, message: TOO_DEEP };
  return undefined;
}
