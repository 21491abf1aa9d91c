// A mapping in braces on one line, `- { id: vladivostok, name: Vladivostok: the port, kind: city }`:
// inside braces a ": " starts another field, so the text is cut at its colon and the parser says
// "Block collections are not allowed within flow collections". Name the text, and quote it.
import { textFix, type TextFix } from './errors';
import { FIELD_NAME, lineIndexAt, lineOffset } from './indentation';
import { yamlQuoted } from './quote';
import { typographicQuote } from './typographicQuote';

/** A field in braces and its value, up to the next comma or brace (a value in quotes is left alone). */
const FIELD_IN_BRACES = new RegExp(`[{,][ \\t]*(${FIELD_NAME}):[ \\t]+([^,{}\\[\\]"'\\s][^,{}\\[\\]]*)`, 'g');

/** What broke a mapping in braces at `offset`: a text in typographic quotes, or a text with a ": ". */
export function colonInBraces(text: string, offset: number): { offset: number; message: string; fix?: TextFix } | undefined {
  const quoted = typographicQuote(text, offset);
  if (quoted) return quoted;
  const lines = text.split('\n');
  const index = lineIndexAt(text, offset);
  const line = lines[index]!;
  for (const m of line.matchAll(FIELD_IN_BRACES)) {
    const value = m[2]!.trimEnd();
    if (!/:\s/.test(value)) continue;
    const at = lineOffset(lines, index) + m.index + m[0].length - m[2]!.length;
    const written = yamlQuoted(value);
    return {
      offset: at,
      message: `inside { … } a ": " starts another field, so this text is cut at its colon; put it in quotes: ${m[1]}: ${written}`,
      fix: textFix(text, 'Put the text in quotes', at, at + value.length, written),
    };
  }
  return undefined;
}
