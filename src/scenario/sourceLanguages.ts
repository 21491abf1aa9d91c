// The languages the sources checks read (src/scenario/sourceFacts.ts), each with every word of its
// own those checks look for: how it writes a sum in billions, a date and a title in quotes, and the
// common words that tell a source text written in it. A language is one entry here: adding a ninth
// is filling in one more, and the type asks for each part. A scenario in a language with no entry
// has its dates and quotes held to English and its figures read as those of a text of no known
// language (billionFigures.ts). What an author may write for the language's code in a scenario
// (`français` for `fr`) is in language.ts, which the game page loads and this table is not.
import { primaryLanguage } from './language';

/** A date as the language writes it, the usual form first (it is the one messages show). */
export type DateForms = (day: number, month: string, year: number) => string[];

/** The powers of ten a word after a number may stand for: a million, a billion, a trillion, 10¹⁸. */
export type ScalePower = 6 | 9 | 12 | 18;

export interface SourceLanguage {
  /** In English, for the checks' messages. */
  name: string;
  /** The mark before a number's decimals: "24.5" or "24,5". */
  decimalMark: '.' | ',';
  /**
   * The words after a number that multiply it ("1,5 milliard", "24.5bn"), by the power of ten each
   * stands for, as the language's own articles write them. Every word it has for 10⁹ or more is
   * listed, even one seldom seen ("trillion" in French, 10¹⁸), so that no text of it is read with
   * another language's meaning of the word ("billion" is 10⁹ in English, 10¹² in French).
   */
  scales: { readonly [power in ScalePower]?: readonly string[] };
  /** January to December as a date writes them (Russian: in the genitive, "1 сентября"); a second spelling after a slash. */
  months: readonly string[];
  dates: DateForms;
  /** Opening and closing quotes around a title, the usual first; English's, which every language accepts too, come after. */
  quotes: readonly (readonly [string, string])[];
  /**
   * Short words frequent in any text of the language, lower-case, in no other language's list here
   * (a test holds them apart) and not frequent in another language these checks know either
   * (German "die" is Dutch too, French "et" ends English citations' "et al.": left out).
   */
  commonWords: readonly string[];
}

/** French, Italian and Portuguese write the first of the month as an ordinal. */
const first = (day: number, ordinal: string[], plain: string): string[] => (day === 1 ? ordinal : [plain]);

