import { describe, expect, it } from 'vitest';
import { CODE_ALPHABET } from '../../../src/net/protocol';
import { cleanName, codeProblem, normaliseCode } from '../../../src/ui/class/joinCode';

describe('a join code as a student types it', () => {
  it('is read in any case, with spaces and dashes, and accepted when it can be a code', () => {
    expect(normaliseCode(' abcd-efgh ')).toBe('ABCDEFGH');
    expect(normaliseCode('47ez s5w6')).toBe('47EZS5W6');
    expect(codeProblem(normaliseCode('47ez s5w6'))).toBeNull();
  });

  it('is refused in words: its length, or a character codes never use (and which they leave out)', () => {
    expect(codeProblem('ABC')).toBe('a join code has 8 letters and digits (this one has 3)');
    expect(CODE_ALPHABET).not.toContain('O');
    expect(codeProblem('ABCDEFGO')).toBe('a join code has no “O” (codes leave out 0, 1, I, L, O, U, V, which look alike)');
  });
});

describe('a student name', () => {
  it('is trimmed, loses control and direction characters, and must hold 1 to 40 characters', () => {
    expect(cleanName('  Anna  ')).toBe('Anna');
    expect(cleanName('An\u202ena\n')).toBe('Anna');
    expect(cleanName(' \u0007 ')).toBeNull();
    expect(cleanName('x'.repeat(41))).toBeNull();
    expect(cleanName('x'.repeat(40))).toBe('x'.repeat(40));
    // Every direction mark, embedding and isolate is left out, not only the right-to-left override.
    expect(cleanName('A\u200en\u200fn\u202aa\u202b \u202cB\u202d\u2066e\u2067r\u2068g\u2069')).toBe('Anna Berg');
    expect(cleanName('Ли Вэй')).toBe('Ли Вэй');
    // Zero-width ones too: "An\u200Bna" would look like Anna and be another name.
    expect(cleanName('An\u200Bna\uFEFF')).toBe('Anna');
  });
});
