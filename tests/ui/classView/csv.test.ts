// The class's CSV: UTF-8 with a byte-order mark, CR LF, cells quoted when they must be, and a
// student's text that starts as a formula kept from running.
import { describe, expect, it } from 'vitest';
import { csvCell, csvText } from '../../../src/ui/classView/csv';

describe('csv', () => {
  it('starts with a byte-order mark and ends each line with CR LF', () => {
    const text = csvText(['Student', 'Score'], [['Chloé', 364]]);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect([...new TextEncoder().encode(text).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text.slice(1)).toBe('Student,Score\r\nChloé,364\r\n');
  });

  it('puts a ’ before a text that a spreadsheet would run as a formula', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(csvCell(`${start}HYPERLINK("http://x")`).replace(/^"/, '')).toMatch(/^'/);
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('-2+3')).toBe("'-2+3");
    // Inside a text, the same characters are harmless.
    expect(csvCell('a=b')).toBe('a=b');
    // Our own numbers go in as numbers, a negative one too.
    expect(csvCell(-5)).toBe('-5');
  });

  it('quotes a cell with a comma, a quote, a line break or a space at an end, and leaves an empty one empty', () => {
    expect(csvCell('Build a pipeline, then sell')).toBe('"Build a pipeline, then sell"');
    expect(csvCell('the “card” "x"')).toBe('"the “card” ""x"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('class-7b ')).toBe('"class-7b "');
    expect(csvCell('class-7b')).toBe('class-7b');
    expect(csvCell(null)).toBe('');
    expect(csvCell('=x, y')).toBe(`"'=x, y"`);
  });
});
