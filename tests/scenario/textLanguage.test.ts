// The language of a source text, told by its common words: what `npm run sources` reads its figures
// in ("2 billions" in a French text is 2 × 10¹²), since nobody tells it the language.
import { describe, expect, it } from 'vitest';
import { SOURCE_LANGUAGES } from '../../src/scenario/sourceLanguages';
import { textLanguage } from '../../src/scenario/textLanguage';
import { billionFiguresIn } from '../../src/scenario/sourceFacts';

const PARAGRAPHS: Record<string, string> = {
  en: 'The deal was signed in Shanghai in May 2014, and Gazprom said that the price of the gas would not be made public by either side.',
  fr: "En 2017, les cinq États du G5 Sahel créent une force conjointe ; son financement, estimé à 0,4 milliard d'euros, reste incertain et les partenaires sont divisés sur sa durée.",
  de: 'Die Bundeswehr ist seit 2013 in Mali und beteiligt sich an der Ausbildung der Armee; der Einsatz wurde vom Bundestag mehrfach verlängert, auch wenn die Kritik wächst.',
  es: 'El acuerdo fue firmado en mayo, pero los detalles del precio nunca se hicieron públicos y las dos partes mantienen hasta hoy posiciones muy distintas según los analistas.',
  it: "L'accordo è stato firmato a maggio, ma i dettagli del prezzo non sono mai stati resi noti e anche gli analisti della regione restano divisi sulla durata delle forniture.",
  nl: 'Het akkoord werd in mei getekend, maar de prijs van het gas is nooit bekendgemaakt en ook de analisten zijn het niet eens over de duur van de leveringen.',
  pt: 'O acordo foi assinado em maio, mas os detalhes do preço não foram divulgados e também os analistas da região continuam divididos sobre a duração das entregas aos clientes.',
  ru: 'Соглашение было подписано в мае, но цена газа так и не была раскрыта, и аналитики до сих пор спорят о сроках поставок и о том, что это значит для России.',
};

describe('the language of a source text', () => {
  it('is told by its common words, in each language the sources checks know', () => {
    expect(Object.keys(PARAGRAPHS)).toEqual(Object.keys(SOURCE_LANGUAGES));
    for (const [code, paragraph] of Object.entries(PARAGRAPHS)) expect(textLanguage(paragraph), code).toBe(code);
    // A Mac's "è" as e and an accent is the same word.
    expect(textLanguage(PARAGRAPHS.it!.normalize('NFD'))).toBe('it');
  });

  it('is not told when its words are too few or as many in two languages: the text is then read as one of no known language', () => {
    expect(textLanguage("Le G5 coûte 2 billions d'euros.")).toBeUndefined();
    expect(textLanguage('It says 12 billion dollars.')).toBeUndefined();
    expect(textLanguage(`${PARAGRAPHS.en} ${PARAGRAPHS.fr}`)).toBeUndefined();
    expect(textLanguage('Umowa została podpisana w maju, ale cena gazu nigdy nie została ujawniona.')).toBeUndefined();
  });

  it('counts only words written in lower case: names and titles are any language’s', () => {
    // Six German words among the names of a short English text made it German, its "Billion" 10¹².
    const names = 'Von der Leyen unveils €800 Billion ReArm Europe plan. Von der Leyen told Die Welt and Der Spiegel on Tuesday that the plan has the support of the Commission, and that it would be funded by loans.';
    expect(textLanguage(names)).toBe('en');
    expect(billionFiguresIn(names)).toEqual(['800']);
    const french = 'The report by the Fondation pour la Recherche Stratégique and Les Echos was published in May: it put the cost at €2 billion, which has been quoted since by the press.';
    expect(textLanguage(french)).toBe('en');
    expect(billionFiguresIn(french)).toEqual(['2']);
  });

  it('leaves out words another language writes often', () => {
    // Dutch writes "die" and "was", Portuguese "das", Italian "qui" and "sua", Portuguese "está", English "et al.".
    const dutch = 'Die afspraak was al in mei gemaakt, maar het is niet duidelijk wat de prijs van het gas is; ook de analisten die de markt volgen zijn het er niet over eens.';
    expect(textLanguage(dutch)).toBe('nl');
    for (const word of ['die', 'das', 'qui', 'sua', 'está', 'et']) expect(Object.values(SOURCE_LANGUAGES).some((l) => l.commonWords.includes(word)), word).toBe(false);
  });

  it('rests on words no two languages share', () => {
    const seen = new Map<string, string>();
    for (const [code, { commonWords }] of Object.entries(SOURCE_LANGUAGES)) {
      for (const word of commonWords) {
        expect(seen.get(word), `"${word}" of ${code}`).toBeUndefined();
        expect(word, code).toBe(word.toLowerCase().normalize('NFC'));
        seen.set(word, code);
      }
    }
  });
});
