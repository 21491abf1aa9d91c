// A field's text that starts with `*`, `&` or `!` (`title: *Abe* visits`, as Markdown stresses a
// word): YAML reads those as an alias, an anchor or a tag before the text, and the parser says
// only "Unexpected scalar at node end" or "Tags and anchors must be separated from the next token
// by white space". Name the sign, and write the whole text in quotes, with that as its mend.
import { textFix, type TextFix } from './errors';
import { FIELD_NAME, indentOf, lineOffset, linesNear, structureFrom } from './indentation';
import { yamlQuoted } from './quote';
import { readLine } from './yamlLine';

const FIELD_AND_SIGN = new RegExp(`^((?:- +)?(${FIELD_NAME}):[ \\t]+)([*&!]\\S.*)$`);

const READ_AS: Record<string, string> = {
  '*': 'a reference to an anchor (*name)',
  '&': 'the name of an anchor (&name)',
  '!': 'a tag (!name)',
};

/** The parser's errors such a sign causes. */
const CAUSED = /^Unexpected scalar at node end|^Tags and anchors must be separated/;

export function signAtTextStart(text: string, offset: number, message: string): { offset: number; message: string; fix?: TextFix } | undefined {
  if (!CAUSED.test(message)) return undefined;
  const { lines, inText, near } = linesNear(text, offset, 1);
  const index = near[0];
  if (index === undefined) return undefined;
  const line = lines[index]!;
  const trimmed = line.trim();
  const found = FIELD_AND_SIGN.exec(trimmed.slice(0, readLine(trimmed).comment?.at).trimEnd());
  if (!found) return undefined;
  const [, lead, field, value] = found as unknown as [string, string, string, string];
  const at = lineOffset(lines, index) + indentOf(line) + lead.length;
  const said = `YAML reads the "${value[0]}" at the start of the text of ${JSON.stringify(field)} as ${READ_AS[value[0]!]}, not as text`;
  // A text that goes on over the lines below goes in the quotes whole.
  const below = structureFrom(lines, inText, index + 1, 1);
  if (below < lines.length && indentOf(lines[below]!) > indentOf(line) + (/^- +/.exec(lead)?.[0].length ?? 0)) {
    return { offset: at, message: `${said}; put the whole text, with the lines it goes on over, in quotes` };
  }
  const written = yamlQuoted(value);
  return { offset: at, message: `${said}; put the whole text in quotes: ${field}: ${written}`, fix: textFix(text, 'Put the text in quotes', at, at + value.length, written) };
}
