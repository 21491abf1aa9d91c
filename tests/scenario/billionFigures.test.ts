// The large figures of a text, read in the languages a scenario may be written in, as exact whole
// numbers: what the sources' facts keep and what a shipped scenario's figures are compared with.
import { describe, expect, it } from 'vitest';
import { amountOfBillions, billionFigures, inBillions, scaleAgainstEnglish } from '../../src/scenario/billionFigures';

const amounts = (text: string, language?: string) => billionFigures(text, language).map((f) => f.amount);

describe('the figures of a text', () => {
  it('are whole numbers of units, with no floating-point rounding', () => {
    // 1.1 × 1e9 is 1100000000.0000002 in floating point; 0.3 billion is not 0.1 + 0.2 of one.
    expect(amounts('1.1 billion, 0,3 milliard, 24.5-billion')).toEqual([1_100_000_000n, 300_000_000n, 24_500_000_000n]);
    // Beyond 2^53, still exact: 9 007 199 254.740993 billion.
    expect(amounts('9,007,199,254.740993 billion')).toEqual([9_007_199_254_740_993_000n]);
  });

  it('say where they are and how they are written, for the message at the line', () => {
    const text = 'Le G5 coûte 1,5\u00a0milliard.';
    expect(billionFigures(text, 'fr')).toEqual([{ index: text.indexOf('1,5'), written: '1,5\u00a0milliard', word: 'milliard', amount: 1_500_000_000n }]);
  });

  it('read a point or comma before three digits by the scale word’s language, any other as a decimal mark', () => {
    const [thousand500, one5] = [1_500_000_000_000n, 1_500_000_000n];
    expect(amounts('1,500 billion; 1.500 billion; 1,500 milliard; 1.500 milliards; 1.500 Mrd.; 1,500 Mrd.')).toEqual([thousand500, one5, one5, thousand500, thousand500, one5]);
    expect(amounts('1.500.000 millones; 1,500,000 million; 1.500,25 Mrd.; 1,500.25 billion')).toEqual([1_500_000_000_000n, 1_500_000_000_000n, 1_500_250_000_000n, 1_500_250_000_000n]);
  });

  it('read a word two languages share ("1,500 millions") by the scenario’s language, else as English', () => {
    expect(amounts('1,500 millions')).toEqual([1_500_000_000n]);
    expect(amounts('1,500 millions', 'en-GB')).toEqual([1_500_000_000n]);
    // 1.5 million in French: under a billion, no figure.
    expect(amounts('1,500 millions', 'fr')).toEqual([]);
  });

  it('leave out numbers that are no figure of a billion: plain counts, percentages, millions under a billion, fractions', () => {
    expect(amounts('12 000 soldats, 1 200 soldats, 4,5 %, 300 millions, 3 billionaires')).toEqual([]);
    // "1 1/2 billion" is no "2 billion", "2/3 milliard" no "3 milliards".
    expect(amounts('1 1/2 billion, 2/3 milliard')).toEqual([]);
    // Nor a year before a figure: "2014 300" is not 2014300.
    expect(amounts('En 2014 300 milliards')).toEqual([300_000_000_000n]);
  });

  it('keep a figure whose marks make no number, without an amount, for a check to name it', () => {
    expect(amounts('1.500.5 billion, 1 200.000,5 Mrd., 1.0000000001 billion')).toEqual([undefined, undefined, undefined]);
  });

  it('read a single mark after a lone 0 as the decimal one, in every language', () => {
    // The French "billion" is a million millions: 0,500 billion is 500 milliards.
    expect(amounts('0.750 milliard; 0,500 billion; 0.500 Mrd.; 0,75 milliard', 'fr')).toEqual([750_000_000n, 500_000_000_000n, 500_000_000n, 750_000_000n]);
    expect(amounts('0,500 billion; 0.750 bn', 'en')).toEqual([500_000_000n, 750_000_000n]);
  });
});

