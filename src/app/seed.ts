// What a seed may be, the one rule for the command line, the browser and the record schema:
// whatever `play` accepts, `replay` and the browser read back.
import { codeOf } from '../scenario/quote';
import { invisibleCharacter } from './invisibleCharacters';

/** At most this many characters (UTF-16 code units, as `maxlength` and `String.length` count). */
export const SEED_MAX_LENGTH = 200;

/** Control characters (newline, escape…) would be invisible in the record, the link and the terminal. */
export const SEED_CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f]/;

/** Why `seed` cannot be used, in plain words, or null when it can. */
export function seedProblem(seed: string): string | null {
  if (seed === '') return 'the seed is empty';
  if (seed.length > SEED_MAX_LENGTH) return `the seed has ${seed.length} characters; at most ${SEED_MAX_LENGTH} are allowed`;
  const control = SEED_CONTROL_CHARACTER.exec(seed);
  if (control) return `the seed holds a control character (${codeOf(control[0])}); use letters, digits, spaces and punctuation`;
  const invisible = invisibleCharacter(seed);
  if (invisible) return `the seed holds an invisible character (${invisible}); use letters, digits, spaces and punctuation`;
  return null;
}
