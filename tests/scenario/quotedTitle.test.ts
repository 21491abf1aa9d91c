// A source's title in quotes, as a reference in the scenario's language quotes it.
import { describe, expect, it } from 'vitest';
import { quotedTitle, quotesTitle } from '../../src/scenario/quotedTitle';

describe('a title in quotes', () => {
  it('is shown in the language’s usual quotes', () => {
    expect(['en', 'fr', 'de', 'es', 'ru', 'pl'].map((l) => quotedTitle('Titre', l))).toEqual(['"Titre"', '« Titre »', '„Titre“', '«Titre»', '«Titre»', '"Titre"']);
  });

  it('is found in the language’s quotes, the keyboard’s and the curly ones', () => {
    const t = 'La France au Sahel';
    for (const reference of [`« ${t} »`, `«\u00a0${t}\u00a0»`, `«\u202f${t}\u202f»`, `«${t}»`, `"${t}"`, `“${t}”`]) expect(quotesTitle(`X. ${reference}. Y.`, t, 'fr'), reference).toBe(true);
    expect(quotesTitle(`X. „${t}“. Y.`, t, 'de')).toBe(true);
    // Any white space between the title's words: a no-break space, two spaces, a folded line.
    expect(quotesTitle('X. « La France\u00a0au  Sahel ». Y.', 'La France au Sahel', 'fr')).toBe(true);
    expect(quotesTitle('X. "Courting\nMother Russia". Y.', 'Courting Mother Russia', 'en')).toBe(true);
    expect(quotesTitle('X. "Courting MotherRussia". Y.', 'Courting Mother Russia', 'en')).toBe(false);
    // English keeps to its own quotes, with the title tight inside them.
    expect(quotesTitle(`X. « ${t} ». Y.`, t, 'en')).toBe(false);
    expect(quotesTitle(`X. " ${t} ". Y.`, t, 'en')).toBe(false);
    expect(quotesTitle(`X. ${t}. Y.`, t, 'fr')).toBe(false);
  });
});
