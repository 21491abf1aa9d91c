// Node only (the CLI, tests, batch runs): read a scenario file from disk and load it. The browser
// reads files its own way and calls `loadScenario` directly.
import { readFile, stat } from 'node:fs/promises';
import { decodeText } from './decodeText';
import { FILE_PATH } from './errors';
import { MAX_FILE_BYTES, TOO_BIG } from './limits';
import { loadScenario, type LoadOptions, type LoadResult } from './load';

/** The file could not be read at all. */
const failure = (file: string, message: string): LoadResult => ({ ok: false, errors: [{ file, path: FILE_PATH, message }], unread: true });

const FOLDER = 'this is a folder, not a file';
const READ_ERRORS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: FOLDER,
  EACCES: 'no permission to read this file',
};

export async function readScenarioFile(path: string, options: LoadOptions = {}): Promise<LoadResult> {
  let bytes: Buffer;
  try {
    // Look before reading: a huge file would fill the memory, a device (/dev/zero) never ends.
    const info = await stat(path);
    if (info.isDirectory()) return failure(path, `cannot read the file: ${FOLDER}`);
    if (!info.isFile()) return failure(path, 'cannot read the file: this is not an ordinary file');
    if (info.size > MAX_FILE_BYTES) return failure(path, TOO_BIG);
    bytes = await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? '';
    return failure(path, `cannot read the file: ${READ_ERRORS[code] ?? (code || 'unknown error')}`);
  }
  // The same decoding as the browser's: UTF-8, or UTF-16 with a byte-order mark.
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { ok: false, errors: [{ file: path, line: decoded.line, path: FILE_PATH, message: decoded.message }] };
  return loadScenario(decoded.text, path, options);
}
