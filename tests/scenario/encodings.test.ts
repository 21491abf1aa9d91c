// The browser and the command line read the same bytes the same way: UTF-8 with or without a
// byte-order mark and UTF-16 with one are accepted by both; anything else is refused by both, with
// the same words.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readTextFile } from '../../src/app/browser/files';
import { decodeText, notText, NOT_UTF16, NOT_UTF8, UTF32, WIDE_WITHOUT_MARK } from '../../src/scenario/decodeText';
import { formatError } from '../../src/scenario/errors';
import { loadScenario } from '../../src/scenario/load';
import { readScenarioFile } from '../../src/scenario/readScenarioFile';
import { loaded, minimal } from './helpers';

const dir = mkdtempSync(join(tmpdir(), 'pivot-east-encodings-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const utf16be = (text: string) => {
  const le = Buffer.from(text, 'utf16le');
  for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return le;
};
const bytes = (...parts: (number[] | Buffer)[]): Uint8Array<ArrayBuffer> => new Uint8Array(Buffer.concat(parts.map((p) => (Array.isArray(p) ? Buffer.from(p) : p))));

const ACCEPTED: [string, Uint8Array][] = [
  ['UTF-8', bytes(Buffer.from(minimal))],
  ['UTF-8 with a byte-order mark', bytes([0xef, 0xbb, 0xbf], Buffer.from(minimal))],
  ['UTF-16 little-endian with a byte-order mark', bytes([0xff, 0xfe], Buffer.from(minimal, 'utf16le'))],
  ['UTF-16 big-endian with a byte-order mark', bytes([0xfe, 0xff], utf16be(minimal))],
];

const REFUSED: [string, Uint8Array, string, number?][] = [
  ['invalid UTF-8 (a Latin-1 é on line 2)', bytes(Buffer.from('format: x\ntitle: caf'), [0xe9], Buffer.from('\n')), NOT_UTF8, 2],
  ['UTF-16 little-endian without a byte-order mark', bytes(Buffer.from(minimal, 'utf16le')), WIDE_WITHOUT_MARK],
  ['UTF-16 big-endian without a byte-order mark', bytes(utf16be(minimal)), WIDE_WITHOUT_MARK],
  ['UTF-32 little-endian with a byte-order mark', bytes([0xff, 0xfe, 0, 0], Buffer.from('f\0\0\0')), UTF32],
  ['UTF-32 big-endian with a byte-order mark', bytes([0, 0, 0xfe, 0xff], Buffer.from('\0\0\0f')), UTF32],
  ['UTF-16 with a byte-order mark and a lone surrogate', bytes([0xff, 0xfe], Buffer.from('a: x\n', 'utf16le'), [0x00, 0xd8]), NOT_UTF16],
  ['UTF-16 with a byte-order mark and an odd number of bytes', bytes([0xff, 0xfe], Buffer.from('a: x\n', 'utf16le'), [0x61]), NOT_UTF16],
];

/** What the command line says of these bytes as a scenario file. */
async function viaCli(name: string, content: Uint8Array): Promise<string[] | string> {
  const path = join(dir, name);
  writeFileSync(path, content);
  const result = await readScenarioFile(path);
  return result.ok ? result.hash : result.errors.map((e) => formatError({ ...e, file: name }));
}

/** What the page says of the same bytes chosen as a scenario file. */
async function viaBrowser(name: string, content: Uint8Array): Promise<string[] | string> {
  const read = await readTextFile(new File([new Uint8Array(content)], name));
  if (!read.ok) return [read.error];
  const result = loadScenario(read.text, name);
  return result.ok ? result.hash : result.errors.map(formatError);
}

describe('decoding a file', () => {
  it.each(ACCEPTED)('accepts %s, in the browser and on the command line alike', async (_, content) => {
    expect(decodeText(content)).toEqual({ ok: true, text: minimal });
    const hash = loaded(minimal).hash;
    expect(await viaCli('s.yaml', content)).toBe(hash);
    expect(await viaBrowser('s.yaml', content)).toBe(hash);
  });

  it.each(REFUSED)('refuses %s, in the browser and on the command line alike', async (_, content, message, line) => {
    expect(decodeText(content)).toEqual({ ok: false, message, ...(line !== undefined ? { line } : {}) });
    const expected = [`s.yaml${line !== undefined ? `:${line}` : ''}: (file): ${message}`];
    expect(await viaCli('s.yaml', content)).toEqual(expected);
    expect(await viaBrowser('s.yaml', content)).toEqual(expected);
  });

  // A picture or a document chosen for the scenario (or sent for a record) is said as what it is,
  // not to be saved as UTF-8; a record's readers say it in a record's words (tests/app/recordFileWords.test.ts).
  it.each([
    ['a PNG image', 'shot.png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
    ['a PDF document', 's.pdf', [...Buffer.from('%PDF-1.4\n'), 0xe2, 0xe3, 0xcf, 0xd3]],
    ['a ZIP archive (or a Word, Excel or OpenDocument file)', 's.docx', [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]],
  ])('says a file that is %s is not text, in the browser and on the command line alike', async (kind, name, content) => {
    const bytes = new Uint8Array(content);
    expect(decodeText(bytes)).toEqual({ ok: false, message: notText(kind), binary: kind });
    const expected = [`${name}: (file): the file is ${kind}, not text`];
    expect(await viaCli(name, bytes)).toEqual(expected);
    expect(await viaBrowser(name, bytes)).toEqual(expected);
  });
});
