// The command line's tables line up whatever the scenario's language: a decomposed accent takes no
// column, a Chinese character two.
import { describe, expect, it } from 'vitest';
import { table } from '../../src/cli/batch/report';
import { displayWidth } from '../../src/cli/displayWidth';

describe('displayWidth', () => {
  it('counts the columns a terminal gives: none for combining marks and zero-width characters, two for wide ones', () => {
    expect(displayWidth('Sécurité')).toBe(8);
    expect(displayWidth('Se\u0301curite\u0301')).toBe(8);
    expect(displayWidth('中国的影响')).toBe(10);
    expect(displayWidth('한국')).toBe(4);
    expect(displayWidth('a\u200Bb')).toBe(2);
    expect(displayWidth('Россия')).toBe(6);
    expect(displayWidth('🚀✓')).toBe(3);
    expect(displayWidth('a\u202Eb')).toBe(2);
    // Symbols of U+2600–27BF: wide when shown as emoji by default, or when asked to (U+FE0F).
    expect(displayWidth('☕⚡✅❌')).toBe(8);
    expect(displayWidth('✈⚠★')).toBe(3);
    expect(displayWidth('✈\uFE0F')).toBe(2);
    expect(displayWidth('🚀\uFE0F')).toBe(2);
    // A flag is two letters of a column each.
    expect(displayWidth('🇯🇵')).toBe(2);
  });

  it('pads table cells so that the next column starts at the same place on every row', () => {
    const lines = table(['track', 'median'], [['Se\u0301curite\u0301 au Sahel', 78], ['Influence', 50], ['中国的影响', 12]]);
    const ends = lines.map((line) => displayWidth(line));
    expect(new Set(ends).size).toBe(1);
    expect(lines[1]).toBe('Se\u0301curite\u0301 au Sahel      78');
  });
});
