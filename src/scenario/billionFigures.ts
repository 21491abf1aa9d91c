// The large figures a text states (its sums of money), read in the languages the sources checks
// know, as exact whole numbers: every figure in billions or more ("400 billion", "24.5-billion",
// "$24.5bn", "0,4 milliard", "12 000 milliards", "2,5 Mrd.", "1,5 mil millones", "4,5 млрд",
// "2 billions", "1.2 trillion") and every figure in millions that makes a billion or more
// ("1.500 millones", as Spanish writes 1.5 billion). The scenario check and the sources' facts
// compare them as numbers, never as the digits written nor as floating-point values (1.1 × 10⁹ is
// not exact in binary).
//
// A word means what the text's language makes it (sourceLanguages.ts): "billion" is 10⁹ in English
// and 10¹² in French, "bilhão" 10⁹ in Brazil and "bilião" 10¹² in Portugal. A word of another
// language than the text's is read only if every language that has it gives it one scale (an
// English scenario's "1,5 milliard"); a "billion" in a Spanish text (English 10⁹ or French 10¹²?)
// is no figure. The language also says which mark is the decimal one: "1,500 billion" is 1500
// billion in English, "1,500 milliard" 1.5. Spaces (also the no-break and the narrow no-break space
// French puts between thousands) only ever group thousands.
import { regexText } from './regexText';
import { primaryLanguage } from './language';
import { SOURCE_LANGUAGES, sourceLanguage, type ScalePower } from './sourceLanguages';

const BILLION = 1_000_000_000n;

/** How one language reads a word: the power of ten it stands for, and that language's decimal mark. */
interface Reading {
  language: string;
  power: ScalePower;
  decimalMark: '.' | ',';
}
const READINGS = new Map<string, Reading[]>();
for (const [language, { scales, decimalMark }] of Object.entries(SOURCE_LANGUAGES)) {
  for (const [power, words] of Object.entries(scales)) {
    for (const word of words) {
      // A text saved on a Mac may spell "ó" as o and an accent: both spellings are the word.
      for (const spelt of new Set([word.normalize('NFC'), word.normalize('NFD')])) {
        READINGS.set(spelt, [...(READINGS.get(spelt) ?? []), { language, power: Number(power) as ScalePower, decimalMark }]);
      }
    }
  }
}

/**
 * The reading of a word in a text of `language`: its own, if the language has the word. Where the
 * language is not known (none given, or one sourceLanguages.ts has no entry for), as English reads
 * the word, as this module always did ("billion" is 10⁹): such a text is read as before. Else as
 * the languages that have it read it, if they agree on its scale (undefined if they do not), with
 * their decimal mark if they agree on it too, else the text's own ("1,500 million" in German).
 */
function readingIn(readings: readonly Reading[], language: string | undefined): Reading | undefined {
  const known = language === undefined ? undefined : sourceLanguage(language);
  const own = readings.find((r) => r.language === (known ? primaryLanguage(language!) : 'en'));
  if (own) return own;
  const [one] = readings as [Reading];
  if (readings.some((r) => r.power !== one.power)) return undefined;
  return readings.every((r) => r.decimalMark === one.decimalMark) || !known ? one : { ...one, decimalMark: known.decimalMark };
}

const SPACES = ' \\u00a0\\u202f\\u2009';
const escaped = (word: string) => regexText(word).replace(/ /g, `[${SPACES}]`);
// Longest first, so that "Mrd." is read whole and "mil millones" before any shorter word.
const WORDS = [...READINGS.keys()].sort((a, b) => b.length - a.length).map(escaped).join('|');
// Thousands grouped by a space, a point or a comma, then a decimal part; or digits and a decimal part.
// Not from inside a number (the "200" of "1 200", the "2" of "1 1/2"), and the word whole
// ("billionaire" is no figure, nor "52 B-52s"; "a 5 billion-dollar deal" is). The word may follow
// the number with no space ("$24.5bn").
const FIGURE = new RegExp(`(?<![\\d.,/])(\\d{1,3}(?:[${SPACES}.,]\\d{3})+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?)[${SPACES}-]?(${WORDS})(?![\\p{L}\\p{M}\\p{N}]|-\\p{N})`, 'gu');

/** A figure of a text: where it is, as written ("1,5 milliard"), its scale word ("milliard") and its amount in units (undefined: its marks make no number, "1.500.5 billion"). */
export interface BillionFigure {
  index: number;
  written: string;
  word: string;
  amount: bigint | undefined;
}

