// A list's first item written on the line of its field (`effects: - { track: safety, add: 8 }`, or
// two lines joined into one): YAML starts a list's items on the lines below. The parser says
// "Unexpected block-seq-ind on same line with key", and the checker's advice on a colon in a text
// would put the item in quotes.
import { textFix, type TextFix } from './errors';
import { FIELD_NAME, indentOf, lineOffset, linesNear, structureFrom } from './indentation';
import { quote } from './quote';
import { readLine } from './yamlLine';

const FIELD_THEN_ITEM = new RegExp(`^((?:- +)?(${FIELD_NAME}):)([ \\t]+)(-[ \\t]+\\S.*)$`);

/**
 * The line at or just above `offset` (the parser's error) with a list item after its field, in plain
 * words; with the item moved to a line of its own as the mend where its column is sure: that of the
 * items below it, or two spaces deeper than the field when none follows.
 */
export function itemOnFieldLine(text: string, offset: number): { offset: number; message: string; fix?: TextFix } | undefined {
  const { lines, inText, near } = linesNear(text, offset, 2);
  for (const index of near) {
    const line = lines[index]!;
    const trimmed = line.trim();
    const found = FIELD_THEN_ITEM.exec(trimmed.slice(0, readLine(trimmed).comment?.at).trimEnd());
    if (!found) continue;
    const [, lead, field, blanks, item] = found as unknown as [string, string, string, string, string];
    const column = indentOf(line) + (/^- +/.exec(lead)?.[0].length ?? 0);
    const at = lineOffset(lines, index) + indentOf(line) + lead.length;
    const message = `a list's items start on the lines below its field, each with "- ": put ${quote(item)} on a line of its own, indented more than ${JSON.stringify(`${field}:`)}`;
    const below = structureFrom(lines, inText, index + 1, 1);
    const next = below < lines.length ? lines[below]! : undefined;
    const deeper = next !== undefined && indentOf(next) > column;
    // The items below it say the column; a line deeper that is no item leaves it unsure.
    if (deeper && !/^-(\s|$)/.test(next!.trim())) return { offset: at + blanks.length, message };
    const itemColumn = deeper ? indentOf(next!) : column + 2;
    return { offset: at + blanks.length, message, fix: textFix(text, 'Put the item on a line of its own', at, at + blanks.length, `\n${' '.repeat(itemColumn)}`) };
  }
  return undefined;
}
