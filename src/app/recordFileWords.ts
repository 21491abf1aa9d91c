// What a file that is no game record is, in the words of whoever was handed it (a teacher with a
// class's files, a student on the start screen), with what to do: the same in the class view,
// the start screen's record loading and the command line. "the file is not JSON (line 127: text
// in double quotes is never closed)" told a teacher nothing they could act on.
import { withoutInvisible } from './invisibleCharacters';

/** Where a record comes from, so that a teacher knows what to ask a student for. */
const WHAT_A_RECORD_IS = 'a game record is the .json file the game downloads (“Download the game record”)';

export const EMPTY_FILE = 'the file is empty: the game record was not saved in it (a download or a sending that failed); ask for the file again';

/** A record cut short: its text stops inside the record's braces. */
export function cutOffRecord(line: number): string {
  return `the file ends before the record does (it stops at line ${line}): it was probably cut off while it was sent; ask for it again`;
}

/** A file of words (a note, a score typed in) instead of the record. */
export function textNotRecord(text: string): string {
  return `this is not a game record: the file holds text (“${firstWords(text)}”); ${WHAT_A_RECORD_IS}`;
}

/** A picture, a document or an archive (`kind`: "a PNG image", src/scenario/decodeText.ts). */
export function binaryNotRecord(kind: string): string {
  return `the file is ${kind}, not a game record: ${WHAT_A_RECORD_IS}`;
}

/** What a reading failure says of a record file: a binary file's kind in record words, else the reading's own words. */
export function recordReadReason(read: { reason: string; binary?: string }): string {
  return read.binary === undefined ? read.reason : binaryNotRecord(read.binary);
}

const EXCERPT = 60;

/** The text's first words, on one line and short, cut at a word when it is long. */
function firstWords(text: string): string {
  // eslint-disable-next-line no-control-regex
  const line = withoutInvisible(text).replace(/[\u0000-\u001f\u007f-\u009f\s]+/g, ' ').trim();
  if (line.length <= EXCERPT) return line;
  const cut = line.slice(0, EXCERPT);
  const space = cut.lastIndexOf(' ');
  return `${space > EXCERPT / 2 ? cut.slice(0, space) : cut}…`;
}
