// The class view's students table as a CSV file: one line per game compared, in the order the
// table shows them, with what the table shows and more (the deals written out, every track at the
// end). Pure: the page downloads the text (studentsTable.ts), the tests read it.
import type { ScenarioIndex } from '../../engine';
import type { StudentGame } from '../../app/classView';
import { csvText, type CsvCell } from './csv';
import { dealsLine } from './dealCounts';

/**
 * A row's name split into the student and the file ("Anna Schmidt (anna.json)"); a name that is a
 * file's name alone ("anna.json", "anna.json (2)") is both.
 */
export function studentAndFile(name: string): { student: string; file: string } {
  if (name.endsWith(')')) {
    // The "(" that opens the last ")", so that a file named "Nina (draft).json" stays whole.
    let depth = 0;
    for (let i = name.length - 1; i > 0; i--) {
      depth += name[i] === ')' ? 1 : name[i] === '(' ? -1 : 0;
      if (depth !== 0) continue;
      const file = name.slice(i + 1, -1);
      if (name[i - 1] === ' ' && /\.[A-Za-z0-9]{1,8}$/.test(file)) return { student: name.slice(0, i - 1), file };
      break;
    }
  }
  return { student: name, file: name };
}

export function classCsv(students: readonly StudentGame[], index: ScenarioIndex, seats: ReadonlyMap<string, string>): string {
  const tracks = index.scenario.tracks;
  const seated = seats.size > 0;
  const header = ['Student', 'File', 'Seed', ...(seated ? ['Seats'] : []), 'Ending', 'Score', 'Turns', 'Proposals', 'Deals', 'Deals made', 'Copies of the same game', ...tracks.map((t) => `${t.name} at the end`)];
  const rows = students.map((s): CsvCell[] => {
    const { student, file } = studentAndFile(s.name);
    return [
      student,
      file,
      s.seed,
      ...(seated ? [seats.get(s.name) ?? 'the rules'] : []),
      s.ending?.title ?? 'not finished',
      s.score,
      s.turns,
      s.proposals.length,
      s.deals.length,
      dealsLine(s.deals),
      s.copies.map((c) => c.name).join('; '),
      // A game not finished has no end: its values partway through were not the student's end.
      ...tracks.map((t) => (s.ending === null ? null : (s.tracks[t.id] ?? null))),
    ];
  });
  return csvText(header, rows);
}
