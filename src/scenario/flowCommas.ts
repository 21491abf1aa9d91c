// Commas in a mapping in { … } or a list in [ … ]: one with no item before it (`{ id: a,, name: b }`,
// `[, a]`), or none between two items (`["a" "b"]`); and one after the closing bracket at a line's
// end (`- { id: a },`, as JSON separates the items of a list). The parser says "Unexpected , in flow
// map", "Missing , between flow map items" or "Unexpected scalar at node end"; a teacher needs
// which comma, and what to write.
import { textFix, type TextFix } from './errors';
import { quote } from './quote';
import { readLine } from './yamlLine';

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
  const closed = /^Unexpected scalar at node end/.test(message) && text[offset] === ',' ? /([}\]])[ \t]*$/.exec(text.slice(0, offset))?.[1] : undefined;
  const rest = text.slice(offset + 1, text.indexOf('\n', offset) < 0 ? text.length : text.indexOf('\n', offset));
  if (closed && /^[ \t]*(#.*)?$/.test(rest)) {
    return {
      offset,
      message: `this comma after the closing ${closed} separates nothing: the items of a list on lines of their own (each starting with "- "), and the fields of a mapping on lines of their own, take no comma between them; remove it`,
      fix: textFix(text, 'Remove the comma', offset, offset + 1, ''),
    };
  }
  const missing = /^Missing , (or : )?between flow (map|sequence) items/.exec(message);
  // After a text in quotes (`{ name: "Talks" kind: x }`) the parser says only "Unexpected scalar token".
  const afterQuote = /^Unexpected scalar token/.test(message) && /["']$/.test(text.slice(0, offset).trimEnd()) ? openFlow(text, offset) : undefined;
  const flow = missing?.[2] ?? afterQuote;
  if (flow) {
    // The comma belongs right after the item before, where the blanks before this one start.
    let end = offset;
    while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
    if (end === offset || text[end - 1] === '\n') return undefined;
    const next = text.slice(offset, text.indexOf('\n', offset) < 0 ? text.length : text.indexOf('\n', offset)).split(/[,}\]]/)[0]!.trim();
    return {
      offset,
      message: `inside ${written(flow)} the items are separated by commas, and there is none before this one (${quote(next)}); write a comma after the item before it`,
      fix: textFix(text, 'Add the comma', end, end, ','),
    };
  }
  return undefined;
}

/** The kind of the innermost { or [ still open on the line before `offset`, read as YAML reads it, if any. */
function openFlow(text: string, offset: number): 'map' | 'sequence' | undefined {
  const innermost = readLine(text.slice(text.lastIndexOf('\n', offset - 1) + 1, offset)).openAtEnd?.at(-1);
  return innermost === '{' ? 'map' : innermost === '[' ? 'sequence' : undefined;
}