/**
 * The figures in billions or more, and in millions that make a billion or more, in `text`, in order
 * (repeats kept), each word read as `language` (the text's: a scenario's `language`, a source's)
 * reads it; without one, as English does where English has the word.
 */
export function billionFigures(text: string, language?: string): BillionFigure[] {
  const figures: BillionFigure[] = [];
  for (const m of text.matchAll(FIGURE)) {
    const word = m[2]!.replace(/\s+/gu, ' ');
    const reading = readingIn(READINGS.get(word)!, language);
    if (reading === undefined) continue;
    const amount = amountOf(m[1]!, reading.decimalMark, reading.power);
    // A figure that cannot be read is kept, for a check to name it rather than pass it by.
    if (amount === undefined || reading.power >= 9 || amount >= BILLION) figures.push({ index: m.index, written: m[0], word, amount });
  }
  return figures;
}

const POWER: Record<ScalePower, string> = { 6: '10⁶', 9: '10⁹', 12: '10¹²', 18: '10¹⁸' };

/**
 * For a word `language` reads at another scale than English does, what it is there, for a message
 * to a reader who may have taken it for English: `in French "billions" is the English "trillion"
 * (10¹²), and the English "billion" (10⁹) is "milliard"`. Undefined for any other word.
 */
export function scaleAgainstEnglish(word: string, language: string): string | undefined {
  const own = sourceLanguage(language);
  const readings = READINGS.get(word) ?? [];
  const mine = own && readings.find((r) => r.language === primaryLanguage(language));
  const english = readings.find((r) => r.language === 'en');
  if (!own || !mine || !english || mine.power === english.power) return undefined;
  const englishWord = (power: ScalePower) => SOURCE_LANGUAGES.en!.scales[power]?.[0];
  const is = englishWord(mine.power) === undefined ? POWER[mine.power] : `the English "${englishWord(mine.power)}" (${POWER[mine.power]})`;
  const instead = own.scales[english.power]?.[0];
  return `in ${own.name} "${word}" is ${is}${instead === undefined ? '' : `, and the English "${englishWord(english.power)}" (${POWER[english.power]}) is "${instead}"`}`;
}

/**
 * A number as written, times 10^power, exactly; undefined when its marks make no number ("1.500.5",
 * a space and a point both grouping) or it has more decimals than units. A point or comma once,
 * before three digits ("1,500"), is read by the language's decimal mark; before any other count of
 * digits, it is the decimal mark whatever the language ("4,5 billion").
 */
function amountOf(number: string, decimalMark: '.' | ',', power: number): bigint | undefined {
  const parts = number.split(/[^\d]/);
  const marks = number.replace(/\d/g, '');
  const last = marks.at(-1);
  const before = marks.slice(0, -1);
  let decimal = false;
  if (last === '.' || last === ',') {
    if (before.includes(last)) decimal = false; // 1.500.000
    else if (before !== '') decimal = true; // 1.500,5 and 1 200,5
    else if (parts[0] === '0') decimal = true; // 0,500 and 0.750: no number groups thousands after a 0
    else if (parts[0]!.length <= 3 && parts[1]!.length === 3) decimal = last === decimalMark; // 1,500
    else decimal = true; // 1,5 and 1234,567
  }
  const grouping = new Set((decimal ? before : marks).replace(/\s/gu, ' '));
  const groups = decimal ? parts.slice(1, -1) : parts.slice(1);
  if (grouping.size > 1 || groups.some((g) => g.length !== 3)) return undefined;
  const fraction = decimal ? parts.at(-1)!.replace(/0+$/, '') : '';
  if (fraction.length > power) return undefined;
  const whole = (decimal ? parts.slice(0, -1) : parts).join('');
  return BigInt(whole + fraction) * 10n ** BigInt(power - fraction.length);
}

/** An amount as the number of billions it is, with a decimal point: 24500000000 is "24.5". */
export function inBillions(amount: bigint): string {
  const rest = amount % BILLION;
  return rest === 0n ? `${amount / BILLION}` : `${amount / BILLION}.${`${rest}`.padStart(9, '0').replace(/0+$/, '')}`;
}

/** The amount a number of billions stands for ("24.5", as the facts file keeps it), or undefined if it is not one. */
export function amountOfBillions(billions: string): bigint | undefined {
  const m = /^(\d+)(?:\.(\d{1,9}))?$/.exec(billions);
  return m ? BigInt(m[1]!) * BILLION + BigInt((m[2] ?? '').padEnd(9, '0')) : undefined;
}
