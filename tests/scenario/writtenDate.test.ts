// A source's date as a reference in the scenario's language writes it out (the shipped-scenario
// check looks for it in the reference).
import { describe, expect, it } from 'vitest';
import { saysDate, writtenDates } from '../../src/scenario/writtenDate';

describe('a date written out', () => {
  it('is the language’s usual form first, its others, then English', () => {
    expect(writtenDates('2016-09-09', 'en')).toEqual(['9 September 2016']);
    expect(writtenDates('2024-09-01', 'fr')).toEqual(['1er septembre 2024', '1ᵉʳ septembre 2024', '1 septembre 2024', '1 September 2024']);
    expect(writtenDates('2020-02-02', 'fr-CA')[0]).toBe('2 février 2020');
    expect(writtenDates('2024-01-01', 'de')).toEqual(['1. Januar 2024', '1. Jänner 2024', '1 January 2024']);
    expect(writtenDates('2024-09-01', 'es')).toEqual(['1 de septiembre de 2024', '1 de setiembre de 2024', '1 September 2024']);
    expect(writtenDates('2024-09-01', 'it')[0]).toBe('1º settembre 2024');
    expect(writtenDates('2024-03-12', 'nl')[0]).toBe('12 maart 2024');
    expect(writtenDates('2024-03-12', 'pt')[0]).toBe('12 de março de 2024');
    expect(writtenDates('2024-09-01', 'ru')[0]).toBe('1 сентября 2024');
    // A language with no forms here: English alone.
    expect(writtenDates('2024-09-01', 'pl')).toEqual(['1 September 2024']);
  });

  it('is found with any spaces, in any Unicode form, and never inside a longer number', () => {
    expect(saysDate('Texte, 1er\u00a0septembre\u202f2024.', '2024-09-01', 'fr')).toBe(true);
    expect(saysDate('Texte, 2 fe\u0301vrier 2020.', '2020-02-02', 'fr')).toBe(true);
    expect(saysDate('Policy Forum, 11 September 2016.', '2016-09-01', 'en')).toBe(false);
    expect(saysDate('Policy Forum, 1 September 20160.', '2016-09-01', 'en')).toBe(false);
    expect(saysDate('Policy Forum, 1 septembre 2016.', '2016-09-01', 'en')).toBe(false);
  });
});