describe('a scale word, in the language of its text', () => {
  const [B, T] = [1_000_000_000n, 1_000_000_000_000n];

  it('means what that language makes it: a French or German "billion" is a million millions, the English one a thousand millions', () => {
    expect(amounts("2 billions d'euros, 2\u202f000 milliards, 1 billion, 3 trillions", 'fr')).toEqual([2n * T, 2n * T, T, 3_000_000n * T]);
    expect(amounts('2 billion, 2 trillion, $400 Billion Deal, 1.2 Trillion', 'en')).toEqual([2n * B, 2n * T, 400n * B, 1_200n * B]);
    expect(amounts('2 Billionen Euro, 1,5 Bio. Euro, 2 Milliarden, 1 Trillion', 'de')).toEqual([2n * T, 1_500n * B, 2n * B, 1_000_000n * T]);
    expect(amounts('2 billones, 1 trillón, 2.000 millones', 'es')).toEqual([2n * T, 1_000_000n * T, 2n * B]);
    expect(amounts('2 bilioni, 2 miliardi', 'it')).toEqual([2n * T, 2n * B]);
    expect(amounts('2 biljoen, 2 miljard, 2 mrd.', 'nl')).toEqual([2n * T, 2n * B, 2n * B]);
    expect(amounts('4,5 трлн рублей, 2 триллиона, 3 млрд', 'ru')).toEqual([4_500n * B, 2n * T, 3n * B]);
    // Portugal's bilião is a million millions, Brazil's bilhão a thousand millions (and its trilhão a million millions).
    expect(amounts('2 biliões, 2 mil milhões, 2 bilhões, 2 trilhões', 'pt-PT')).toEqual([2n * T, 2n * B, 2n * B, 2n * T]);
    expect(amounts('2 biliões', 'pt-BR')).toEqual([2n * T]);
  });

  it('is read as the English press abbreviates it, with or without a space', () => {
    expect(amounts('$24.5bn, 24.5 bn, $1,200bn, 3 bln', 'en')).toEqual([24_500_000_000n, 24_500_000_000n, 1_200n * B, 3n * B]);
    // "tn" is also tonnes: no figure.
    expect(amounts('500 tn of grain, $1.2tn', 'en')).toEqual([]);
    // A word needs no space in any language ("2,5Mrd."); a word is still whole ("bnp", "2Bio-Läden").
    expect(amounts('2,5Mrd. Euro, 3 Bio-Läden', 'de')).toEqual([2_500_000_000n]);
    expect(amounts('24bnp, 3 tnt', 'en')).toEqual([]);
  });

  it('is no figure in a text of a language it is not a word of, when the languages that have it disagree on its scale', () => {
    for (const language of ['es', 'de', 'it', 'nl', 'pt', 'ru']) expect(amounts('2 billion, 2 trillion', language), language).toEqual([]);
    expect(amounts('2 Billion', 'fr')).toEqual([]);
    // A word whose languages agree is read in any text: "Mrd." and "milliard" are 10⁹ wherever they are words.
    expect(amounts('2 milliards, 2 Mrd., $3bn', 'es')).toEqual([2n * B, 2n * B, 3n * B]);
  });

  it('is read as English reads it where the text’s language is not known, as before ("billion" is 10⁹)', () => {
    for (const language of [undefined, 'pl', 'sv']) {
      expect(amounts('2 billion, 2 trillion, 2 milliards, 2 Billionen', language), language).toEqual([2n * B, 2n * T, 2n * B, 2n * T]);
    }
  });

  it('that English reads at another scale is said so, for the message of a figure no source states', () => {
    expect(scaleAgainstEnglish('billions', 'fr-CA')).toBe('in French "billions" is the English "trillion" (10¹²), and the English "billion" (10⁹) is "milliard"');
    expect(scaleAgainstEnglish('trillion', 'fr')).toBe('in French "trillion" is 10¹⁸, and the English "trillion" (10¹²) is "billion"');
    expect(scaleAgainstEnglish('Billion', 'de')).toBe('in German "Billion" is the English "trillion" (10¹²), and the English "billion" (10⁹) is "Milliarde"');
    expect([scaleAgainstEnglish('milliards', 'fr'), scaleAgainstEnglish('billion', 'en'), scaleAgainstEnglish('billion', 'pl'), scaleAgainstEnglish('billones', 'es')]).toEqual([undefined, undefined, undefined, undefined]);
  });
});

describe('a number of billions, as the facts file keeps it', () => {
  it('is written with a decimal point and no trailing zeros, and read back exactly', () => {
    expect([1_500_000_000n, 400_000_000_000n, 400_000_000n, 1_000_000_001n].map(inBillions)).toEqual(['1.5', '400', '0.4', '1.000000001']);
    expect(['24.5', '24.50', '024.5', '1.000000001'].map(amountOfBillions)).toEqual([24_500_000_000n, 24_500_000_000n, 24_500_000_000n, 1_000_000_001n]);
    expect(['24,5', '1.5 billion', '', '1.0000000001'].map(amountOfBillions)).toEqual([undefined, undefined, undefined, undefined]);
  });
});
