// A field written without the space after its colon (`cost:3`, `- id:gas-deal`): YAML reads the
// line as one text, and the parser's complaint ("Implicit keys need to be on a single line") or
// the indentation it then finds broken says nothing of the colon. A non-breaking space pasted from
// a document (`cost:\u00a03`) looks like a space but is none to YAML: the same mistake, unseen.
import { textFix, type TextFix } from './errors';
import { FIELD_NAME, indentOf, lineOffset, linesNear } from './indentation';

/** `field:value`, after any list dash: a field's name, its colon, and a value that is not `//…` (a web address) nor another colon. */
const FIELD_WITHOUT_SPACE = new RegExp(`^(- +)?(${FIELD_NAME}):([^\\s:/])`);
/** `field:` and non-breaking spaces (the no-break, figure and narrow no-break spaces of word processors). */
const FIELD_THEN_NO_BREAK = new RegExp(`^(- +)?(${FIELD_NAME}):([\\u00a0\\u2007\\u202f]+)`);

/**
 * The line at or just above `offset` (the parser's error) written `field:value`, or with a
 * non-breaking space after the colon, in plain words, with the space as its mend; undefined when
 * neither line is.
 */
export function colonWithoutSpace(text: string, offset: number): { offset: number; message: string; fix: TextFix } | undefined {
  const { lines, near } = linesNear(text, offset, 2);
  for (const index of near) {
    const trimmed = lines[index]!.trim();
    const start = lineOffset(lines, index) + indentOf(lines[index]!);
    // Not `trimmed`: JavaScript's trim takes a non-breaking space at the line's end for a blank.
    const noBreak = FIELD_THEN_NO_BREAK.exec(lines[index]!.slice(indentOf(lines[index]!)));
    if (noBreak) {
      const spaces = start + noBreak[0].length - noBreak[3]!.length;
      const what = noBreak[3]!.length === 1 ? 'the space after the colon of' : 'the spaces after the colon of';
      return {
        offset: start,
        message: `${what} ${JSON.stringify(noBreak[2])} ${noBreak[3]!.length === 1 ? 'is a non-breaking space' : 'are non-breaking spaces'} (pasted from a document); type an ordinary space`,
        fix: textFix(text, 'Use an ordinary space', spaces, spaces + noBreak[3]!.length, ' '),
      };
    }
    const found = FIELD_WITHOUT_SPACE.exec(trimmed);
    if (!found) continue;
    const colon = start + (found[1]?.length ?? 0) + found[2]!.length;
    const fixed = `${trimmed.slice(0, colon - start + 1)} ${trimmed.slice(colon - start + 1)}`;
    return {
      offset: start,
      message: `this line (${JSON.stringify(trimmed)}) has no space after the colon of "${found[2]}", so it is read as one text, not as "field: value"; write ${JSON.stringify(fixed)}`,
      fix: textFix(text, 'Add the space', colon, colon + 1, ': '),
    };
  }
  return undefined;
}
