// Characters a reader cannot see that change what they read: the bidirectional controls, which
// turn the text after them right to left ("eman live" in a teammate's status line, the game's own
// words after it reversed), and zero-width ones, which make two names that look the same differ.
// Seeds and students' names refuse them: no one types them, and they are shown to others.
import { codeOf } from '../scenario/quote';

// Not the zero-width joiner and non-joiner (U+200C, U+200D): Persian and Indic names and emoji need them.
const INVISIBLE = /[\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;

/** The first such character of `text`, as "U+202E", or null. */
export function invisibleCharacter(text: string): string | null {
  const found = INVISIBLE.exec(text);
  return found ? codeOf(found[0]) : null;
}

/** `text` without them (a name as typed: the server refuses a name that holds one). */
export const withoutInvisible = (text: string) => text.replace(new RegExp(INVISIBLE.source, 'g'), '');
