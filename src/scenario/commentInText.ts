// A `#` after a space starts a comment, even inside a text written without quotes:
//     title: Japan's #1 partner
// is the title "Japan's" and the comment "#1 partner", and the game shows the title cut short
// without a word. The guide says to quote such a text. A comment is written `# why` (a space after
// the `#`), as the guide's own are; a `#` written against what follows it (`#1`, `#MeToo`) after a
// text is most likely part of that text, so the checker warns of it, at its line (a warning: the
// file still plays). Values that are ids, words of the schema (both written like ids), months or
// the format line are left alone.
import { isAlias, isMap, isNode, isScalar, isSeq, Scalar } from 'yaml';
import { textFix, type Path, type Problem } from './errors';
import { ID_PATTERN } from './idPattern';
import { MAX_DEPTH } from './limits';
import type { Tree } from './locate';
import { quote } from './quote';
import { SCENARIO_FORMAT } from './schema';

const MONTH = /^\d{4}-\d{2}$/;
/**
 * Read where a value ends: blanks, then `#` with something other than a blank right after it, up
 * to the line's end or a comment of the author's own (` # why`). Sticky, so that each value costs
 * only its own line's rest (a whole file on one line is not read again for every value on it).
 */
const CUT_BY_COMMENT = /[ \t]+#([^ \t\r\n](?:(?![ \t]#[ \t\r\n])[^\r\n])*)/y;

export function commentsInText(doc: Tree, text: string): Problem[] {
  const found: Problem[] = [];
  const inspect = (value: Scalar, path: Path) => {
    if (value.type !== Scalar.PLAIN || typeof value.value !== 'string' || !value.range) return;
    if (ID_PATTERN.test(value.value) || MONTH.test(value.value) || value.value === SCENARIO_FORMAT) return;
    CUT_BY_COMMENT.lastIndex = value.range[1];
    const cut = CUT_BY_COMMENT.exec(text);
    if (cut === null) return;
    const comment = cut[1]!;
    // The text as the author meant it: what YAML read (a text over several lines joined), and the rest of the line.
    const end = value.range[1] + cut[0].trimEnd().length;
    found.push({
      path,
      offset: value.range[1],
      fix: textFix(text, 'Put the text in quotes', value.range[0], end, JSON.stringify(value.value + text.slice(value.range[1], end))),
      message:
        `this text ends before ${quote(`#${comment.trimEnd()}`)}: a # after a space starts a comment, so the rest of the line is not part of the text; ` +
        'put the whole text in quotes to keep it (a comment of your own is written with a space after the #)',
    });
  };
  const visit = (node: unknown, path: Path): void => {
    if (!isNode(node) || isAlias(node) || path.length > MAX_DEPTH) return;
    if (isScalar(node)) inspect(node, path);
    else if (isSeq(node)) node.items.forEach((item, i) => visit(item, [...path, i]));
    else if (isMap(node)) for (const pair of node.items) if (isScalar(pair.key)) visit(pair.value, [...path, String(pair.key.value)]);
  };
  visit(doc.contents, []);
  return found;
}
