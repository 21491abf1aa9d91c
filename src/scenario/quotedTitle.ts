// A source's title in quotes, as a reference written in a scenario's language quotes it (each
// language's quotes are in sourceLanguages.ts): English "…" (or a word processor's “…”), French
// « … » (a space, no-break space, narrow no-break space or none inside), German „…“ or »…«,
// Spanish, Italian, Portuguese and Russian «…». English's "…" and “…” are accepted in every language.
import { regexText } from './regexText';
import { SOURCE_LANGUAGES, sourceLanguage } from './sourceLanguages';
import { isGuillemet } from './typographicQuote';

const ENGLISH = SOURCE_LANGUAGES.en!.quotes;

/** The language's own quotes, the usual first, then English's. */
const quotesOf = (language: string) => {
  const own = sourceLanguage(language)?.quotes ?? ENGLISH;
  return own === ENGLISH ? ENGLISH : [...own, ...ENGLISH];
};

/** The title as a reference in `language` quotes it most often: `« La France au Sahel »`, `"Courting Mother Russia"`. */
export function quotedTitle(title: string, language: string): string {
  const [open, close] = quotesOf(language)[0]!;
  return `${open}${title}${close}`;
}

/**
 * Whether `reference` gives the title in one of the language's quotes: spaces inside guillemets as
 * the reference has them, any white space between the title's words (a no-break space, a line
 * folded in the YAML), both in any Unicode form.
 */
export function quotesTitle(reference: string, title: string, language: string): boolean {
  const text = reference.normalize('NFC');
  const inner = regexText(title.normalize('NFC').trim()).replace(/\s+/gu, '\\s+');
  return quotesOf(language).some(([open, close]) => {
    // French sets guillemets off with a space; anyone may leave it out. Other quotes hold the title tight.
    const pad = isGuillemet(open.trim()) ? '\\s*' : '';
    return new RegExp(`${regexText(open.trim())}${pad}${inner}${pad}${regexText(close.trim())}`, 'u').test(text);
  });
}
