// A join code and a name as a student types them: read generously (case, spaces, dashes), checked
// before anything is sent, each problem said in words.
import { withoutInvisible } from '../../app/invisibleCharacters';
import { CODE_ALPHABET, CODE_LENGTH, MAX_NAME_LENGTH } from '../../net/protocol';

export { MAX_NAME_LENGTH };

/** The letters and digits codes leave out, as they look alike (0 and O, 1, I and L…). */
const LEFT_OUT = [...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'].filter((c) => !CODE_ALPHABET.includes(c));

/** The code as typed ("abcd-efgh", "ABCD EFGH"): upper case, spaces and dashes left out. */
export function normaliseCode(text: string): string {
  return text.toUpperCase().replace(/[\s-]+/g, '');
}

/** The code as shown to be read out and typed: two groups of four ("ABCD EFGH"). */
export function spacedCode(code: string): string {
  return `${code.slice(0, 4)} ${code.slice(4)}`;
}

/** Why a typed code cannot be a join code, or null. */
export function codeProblem(code: string): string | null {
  if (code.length !== CODE_LENGTH) return `a join code has ${CODE_LENGTH} letters and digits (this one has ${code.length})`;
  const wrong = [...code].find((c) => !CODE_ALPHABET.includes(c));
  if (wrong !== undefined) return `a join code has no “${wrong}” (codes leave out ${LEFT_OUT.join(', ')}, which look alike)`;
  return null;
}

/** A name as typed: trimmed, its control and invisible characters left out; null when nothing is left or it is too long. */
export function cleanName(text: string): string | null {
  // eslint-disable-next-line no-control-regex
  const name = withoutInvisible(text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '')).trim();
  return name.length === 0 || name.length > MAX_NAME_LENGTH ? null : name;
}
