// "Find a student": every word typed in one of the row's names, accents, case and underscores aside.
import { describe, expect, it } from 'vitest';
import { findsStudent } from '../../../src/ui/classView/findStudent';

describe('findsStudent', () => {
  it('finds a name by part of it, whatever the case and accents', () => {
    expect(findsStudent('chloe', ['Chloé Dubois.json'])).toBe(true);
    expect(findsStudent('DUBO', ['Chloé Dubois.json'])).toBe(true);
    expect(findsStudent('Chloé', ['chloe-dubois.json'])).toBe(true);
    expect(findsStudent('anna', ['Chloé Dubois.json'])).toBe(false);
  });

  it('needs every word typed, in any order, spaces matching underscores and dashes', () => {
    expect(findsStudent('lee grace', ['Grace_Lee_game.json'])).toBe(true);
    expect(findsStudent('grace lee', ['Grace_Lee_game.json'])).toBe(true);
    expect(findsStudent('grace kim', ['Grace_Lee_game.json'])).toBe(false);
  });

  it('finds a row by one of its copies’ names', () => {
    expect(findsStudent('boris', ['anna.json', 'boris.json'])).toBe(true);
  });

  it('finds every row with nothing typed (or only spaces)', () => {
    expect(findsStudent('', ['anna.json'])).toBe(true);
    expect(findsStudent('   ', ['anna.json'])).toBe(true);
  });
});
