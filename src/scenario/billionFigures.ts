// The large figures a text states (its sums of money), read in the languages a scenario may be
// written in, as exact whole numbers: every figure in billions ("400 billion", "24.5-billion",
// "0,4 milliard", "12 000 milliards", "2,5 Mrd.", "1,5 mil millones", "4,5 млрд") and every
// figure in millions that makes a billion or more ("1.500 millones", as Spanish writes 1.5
// billion). The scenario check and the sources' facts compare them as numbers, never as the
// digits written nor as floating-point values (1.1 × 10⁹ is not exact in binary).
//
// A scale word says its language, and the language says which mark is the decimal one: "1,500
// billion" is 1500 billion, "1,500 milliard" 1.5. Spaces (also the no-break and the narrow no-break
// space French puts between thousands) only ever group thousands. "billion" is the English 10⁹ in
// every text, as it always was here: a French or German "billion" (10¹²) is misread so.
import { regexText } from './regexText';
import { primaryLanguage } from './language';

const BILLION = 1_000_000_000n;

/** Each language's words for a thousand millions and for a million, as they follow a number. */
const SCALES: readonly { language: string; power: 9 | 6; words: readonly string[] }[] = [
  { language: 'en', power: 9, words: ['billion', 'billions'] },
  { language: 'en', power: 6, words: ['million', 'millions'] },
  { language: 'fr', power: 9, words: ['milliard', 'milliards', 'Md', 'Mds', 'Mrd', 'Mrds'] },
  { language: 'fr', power: 6, words: ['million', 'millions'] },
  { language: 'de', power: 9, words: ['Milliarde', 'Milliarden', 'Mrd.', 'Mrd', 'Mia.'] },
  { language: 'de', power: 6, words: ['Million', 'Millionen', 'Mio.', 'Mio'] },
  { language: 'es', power: 9, words: ['mil millones', 'millardo', 'millardos'] },
  { language: 'es', power: 6, words: ['millón', 'millones'] },
  { language: 'it', power: 9, words: ['miliardo', 'miliardi', 'mld.', 'mld'] },
  { language: 'it', power: 6, words: ['milione', 'milioni', 'mln'] },
  { language: 'nl', power: 9, words: ['miljard', 'miljarden', 'mld.', 'mld'] },
  { language: 'nl', power: 6, words: ['miljoen', 'miljoenen', 'mln.', 'mln'] },
  { language: 'pt', power: 9, words: ['bilhão', 'bilhões', 'mil milhões'] },
  { language: 'pt', power: 6, words: ['milhão', 'milhões'] },
  { language: 'ru', power: 9, words: ['миллиард', 'миллиарда', 'миллиардов', 'миллиарды', 'миллиардами', 'миллиардах', 'млрд.', 'млрд'] },
  { language: 'ru', power: 6, words: ['миллион', 'миллиона', 'миллионов', 'миллионы', 'миллионами', 'миллионах', 'млн.', 'млн'] },
];

/** English alone writes a decimal point; the others a decimal comma. */
const decimalMarkOf = (language: string) => (language === 'en' ? '.' : ',');

interface Scale {
  power: 9 | 6;
  languages: string[];
}
const SCALE_OF_WORD = new Map<string, Scale>();
for (const { language, power, words } of SCALES) {
  for (const word of words) {
    // A text saved on a Mac may spell "ó" as o and an accent: both spellings are the word.
    for (const spelt of new Set([word.normalize('NFC'), word.normalize('NFD')])) {
      const scale = SCALE_OF_WORD.get(spelt) ?? { power, languages: [] };
      scale.languages.push(language);
      SCALE_OF_WORD.set(spelt, scale);
    }
  }
}

const SPACES = ' \\u00a0\\u202f\\u2009';
const escaped = (word: string) => regexText(word).replace(/ /g, `[${SPACES}]`);
// Longest first, so that "Mrd." is read whole and "mil millones" before any shorter word.
const WORDS = [...SCALE_OF_WORD.keys()].sort((a, b) => b.length - a.length).map(escaped).join('|');
// Thousands grouped by a space, a point or a comma, then a decimal part; or digits and a decimal part.
// Not from inside a number (the "200" of "1 200", the "2" of "1 1/2"), and the word whole
// ("billionaire" is no figure).
const FIGURE = new RegExp(`(?<![\\d.,/])(\\d{1,3}(?:[${SPACES}.,]\\d{3})+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?)[${SPACES}-](${WORDS})(?![\\p{L}\\p{M}\\p{N}])`, 'gu');

/** A figure of a text: where it is, as written ("1,5 milliard"), and its amount in units (undefined: its marks make no number, "1.500.5 billion"). */
export interface BillionFigure {
  index: number;
  written: string;
  amount: bigint | undefined;
}

/**
 * The figures in billions, and in millions that make a billion or more, in `text`, in order (repeats
 * kept). `language`, the text's (a scenario's `language`), reads a word two languages share with
 * other decimal marks ("1,500 millions"); without it, such a word is read as English.
 */
export function billionFigures(text: string, language?: string): BillionFigure[] {
  const primary = language === undefined ? undefined : primaryLanguage(language);
  const figures: BillionFigure[] = [];
  for (const m of text.matchAll(FIGURE)) {
    const scale = SCALE_OF_WORD.get(m[2]!.replace(/\s+/gu, ' '))!;
    const reading = primary !== undefined && scale.languages.includes(primary) ? primary : scale.languages[0]!;
    const amount = amountOf(m[1]!, decimalMarkOf(reading), scale.power);
    // A figure that cannot be read is kept, for a check to name it rather than pass it by.
    if (amount === undefined || scale.power === 9 || amount >= BILLION) figures.push({ index: m.index, written: m[0], amount });
  }
  return figures;
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
