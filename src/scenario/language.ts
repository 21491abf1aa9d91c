// The language of a scenario's texts, as a BCP 47 tag: a two-letter language (`fr`) and, if needed,
// a region (`fr-CA`). It is the lang attribute of the scenario's texts on the game's screens
// (src/ui/scenarioText.ts), for screen readers and the browser's hyphenation: the game's own words
// stay English. Three-letter codes are refused: library catalogues' `fra` or `deu` are no tags of
// BCP 47, which gives the two-letter code where one exists. An author who writes the language's
// name (`français`), or its code in capitals (`FR`) or in three letters, is told the code to write.
import { withoutAccents } from './idSpelling';

export const LANGUAGE_PATTERN = /^[a-z]{2}(-[A-Z]{2})?$/;

/** The language of a tag without its region: `fr` of `fr-CA`, what the checks of each language go by. */
export const primaryLanguage = (tag: string): string => tag.split('-')[0]!.toLowerCase();

export const LANGUAGE_FORM = 'a language is written as its two-letter lower-case code, e.g. en or fr, with a region after a dash if needed, e.g. fr-CA';

/** The languages authors write most: their names in English, in the language itself, in French and in German (without accents), and their three-letter codes. (The words the sources checks read in each are in sourceLanguages.ts, which the game page does not load.) */
const NAMES: Record<string, readonly string[]> = {
  en: ['english', 'anglais', 'englisch', 'eng'],
  fr: ['french', 'francais', 'franzosisch', 'fra', 'fre'],
  de: ['german', 'deutsch', 'allemand', 'deu', 'ger'],
  es: ['spanish', 'espanol', 'espagnol', 'spanisch', 'spa'],
  it: ['italian', 'italiano', 'italien', 'italienisch', 'ita'],
  nl: ['dutch', 'nederlands', 'neerlandais', 'niederlandisch', 'nld', 'dut'],
  pt: ['portuguese', 'portugues', 'portugais', 'portugiesisch', 'por'],
  ru: ['russian', 'russe', 'russisch', 'rus'],
};
const CODE_OF_NAME = new Map(Object.entries(NAMES).flatMap(([code, names]) => names.map((name) => [name, code] as const)));

/** The tag a person meant by a language written as its tag, its name or its code in the wrong case (`FR`, `fr_ca`, `français`), or undefined when it is neither. */
export function languageTagOf(written: string): string | undefined {
  const [language = '', region, ...rest] = written.trim().split(/[-_]/);
  const code = region === undefined ? language.toLowerCase() : `${language.toLowerCase()}-${region.toUpperCase()}`;
  if (rest.length === 0 && LANGUAGE_PATTERN.test(code)) return code;
  return CODE_OF_NAME.get(withoutAccents(written.trim()));
}

/** `: write fr` for a language written as its name or its code in the wrong case (`FR`, `fr_ca`); nothing when it is neither. */
export function languageHint(written: string): string {
  const tag = languageTagOf(written);
  return tag === undefined ? '' : `: write ${tag}`;
}
