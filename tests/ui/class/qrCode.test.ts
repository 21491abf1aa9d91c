// The QR code of a join link: its modules, from qrcode-generator, drawn by qrSvg. A scanner finds a
// code by its three finder patterns; a wrong size or a missing pattern would make it unreadable.
import { describe, expect, it } from 'vitest';
import { qrModules } from '../../../src/ui/class/qrCode';

/** The 7×7 finder pattern: a dark ring, a light ring, a dark 3×3 centre. */
function finderAt(dark: (r: number, c: number) => boolean, top: number, left: number): boolean {
  for (let r = 0; r < 7; r++) {
    for (let c = 0; c < 7; c++) {
      const ring = Math.max(Math.abs(r - 3), Math.abs(c - 3));
      if (dark(top + r, left + c) !== (ring !== 2)) return false;
    }
  }
  return true;
}

describe('the join link as a QR code', () => {
  it('has the standard size and the three finder patterns, for links of every usual length', () => {
    for (const link of ['http://localhost:2567/?class=47EZS5W6', `https://school.example.org/${'games/'.repeat(12)}index.html?class=47EZS5W6`]) {
      const { size, dark } = qrModules(link);
      // Version v is 17 + 4v modules wide.
      expect((size - 17) % 4).toBe(0);
      expect(finderAt(dark, 0, 0)).toBe(true);
      expect(finderAt(dark, 0, size - 7)).toBe(true);
      expect(finderAt(dark, size - 7, 0)).toBe(true);
      expect(finderAt(dark, size - 7, size - 7)).toBe(false);
    }
  });

  it('grows with the text and is the same for the same text', () => {
    const short = qrModules('http://localhost/?class=47EZS5W6');
    const long = qrModules(`http://localhost/${'x'.repeat(200)}?class=47EZS5W6`);
    expect(long.size).toBeGreaterThan(short.size);
    const again = qrModules('http://localhost/?class=47EZS5W6');
    const cells = (q: typeof short) => Array.from({ length: q.size * q.size }, (_, i) => q.dark(Math.floor(i / q.size), i % q.size));
    expect(cells(again)).toEqual(cells(short));
  });
});
