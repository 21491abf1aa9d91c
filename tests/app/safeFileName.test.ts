// Downloaded files are named in a–z, digits and dashes, the letters of other Latin alphabets kept
// without their accents (they were dropped: "Élodie" gave "lodie").
import { describe, expect, it } from 'vitest';
import { safeFileName } from '../../src/app/browser/files';

describe('safeFileName', () => {
  it('keeps accented and other Latin letters as a–z, and drops what a file name may not hold', () => {
    expect(safeFileName('pivot-east', 'france-sahel-2013', "Élodie & Zoë 5ᵉB l'été", 'turn-2')).toBe('pivot-east-france-sahel-2013-elodie-zoe-5eb-lete-turn-2');
    expect(safeFileName('Søren Weiß', 'Łucja', 'Æsa')).toBe('soren-weiss-lucja-aesa');
    expect(safeFileName('a/../b', '<img src=x>')).toBe('a-b-img-src-x');
  });
});
