// A file of a sources folder (a text or its README.md) as text, for `npm run sources`. A teacher's
// texts are not always saved as UTF-8: a Windows editor's Latin-1 "é" would be read as a
// replacement character and fingerprinted so, and the fingerprints would change once the file is
// saved properly. So the text is decoded as scenarios are (UTF-8, or UTF-16 with its mark) and a
// file in another encoding is refused at its line. A file copied from a Mac may name "é" as e and
// an accent while the README's table, typed elsewhere, names it as one letter: either form is found.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { decodeText } from '../src/scenario/decodeText';

/** `missing`: there is no such file (the README's table may misname it), as opposed to one that cannot be decoded. */
export type SourceText = { ok: true; text: string } | { ok: false; missing: boolean; message: string };

/** The path of `name` in `dir` as it is on disk, in whichever Unicode form; undefined if there is none. */
function onDisk(dir: string, name: string): string | undefined {
  if (existsSync(join(dir, name))) return join(dir, name);
  const wanted = name.normalize('NFC');
  const found = existsSync(dir) ? readdirSync(dir).find((entry) => entry.normalize('NFC') === wanted) : undefined;
  return found === undefined ? undefined : join(dir, found);
}

/** The file's text, or why it cannot be read: `path` names it in the message, as the user gave the folder. */
export function readSourceText(path: string): SourceText {
  const found = onDisk(dirname(path), basename(path));
  if (found === undefined) return { ok: false, missing: true, message: `${path} does not exist` };
  const decoded = decodeText(readFileSync(found));
  if (decoded.ok) return decoded;
  return { ok: false, missing: false, message: `${path}${decoded.line === undefined ? '' : `:${decoded.line}`}: ${decoded.message}` };
}
