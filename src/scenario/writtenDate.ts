// A publication date (YYYY-MM-DD, as the sources' facts keep it) as a reference written in a
// scenario's language says it: "9 September 2016", "1er septembre 2024", "1. September 2024",
// "1 de septiembre de 2024", "1 сентября 2024". English is always accepted too (the game's own
// words are English, and references written before other languages were read stay valid). A
// language with no forms here is held to English alone.
import { regexText } from './regexText';
import { primaryLanguage } from './language';

type Form = (day: number, month: string, year: number) => string[];

interface DateWords {
  /** January to December as a date writes them (Russian: in the genitive, "1 сентября"); a second spelling after a slash. */
  months: readonly string[];
  /** The ways of writing a date, the usual one first (it is the one messages show). */
  forms: Form;
}

const first = (day: number, ordinal: string[], plain: string): string[] => (day === 1 ? ordinal : [plain]);

const LANGUAGES: Record<string, DateWords> = {
  en: { months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'], forms: (d, m, y) => [`${d} ${m} ${y}`] },
  // French writes the first of the month as an ordinal: "1er septembre" (plain "1 septembre" is seen too).
  fr: { months: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'], forms: (d, m, y) => first(d, [`1er ${m} ${y}`, `1ᵉʳ ${m} ${y}`, `1 ${m} ${y}`], `${d} ${m} ${y}`) },
  // Austria's January is Jänner.
  de: { months: ['Januar/Jänner', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'], forms: (d, m, y) => [`${d}. ${m} ${y}`] },
  es: { months: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre/setiembre', 'octubre', 'noviembre', 'diciembre'], forms: (d, m, y) => [`${d} de ${m} de ${y}`] },
  it: { months: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'], forms: (d, m, y) => first(d, [`1º ${m} ${y}`, `1° ${m} ${y}`, `1 ${m} ${y}`], `${d} ${m} ${y}`) },
  nl: { months: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'], forms: (d, m, y) => [`${d} ${m} ${y}`] },
  pt: { months: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'], forms: (d, m, y) => first(d, [`1º de ${m} de ${y}`, `1.º de ${m} de ${y}`, `1 de ${m} de ${y}`], `${d} de ${m} de ${y}`) },
  ru: { months: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'], forms: (d, m, y) => [`${d} ${m} ${y}`] },
};

function formsIn(words: DateWords, iso: string): string[] {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return words.months[month - 1]!.split('/').flatMap((m) => words.forms(day, m, year));
}

/** The ways a reference in `language` (a scenario's, `fr-CA` read as `fr`) may write the date, the usual one first. */
export function writtenDates(iso: string, language: string): string[] {
  const own = LANGUAGES[primaryLanguage(language)];
  return [...new Set([...(own ? formsIn(own, iso) : []), ...formsIn(LANGUAGES.en!, iso)])];
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
