// A text with a ": " in it after a field, not in quotes: `title: Abe: a visit`, or a reference
// that quotes a title (`reference: Pant 2019. "Indian Foreign Policy: The Modi Era". Har-Anand`).
// YAML reads the ": " as the start of another field, and the parser says only "Nested mappings are
// not allowed in compact mappings". Name the field, and write its whole text in quotes (single
// ones when it holds a double quote), with that as its mend when the text is on one line.
import { textFix, type TextFix } from './errors';
import { FIELD_NAME, indentOf, lineOffset, linesNear, structureFrom } from './indentation';
import { yamlQuoted } from './quote';
import { readLine } from './yamlLine';

/**
 * A field (after a list item's dash or not) and a text that opens with no quote, bracket, brace or
 * other sign of YAML's (a text in typographic quotes is typographicQuote.ts's; what it leaves, an
 * apostrophe as in ’90s, is text).
 */
const FIELD_AND_TEXT = new RegExp(`^((?:- +)?(${FIELD_NAME}):[ \\t]+)([^\\s"'{[|>&*!%@\`#].*)$`);

/** A text cut short for a message only beyond a title's length, so that it can be copied from the message as it is (the mend keeps it whole). */
const MAX_SHOWN = 200;

export function colonInText(text: string, offset: number): { offset: number; message: string; fix?: TextFix } | undefined {
  const { lines, inText, near } = linesNear(text, offset, 1);
  const index = near[0];
  if (index === undefined) return undefined;
  const line = lines[index]!;
  const trimmed = line.trim();
  const found = FIELD_AND_TEXT.exec(trimmed.slice(0, readLine(trimmed).comment?.at).trimEnd());
  if (!found || !/:\s/.test(found[3]!)) return undefined;
  const [, lead, field, value] = found as unknown as [string, string, string, string];
  const at = lineOffset(lines, index) + indentOf(line) + lead.length;
  const said = `the text of ${JSON.stringify(field)} holds ": ", which YAML reads as the start of another field`;
  // The text goes on over the lines below (indented deeper than its field): they go in the quotes too.
  const below = structureFrom(lines, inText, index + 1, 1);
  if (below < lines.length && indentOf(lines[below]!) > indentOf(line) + (/^- +/.exec(lead)?.[0].length ?? 0)) {
    return { offset: at, message: `${said}; put the whole text, with the lines it goes on over, in quotes` };
  }
  const written = yamlQuoted(value);
  const cut = value.length > MAX_SHOWN;
  const shown = cut ? `${yamlQuoted(`${value.slice(0, MAX_SHOWN)}…`)} (shown cut short: the quotes go around the whole text)` : written;
  return {
    offset: at,
    message: `${said}; put the whole text in quotes: ${field}: ${shown}`,
    fix: textFix(text, 'Put the text in quotes', at, at + value.length, written),
  };
}
