// Characters a reader cannot see that change what they read: the bidirectional controls, which
// turn the text after them right to left ("eman live" in a teammate's status line, the game's own
// words after it reversed), and zero-width ones, which make two names that look the same differ.
// Seeds and students' names refuse them: no one types them, and they are shown to others.
import { codeOf, TURNS_OR_HIDES } from '../scenario/quote';

/** The set the messages quote by their codes (quote.ts), without its global flag: not the joiners of Persian and emoji. */
const INVISIBLE = new RegExp(TURNS_OR_HIDES.source);

/** The first such character of `text`, as "U+202E", or null. */
export function invisibleCharacter(text: string): string | null {
  const found = INVISIBLE.exec(text);
  return found ? codeOf(found[0]) : null;
}

/** `text` without them (a name as typed: the server refuses a name that holds one). */
export const withoutInvisible = (text: string) => text.replace(TURNS_OR_HIDES, '');
