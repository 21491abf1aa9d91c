// A publication date (YYYY-MM-DD, as the sources' facts keep it) as a reference written in a
// scenario's language says it: "9 September 2016", "1er septembre 2024", "1. September 2024",
// "1 de septiembre de 2024", "1 сентября 2024" (each language's months and forms are in
// sourceLanguages.ts). English is always accepted too (the game's own words are English, and
// references written before other languages were read stay valid). A language with no forms there
// is held to English alone.
import { regexText } from './regexText';
import { SOURCE_LANGUAGES, sourceLanguage, type SourceLanguage } from './sourceLanguages';

function formsIn(language: SourceLanguage, iso: string): string[] {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return language.months[month - 1]!.split('/').flatMap((m) => language.dates(day, m, year));
}

/** The ways a reference in `language` (a scenario's, `fr-CA` read as `fr`) may write the date, the usual one first. */
export function writtenDates(iso: string, language: string): string[] {
  const own = sourceLanguage(language);
  return [...new Set([...(own ? formsIn(own, iso) : []), ...formsIn(SOURCE_LANGUAGES.en!, iso)])];
}

/**
 * Whether `reference` writes the date in one of those ways: not inside a longer number (the 1st is
 * not the "1" of "11 September"), any space between the words (a no-break space too), in any
 * Unicode form (an "é" as e and an accent).
 */
export function saysDate(reference: string, iso: string, language: string): boolean {
  const text = reference.normalize('NFC');
  return writtenDates(iso, language).some((form) => new RegExp(`(?<!\\d)${regexText(form).replace(/ /g, '\\s+')}(?!\\d)`, 'u').test(text));
}
