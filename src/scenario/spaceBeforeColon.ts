// A field's name followed by an invisible space before its colon: `cost : 3` as French typing
// writes it, with a non-breaking space (U+00A0, or the narrow U+202F) that a word processor or a
// French keyboard layout puts before a colon. YAML drops ordinary spaces there, but not these: the
// key is "cost" and the space, an unknown field, and "cost" is missing. Said as the one mistake.
import { codeOf, quote } from './quote';
import type { Mend } from './writtenOut';

/** The spaces a key may end with that YAML keeps in it, by their names. */
const SPACE_NAMES: Record<string, string> = {
  '\u00a0': 'non-breaking space',
  '\u202f': 'narrow non-breaking space',
  '\u2007': 'figure space',
  ' ': 'space',
};

/** `a non-breaking space (U+00A0)`, `2 spaces (U+00A0, U+0020)`. */
function spacesNamed(spaces: string): string {
  const chars = [...spaces];
  const codes = chars.map(codeOf).join(', ');
  if (chars.length > 1) return `${chars.length} spaces (${codes})`;
  return `a ${SPACE_NAMES[spaces] ?? 'space'} (${codes})`;
}

/**
 * A key that is a field of the mapping (`allowed`) followed by spaces YAML kept in it: the field,
 * and the spaces named (French typing named as their cause when they are its no-break spaces).
 */
export function spaceBeforeColon(key: string, allowed: readonly string[]): Mend | undefined {
  const field = key.trimEnd(); // not /\s+$/, which takes quadratic time on a long run of blanks inside a key
  if (field === key || !allowed.includes(field)) return undefined;
  const spaces = key.slice(field.length);
  const french = spaces === '\u00a0' || spaces === '\u202f' ? ', as French typing puts one' : '';
  return { field, message: `the key ${quote(field)} is followed by ${spacesNamed(spaces)} before its colon${french}; YAML reads it as part of the key: delete it` };
}
