// The language a source text is written in, told by its commonest short words (sourceLanguages.ts
// lists some of each language's: none in two lists, and none another language writes often, as
// Dutch writes German's "die" and English cites "et al."): `npm run sources` is told no source's
// language, and its figures' words need one ("2 billions d'euros" is 2 × 10¹² in French). Only
// words written in lower case count: names and titles ("Von der Leyen told Die Welt") are the
// words of any language, and made an English text full of German names German.
// Undefined when the words do not tell one language clearly from the others (a line or two, a text
// in a language with no entry there): the text is then read as billionFigures reads a text of no
// known language, as before.
import { SOURCE_LANGUAGES } from './sourceLanguages';

const LANGUAGE_OF_WORD = new Map(Object.entries(SOURCE_LANGUAGES).flatMap(([code, { commonWords }]) => commonWords.map((w) => [w.normalize('NFC'), code] as const)));

/** So many of its words at least, and so many times the next language's. */
const AT_LEAST = 5;
const TIMES = 3;

/** The code of the language `text` is written in (`fr`), or undefined if its words do not say it clearly. */
export function textLanguage(text: string): string | undefined {
  const counts = new Map<string, number>();
  for (const [word] of text.normalize('NFC').matchAll(/[\p{L}\p{M}]+/gu)) {
    const code = LANGUAGE_OF_WORD.get(word);
    if (code !== undefined) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  const [[code, most] = ['', 0], [, next] = ['', 0]] = [...counts].sort((a, b) => b[1] - a[1]);
  return most >= AT_LEAST && most >= TIMES * next ? code : undefined;
}
