// Bytes of a file to text, the same in the browser and on the command line, for scenarios and game
// records alike: UTF-8 with or without a byte-order mark, and UTF-16 (little- or big-endian) with
// one, as Windows editors save "Unicode" text. Anything else is refused with a plain reason: a
// picture, a document or an archive by what it is (a screenshot sent for a record was told to be
// saved "as UTF-8"), other bytes with the advice for text saved in another encoding.

/** `binary`: what kind of file it is when it is a common one that is not text ("a PNG image"), for a reader's own words. */
export type DecodedText = { ok: true; text: string } | { ok: false; message: string; line?: number; binary?: string };

const SAVE_AS_UTF8 = 'save it as UTF-8 (plain text)';
export const NOT_UTF8 = `the file is not valid UTF-8 text; ${SAVE_AS_UTF8}`;
export const NOT_UTF16 = `the file starts as UTF-16 text but is not valid UTF-16; ${SAVE_AS_UTF8}`;
export const UTF32 = `the file is saved as UTF-32; ${SAVE_AS_UTF8}`;
export const WIDE_WITHOUT_MARK = `the file looks like UTF-16 or UTF-32 text without a byte-order mark; ${SAVE_AS_UTF8}`;

const startsWith = (bytes: Uint8Array, ...prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));
/** Files people send instead of a text file, by their first bytes (their "magic numbers"). */
const NOT_TEXT: readonly [number[], string][] = [
  [[0x89, ...ascii('PNG')], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image (a photo)'],
  [ascii('GIF8'), 'a GIF image'],
  [ascii('%PDF-'), 'a PDF document'],
  // Word's .docx, Excel's .xlsx and OpenDocument files are ZIP archives too.
  [ascii('PK\u0003\u0004'), 'a ZIP archive (or a Word, Excel or OpenDocument file)'],
];

/** "the file is a PNG image, not text": said of a scenario or a record file alike. */
export const notText = (kind: string) => `the file is ${kind}, not text`;

function decodeStrict(encoding: 'utf-16le' | 'utf-16be', bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes); // the byte-order mark is dropped
  } catch {
    return undefined;
  }
}

/** Text in UTF-16 or UTF-32 without a mark: zero bytes beside each of the first Latin letters. */
function looksWide(bytes: Uint8Array): boolean {
  if (bytes.length < 4) return false;
  const zeros = [0, 1, 2, 3].map((i) => (bytes[i] === 0 ? '0' : 'x')).join('');
  // Little- and big-endian UTF-16 (two letters), then little- and big-endian UTF-32 (one letter).
  return ['x0x0', '0x0x', 'x000', '000x'].includes(zeros);
}

export function decodeText(bytes: Uint8Array): DecodedText {
  const kind = NOT_TEXT.find(([magic]) => startsWith(bytes, ...magic))?.[1];
  if (kind !== undefined) return { ok: false, message: notText(kind), binary: kind };
  // UTF-32's marks first: little-endian UTF-32's begins with UTF-16's.
  if (startsWith(bytes, 0xff, 0xfe, 0x00, 0x00) || startsWith(bytes, 0x00, 0x00, 0xfe, 0xff)) return { ok: false, message: UTF32 };
  for (const [encoding, mark] of [['utf-16le', [0xff, 0xfe]], ['utf-16be', [0xfe, 0xff]]] as const) {
    if (!startsWith(bytes, ...mark)) continue;
    const text = decodeStrict(encoding, bytes);
    return text === undefined ? { ok: false, message: NOT_UTF16 } : { ok: true, text };
  }
  if (looksWide(bytes)) return { ok: false, message: WIDE_WITHOUT_MARK };
  const text = new TextDecoder('utf-8').decode(bytes); // drops a UTF-8 byte-order mark
  const invalid = text.indexOf('\uFFFD');
  if (invalid >= 0) {
    // The line of the first bad byte, so that the teacher can find it (e.g. a Latin-1 "é").
    let line = 1;
    for (let i = text.indexOf('\n'); i >= 0 && i < invalid; i = text.indexOf('\n', i + 1)) line++;
    return { ok: false, message: NOT_UTF8, line };
  }
  return { ok: true, text };
}
