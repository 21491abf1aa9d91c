// The class's table as CSV: a line per game in the order given, the student and the file apart,
// the figures the comparison has, and the students' own text (file names) kept from running as
// formulas.
import { describe, expect, it } from 'vitest';
import { compareRecords } from '../../../src/app/classView';
import { playWithBot } from '../../../src/app/playBot';
import { classCsv, studentAndFile } from '../../../src/ui/classView/classCsv';
import { fixtureIndex } from '../../engine/fixture';

const index = fixtureIndex();

/** The CSV's lines as cells (none of these cells holds a comma inside quotes but the deals). */
function parse(text: string): string[][] {
  return text
    .slice(1)
    .split('\r\n')
    .filter((l) => l !== '')
    .map((line) => [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)].map((m) => m[1]!).slice(0, -1));
}

describe('studentAndFile', () => {
  it('splits "Name (file)" and leaves a file’s name alone', () => {
    expect(studentAndFile('Anna Petrova (pivot-east-tutorial-turn-8.json)')).toEqual({ student: 'Anna Petrova', file: 'pivot-east-tutorial-turn-8.json' });
    expect(studentAndFile('Nina (Nina (draft).json)')).toEqual({ student: 'Nina', file: 'Nina (draft).json' });
    expect(studentAndFile('Lena Kraus (1).json')).toEqual({ student: 'Lena Kraus (1).json', file: 'Lena Kraus (1).json' });
    // Two files of one name: the second counted "(2)", which is no file.
    expect(studentAndFile('anna.json (2)')).toEqual({ student: 'anna.json (2)', file: 'anna.json (2)' });
  });
});

describe('classCsv', () => {
  const evil = "=HYPERLINK(\"http://x\")+cmd|' /C calc'!A0.json";
  const c = compareRecords(
    [
      { name: 'Anna Petrova (anna.json)', record: playWithBot(index, 'csv-1', 'greedy').record() },
      { name: evil, record: playWithBot(index, 'csv-2', 'random').record() },
    ],
    index,
  );

  it('has a line per game, in the order given, with the comparison’s figures', () => {
    const order = [...c.students].reverse();
    const [header, ...rows] = parse(classCsv(order, index, new Map()));
    expect(header).toEqual(['Student', 'File', 'Seed', 'Ending', 'Score', 'Turns', 'Proposals', 'Deals', 'Deals made', 'Copies of the same game', ...index.scenario.tracks.map((t) => `${t.name} at the end`)]);
    expect(c.students.every((s) => s.ending !== null)).toBe(true);
    expect(rows).toHaveLength(2);
    for (const [i, s] of order.entries()) {
      const row = rows[i]!;
      expect(row[2]).toBe(s.seed);
      expect(row[3]).toBe(s.ending?.title ?? 'not finished');
      expect(row[4]).toBe(String(s.score));
      expect(row[5]).toBe(String(s.turns));
      expect(row[6]).toBe(String(s.proposals.length));
      expect(row[7]).toBe(String(s.deals.length));
      for (const d of s.deals) expect(row[8]).toContain(d.title);
      expect(row.slice(10)).toEqual(index.scenario.tracks.map((t) => String(s.tracks[t.id])));
    }
    const anna = rows.find((r) => r[0] === 'Anna Petrova')!;
    expect(anna[1]).toBe('anna.json');
  });

  it('keeps a file name written as a formula from running: a ’ before it, in quotes for its quotes', () => {
    const text = classCsv(c.students, index, new Map());
    const row = parse(text).find((r) => r[0]!.includes('HYPERLINK'))!;
    expect(row[0]).toBe(`"'${evil.replaceAll('"', '""')}"`);
    expect(text).not.toMatch(/(^|,)=/m);
  });

  it('adds the Seats column when some game had its seats held', () => {
    const [header, ...rows] = parse(classCsv(c.students, index, new Map([['Anna Petrova (anna.json)', 'China: the greedy bot']])));
    expect(header![3]).toBe('Seats');
    expect(rows.map((r) => r[3])).toEqual(c.students.map((s) => (s.name.startsWith('Anna') ? 'China: the greedy bot' : 'the rules')));
  });
});
