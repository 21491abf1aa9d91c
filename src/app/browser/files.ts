// Files in and out of the page: reading a chosen file as text, and offering a download.
import { decodeText } from '../../scenario/decodeText';
import { FILE_PATH, formatError } from '../../scenario/errors';
import { withoutAccents } from '../../scenario/idSpelling';

export const MAX_TEXT_FILE_BYTES = 2 * 1024 * 1024;

/** `binary`: the kind of a common file that is not text ("a PNG image"), for a record reader's words (src/app/recordFileWords.ts). */
export type ReadText = { ok: true; text: string } | { ok: false; error: string; reason: string; binary?: string };

/**
 * Reads a chosen file as text, decoded as the command line decodes it (UTF-8, or UTF-16 with a
 * byte-order mark); a file too large is refused before it is read. `error` is the line to show
 * (`name:line: (file): reason`, as the loader's errors), `reason` the words alone.
 */
export async function readTextFile(file: File): Promise<ReadText> {
  const fail = (reason: string, line?: number, binary?: string): ReadText => ({ ok: false, reason, error: formatError({ file: file.name, line, path: FILE_PATH, message: reason }), ...(binary === undefined ? {} : { binary }) });
  if (file.size > MAX_TEXT_FILE_BYTES) {
    return fail(`the file is ${Math.ceil(file.size / 1024)} KiB; at most ${MAX_TEXT_FILE_BYTES / 1024 / 1024} MiB is accepted`);
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (e) {
    return fail(`the file could not be read (${(e as Error).message})`);
  }
  const decoded = decodeText(bytes);
  return decoded.ok ? decoded : fail(decoded.message, decoded.line, decoded.binary);
}

/** Starts a download of `text` as a file. */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name safe on every system: `pivot-east-tutorial-amur-7k3q9x.json`. */
export function safeFileName(...parts: string[]): string {
  // Accents off, the letter kept, as an id is written ("Élodie" → "elodie", "Søren Weiß" → "soren-weiss"; they were dropped: "lodie").
  const name = withoutAccents(parts.join('-').normalize('NFKC'))
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
  return name.slice(0, 100);
}

/** Copies text to the clipboard; false when the browser refuses. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
