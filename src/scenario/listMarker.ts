// A list item that starts with another mark than YAML's dash: a word processor's bullet (•) or the
// dash it makes of "-" (–, —), or Markdown's `*`. YAML reads the line as a text (or `*` as an alias)
// where an item belongs, and the parser says only "All mapping items must start at the same
// column"; the teacher sees a list.
import { textFix, type TextFix } from './errors';
import { quote } from './quote';
import { indentOf, lineOffset, linesNear } from './indentation';

/** Each mark, and where it comes from. */
export const MARKS: Record<string, string> = {
  '•': "a word processor's bullet",
  '·': "a word processor's bullet",
  '▪': "a word processor's bullet",
  '◦': "a word processor's bullet",
  '–': 'a dash a word processor made of "-"',
  '—': 'a dash a word processor made of "-"',
  '*': 'as Markdown writes a list',
};

/** A line (or a text) that starts with such a mark and a blank: the mark. */
export const MARKED = /^([•·▪◦–—*])[ \t]+\S/;

/** The line at or just above `offset` (the parser's error) that starts with such a mark, said in plain words, with the dash as its mend. */
export function wrongListMark(text: string, offset: number): { offset: number; message: string; fix: TextFix } | undefined {
  const { lines, near } = linesNear(text, offset, 2);
  for (const index of near) {
    const trimmed = lines[index]!.trim();
    const mark = MARKED.exec(trimmed)?.[1];
    if (mark === undefined) continue;
    const at = lineOffset(lines, index) + indentOf(lines[index]!);
    const rest = trimmed.slice(1).trimStart();
    const written = `- ${rest}`;
    return {
      offset: at,
      message: `this list item starts with "${mark}" (${MARKS[mark]}), not the keyboard's "-": YAML's list items start with "- "; write ${quote(written)}`,
      fix: textFix(text, 'Write "- "', at, at + trimmed.length - rest.length, '- '),
    };
  }
  return undefined;
}
