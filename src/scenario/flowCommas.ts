// Commas in a mapping in { … } or a list in [ … ]: one with no item before it (`{ id: a,, name: b }`,
// `[, a]`), or none between two items (`["a" "b"]`). The parser says "Unexpected , in flow map" or
// "Missing , between flow map items"; a teacher needs which comma, and what to write.
import { textFix, type TextFix } from './errors';
import { quote } from './quote';

/** `{ … }` or `[ … ]`, from the parser's name for it. */
const written = (flow: string) => (flow === 'map' ? '{ … }' : '[ … ]');

/** The parser's error at `offset`, said in plain words with its mend; undefined when it is not about commas. */
export function flowComma(text: string, offset: number, message: string): { offset: number; message: string; fix?: TextFix } | undefined {
  const extra = /^Unexpected , in flow (map|sequence)/.exec(message);
  if (extra && text[offset] === ',') {
    return {
      offset,
      message: `inside ${written(extra[1]!)} this comma has no item before it (two commas in a row, or one just after the opening bracket); remove it`,
      fix: textFix(text, 'Remove the comma', offset, offset + 1, ''),
    };
  }
  const missing = /^Missing , (or : )?between flow (map|sequence) items/.exec(message);
  if (missing) {
    // The comma belongs right after the item before, where the blanks before this one start.
    let end = offset;
    while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
    if (end === offset || text[end - 1] === '\n') return undefined;
    const next = text.slice(offset, text.indexOf('\n', offset) < 0 ? text.length : text.indexOf('\n', offset)).split(/[,}\]]/)[0]!.trim();
    return {
      offset,
      message: `inside ${written(missing[2]!)} the items are separated by commas, and there is none before this one (${quote(next)}); write a comma after the item before it`,
      fix: textFix(text, 'Add the comma', end, end, ','),
    };
  }
  return undefined;
}
