// A `#` after a space starts a comment, even inside a text written without quotes:
//     title: Japan's #1 partner
// is the title "Japan's" and the comment "#1 partner", and the game shows the title cut short
// without a word. The guide says to quote such a text; a text followed by a comment on the same
// line is most often that slip, so the checker warns of it, at its line (a warning: the file still
// plays). Values that are ids, words of the schema (both written like ids) or months are left
// alone: a comment after those explains a number or a choice, as the guide invites.
import { isAlias, isMap, isNode, isScalar, isSeq, Scalar } from 'yaml';
import type { Path, Problem } from './errors';
import { ID_PATTERN } from './idPattern';
import { MAX_DEPTH } from './limits';
import type { Tree } from './locate';
import { quote } from './quote';

const MONTH = /^\d{4}-\d{2}$/;
/** What follows a value on its line when a comment is there: spaces, then `#` and the comment. */
const TRAILING_COMMENT = /^[ \t]+#(.*)/;

export function commentsInText(doc: Tree, text: string): Problem[] {
  const found: Problem[] = [];
  const inspect = (value: unknown, path: Path) => {
    if (!isScalar(value) || value.type !== Scalar.PLAIN || typeof value.value !== 'string' || !value.range) return;
    if (ID_PATTERN.test(value.value) || MONTH.test(value.value)) return;
    const end = value.range[1];
    const lineEnd = text.indexOf('\n', end);
    const comment = TRAILING_COMMENT.exec(text.slice(end, lineEnd < 0 ? text.length : lineEnd))?.[1];
    if (comment === undefined) return;
    found.push({
      path,
      offset: end,
      message:
        `this text ends before ${quote(`#${comment.trimEnd()}`)}: a # after a space starts a comment, so the rest of the line is not part of the text; ` +
        'put the whole text in quotes to keep it (a comment of your own is best on a line of its own)',
    });
  };
  const visit = (node: unknown, path: Path) => {
    if (!isNode(node) || isAlias(node) || path.length > MAX_DEPTH) return;
    if (isSeq(node)) node.items.forEach((item, i) => (isScalar(item) ? inspect(item, [...path, i]) : visit(item, [...path, i])));
    else if (isMap(node)) {
      for (const pair of node.items) {
        if (!isScalar(pair.key)) continue;
        const key = String(pair.key.value);
        if (isScalar(pair.value)) inspect(pair.value, [...path, key]);
        else visit(pair.value, [...path, key]);
      }
    }
  };
  visit(doc.contents, []);
  return found;
}
