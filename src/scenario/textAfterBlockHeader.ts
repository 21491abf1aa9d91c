// A text written on the line of its `>` or `|` (`text: > The Passage is Canadian.`): those marks say
// that the text goes on the lines below, so YAML takes nothing after them but a comment, and the
// parser says only "Not a YAML token: The Passage is Canadian.".
import { textFix, type TextFix } from './errors';
import { yamlQuoted } from './quote';

/** `field: >-` (or `- |`) followed on its line by words. */
const HEADER_THEN_TEXT = /(^|:|^\s*-)([ \t]+)([|>][-+0-9]*)[ \t]+(\S.*)$/;

/** A text YAML reads as written, without quotes, on a field's line. */
const plain = (s: string) => !/^[-?:,[\]{}#&*!|>'"%@`\s]/.test(s) && !/: |\s#|:$/.test(s);

/** The message for the parser's "Not a YAML token" at `offset`, when a `>` or `|` before it on its line is the cause; with the mend. */
export function textAfterBlockHeader(text: string, offset: number, message: string): { offset: number; message: string; fix: TextFix } | undefined {
  if (!/^Not a YAML token/.test(message)) return undefined;
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const end = text.indexOf('\n', offset);
  const line = text.slice(lineStart, end < 0 ? text.length : end).replace(/\r$/, '');
  const found = HEADER_THEN_TEXT.exec(line);
  if (!found) return undefined;
  const [, , blanks, mark, words] = found as unknown as [string, string, string, string, string];
  const from = lineStart + found.index + found[1]!.length + blanks.length;
  // A comment after the text stays a comment.
  const hash = words.search(/\s#/);
  const body = hash < 0 ? words : words.slice(0, hash).trimEnd();
  const value = plain(body) ? body : yamlQuoted(body);
  const mended = `${line.slice(0, from - lineStart).trim()} ${value}`;
  return {
    offset: from,
    message: `"${mark}" says that the text starts on the next line and goes on over the lines below, indented more than its field, so nothing can follow it on its line; a text on one line needs no "${mark}": write ${mended}`,
    fix: textFix(text, `Remove the "${mark}"`, from, lineStart + line.length, value + (hash < 0 ? '' : words.slice(hash))),
  };
}