export const SOURCE_LANGUAGES: Readonly<Record<string, SourceLanguage>> = {
  en: {
    name: 'English',
    decimalMark: '.',
    // Headlines capitalise ("$400 Billion Deal"); the press abbreviates ("$24.5bn", Reuters's "bln"; not
    // "tn", which is also tonnes: "500 tn of grain").
    scales: { 6: ['million', 'millions'], 9: ['billion', 'billions', 'Billion', 'Billions', 'bn', 'bln', 'B'], 12: ['trillion', 'trillions', 'Trillion', 'Trillions'] },
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    dates: (d, m, y) => [`${d} ${m} ${y}`],
    quotes: [['"', '"'], ['“', '”']],
    commonWords: ['the', 'and', 'of', 'with', 'that', 'which', 'was', 'were', 'from', 'this', 'has', 'have', 'been', 'its', 'by', 'would'],
  },
  fr: {
    name: 'French',
    decimalMark: ',',
    scales: { 6: ['million', 'millions'], 9: ['milliard', 'milliards', 'Md', 'Mds', 'Mrd', 'Mrds'], 12: ['billion', 'billions'], 18: ['trillion', 'trillions'] },
    months: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
    // "1er septembre" (plain "1 septembre" is seen too).
    dates: (d, m, y) => first(d, [`1er ${m} ${y}`, `1ᵉʳ ${m} ${y}`, `1 ${m} ${y}`], `${d} ${m} ${y}`),
    quotes: [['« ', ' »']],
    commonWords: ['les', 'est', 'une', 'dans', 'pour', 'aux', 'sur', 'pas', 'ont', 'sont', 'avec', 'cette', 'du', 'au', 'ses', 'leur', 'été'],
  },
  de: {
    name: 'German',
    decimalMark: ',',
    // "Bio." only with its point: "Bio-Läden" are shops.
    scales: { 6: ['Million', 'Millionen', 'Mio.', 'Mio'], 9: ['Milliarde', 'Milliarden', 'Mrd.', 'Mrd', 'Mia.'], 12: ['Billion', 'Billionen', 'Bio.'], 18: ['Trillion', 'Trillionen'] },
    // Austria's January is Jänner.
    months: ['Januar/Jänner', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
    dates: (d, m, y) => [`${d}. ${m} ${y}`],
    quotes: [['„', '“'], ['»', '«'], ['«', '»']],
    commonWords: ['der', 'und', 'ist', 'nicht', 'mit', 'von', 'auf', 'für', 'eine', 'dem', 'sich', 'auch', 'wird', 'wurde', 'sind', 'zu', 'werden', 'einen'],
  },
  es: {
    name: 'Spanish',
    decimalMark: ',',
    scales: { 6: ['millón', 'millones'], 9: ['mil millones', 'millardo', 'millardos'], 12: ['billón', 'billones'], 18: ['trillón', 'trillones'] },
    months: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre/setiembre', 'octubre', 'noviembre', 'diciembre'],
    dates: (d, m, y) => [`${d} de ${m} de ${y}`],
    quotes: [['«', '»']],
    commonWords: ['el', 'los', 'las', 'sus', 'fue', 'pero', 'más', 'hasta', 'según', 'también', 'muy'],
  },
  it: {
    name: 'Italian',
    decimalMark: ',',
    scales: { 6: ['milione', 'milioni', 'mln'], 9: ['miliardo', 'miliardi', 'mld.', 'mld'], 12: ['bilione', 'bilioni'], 18: ['trilione', 'trilioni'] },
    months: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
    dates: (d, m, y) => first(d, [`1º ${m} ${y}`, `1° ${m} ${y}`, `1 ${m} ${y}`], `${d} ${m} ${y}`),
    quotes: [['«', '»']],
    commonWords: ['di', 'che', 'è', 'della', 'gli', 'sono', 'nel', 'nella', 'dei', 'delle', 'alla', 'degli', 'anche', 'più', 'stato', 'questo', 'questa'],
  },
  nl: {
    name: 'Dutch',
    decimalMark: ',',
    scales: { 6: ['miljoen', 'miljoenen', 'mln.', 'mln'], 9: ['miljard', 'miljarden', 'mld.', 'mld', 'mrd.', 'mrd'], 12: ['biljoen', 'biljoenen'], 18: ['triljoen', 'triljoenen'] },
    months: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
    dates: (d, m, y) => [`${d} ${m} ${y}`],
    quotes: [['‘', '’'], ['„', '”']],
    commonWords: ['het', 'een', 'van', 'op', 'dat', 'niet', 'voor', 'zijn', 'worden', 'werd', 'wordt', 'ook', 'naar', 'bij', 'heeft', 'hebben', 'maar'],
  },
  pt: {
    name: 'Portuguese',
    decimalMark: ',',
    // Brazil's bilhão is 10⁹ and its trilhão 10¹²; Portugal's bilião is 10¹² (its 10⁹, "mil milhões").
    scales: { 6: ['milhão', 'milhões'], 9: ['bilhão', 'bilhões', 'mil milhões', 'bi'], 12: ['trilhão', 'trilhões', 'bilião', 'biliões', 'tri'], 18: ['trilião', 'triliões'] },
    months: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
    dates: (d, m, y) => first(d, [`1º de ${m} de ${y}`, `1.º de ${m} de ${y}`, `1 de ${m} de ${y}`], `${d} de ${m} de ${y}`),
    quotes: [['«', '»']],
    commonWords: ['não', 'uma', 'os', 'em', 'ao', 'aos', 'pelo', 'pela', 'foi', 'são', 'também', 'às', 'seu'],
  },
  ru: {
    name: 'Russian',
    decimalMark: ',',
    scales: {
      6: ['миллион', 'миллиона', 'миллионов', 'миллионы', 'миллионами', 'миллионах', 'млн.', 'млн'],
      9: ['миллиард', 'миллиарда', 'миллиардов', 'миллиарды', 'миллиардами', 'миллиардах', 'млрд.', 'млрд'],
      12: ['триллион', 'триллиона', 'триллионов', 'триллионы', 'триллионами', 'триллионах', 'трлн.', 'трлн'],
    },
    months: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
    dates: (d, m, y) => [`${d} ${m} ${y}`],
    quotes: [['«', '»'], ['„', '“']],
    commonWords: ['и', 'в', 'не', 'на', 'что', 'с', 'по', 'это', 'как', 'из', 'для', 'за', 'от', 'его', 'но', 'также', 'был', 'была'],
  },
};

/** The entry of a language tag's language (`fr-CA` is `fr`), if the checks know it. */
export function sourceLanguage(tag: string | undefined): SourceLanguage | undefined {
  const primary = tag === undefined ? undefined : primaryLanguage(tag);
  return primary !== undefined && Object.hasOwn(SOURCE_LANGUAGES, primary) ? SOURCE_LANGUAGES[primary] : undefined;
}
