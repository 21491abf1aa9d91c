// Reading and writing the CLI's own files (records, the JSON Schema), with plain-word errors.
import { readFile, stat, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { MAX_RECORD_BYTES } from '../app/record';
import { binaryNotRecord } from '../app/recordFileWords';
import { decodeText } from '../scenario/decodeText';
import { CliFailure } from './args';

const FS_ERRORS: Record<string, string> = {
  ENOENT: 'no such file or folder',
  EISDIR: 'this is a folder, not a file',
  ENOTDIR: 'a part of the path is not a folder',
  EACCES: 'no permission',
  EPERM: 'no permission',
  EROFS: 'the disk is read-only',
  ENOSPC: 'the disk is full',
};

export function fsReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  return (code && FS_ERRORS[code]) ?? code ?? (e instanceof Error ? e.message : String(e));
}

/** Writes a text file, or stops the command with exit code `exitCode` and a one-line reason. */
export async function writeText(file: string, text: string, cwd: string, exitCode: number): Promise<void> {
  try {
    await writeFile(resolve(cwd, file), text);
  } catch (e) {
    throw new CliFailure(`${file}: cannot write the file: ${fsReason(e)}`, exitCode);
  }
}

/** Reads a record file's text, refusing folders, devices and files far too large to be records. */
export async function readRecordText(file: string, cwd: string): Promise<{ ok: true; text: string } | { ok: false; error: string }> {
  const path = resolve(cwd, file);
  try {
    const info = await stat(path);
    if (info.isDirectory()) return { ok: false, error: 'cannot read the file: this is a folder, not a file' };
    if (!info.isFile()) return { ok: false, error: 'cannot read the file: this is not an ordinary file' };
    if (info.size > MAX_RECORD_BYTES) return { ok: false, error: `the file is larger than ${MAX_RECORD_BYTES / 1024 / 1024} MiB; a game record is much smaller` };
    const decoded = decodeText(await readFile(path));
    if (decoded.ok) return decoded;
    if (decoded.binary !== undefined) return { ok: false, error: binaryNotRecord(decoded.binary) };
    return { ok: false, error: decoded.line === undefined ? decoded.message : `line ${decoded.line}: ${decoded.message}` };
  } catch (e) {
    return { ok: false, error: `cannot read the file: ${fsReason(e)}` };
  }
}
