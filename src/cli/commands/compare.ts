// `compare RECORD.json…`: the class view on the command line. Every student's record is replayed
// against the scenario; the verified games are compared (endings, scores, choices, tracks) and a
// record that does not replay is listed with its reason, never fatal.
import { compareRecords, refusalWords, scenarioIdsOf, type ClassComparison, type ClassRecord, type StudentGame, type TurnChoice } from '../../app/classView';
import { recordRowName } from '../../app/playerName';
import { parseRecord } from '../../app/record';
import { alikeSentence, copiesSentence } from '../../app/sameGameWords';
import { versionNotes } from '../../app/versionNotes';
import { booleanArg, CliFailure, stringArg } from '../args';
import { table } from '../batch/report';
import { EXIT, printJson, PROGRAM, type Command } from '../command';
import { readRecordText } from '../files';
import { plural } from '../../scenario/plural';
import { findScenarioById, openScenario, whatFailed, type LoadedScenario } from '../scenarios';
import { heldSeatsByName } from '../../ui/seatsText';

export interface CompareResult {
  comparison: ClassComparison;
  /** The scenario file the records were replayed against, as shown to the user. */
  scenarioFile: string;
  /** 0: every record verified; 1: some were refused. */
  exitCode: 0 | 1;
  /** Who held the other seats of each compared game, in words (as the class view's "Seats"); none when the rules held them all. */
  seats: ReadonlyMap<string, string>;
}

/**
 * Reads the record files, finds their scenario (given, or by the records' scenario id in
 * scenarios/) and compares them. Stops with exit code 2 (a CliFailure) when no file is a readable
 * record or the scenario cannot be found, since then nothing can be checked.
 */
export async function compareRecordFiles(files: readonly string[], options: { scenario?: string; cwd: string }): Promise<CompareResult> {
  const records: ClassRecord[] = [];
  const unreadable: { name: string; reason: string }[] = [];
  for (const file of files) {
    const text = await readRecordText(file, options.cwd);
    const parsed = text.ok ? parseRecord(text.text) : text;
    // As the class view names it: "Anna Petrova (class/anna.json)" when the student put a name on it.
    if (parsed.ok) records.push({ name: recordRowName(file, parsed.record), record: parsed.record });
    else unreadable.push({ name: file, reason: parsed.error });
  }
  const lines = unreadable.map((u) => `${u.name}: cannot compare: ${u.reason}`);
  if (records.length === 0) {
    throw new CliFailure(`none of the ${files.length === 1 ? 'file' : `${files.length} files`} is a readable game record; nothing was compared`, EXIT.usage, lines);
  }

  let loaded: LoadedScenario | undefined;
  if (options.scenario !== undefined) {
    const opened = await openScenario(options.scenario, options.cwd);
    if (!opened.ok) throw new CliFailure(`the scenario ${options.scenario} ${whatFailed(opened)}; the records cannot be checked`, EXIT.usage, [...lines, ...opened.errors]);
    loaded = opened.loaded;
  } else {
    // The records should all be of one scenario: the most common id first, then any other.
    const ids = scenarioIdsOf(records);
    let searched: string[] = [];
    for (const { id, hash } of ids) {
      const found = await findScenarioById(id, options.cwd, hash);
      searched = found.searched;
      loaded = found.found[0];
      if (loaded) break;
    }
    if (!loaded) {
      const names = ids.map((i) => `"${i.id}"`).join(' or ');
      throw new CliFailure(`no valid scenario with the id ${names} in ${searched.join(' or ')}; give its file with --scenario FILE`, EXIT.usage, lines);
    }
  }
  const comparison = compareRecords(records, loaded.index, unreadable);
  // The compared games only (a copy of a class game is compared as its fullest file).
  const compared = new Set(comparison.students.map((s) => s.name));
  const seats = heldSeatsByName(loaded.index, records.filter((r) => compared.has(r.name)));
  return { comparison, scenarioFile: loaded.file, exitCode: comparison.refused.length === 0 ? EXIT.ok : EXIT.failed, seats };
}

/** "loan ×3, pipeline": how often each option comes up in a list, in first-seen order. */
function tally(options: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const o of options) counts.set(o, (counts.get(o) ?? 0) + 1);
  return counts.size === 0 ? 'none' : [...counts.entries()].map(([o, n]) => (n === 1 ? o : `${o} ×${n}`)).join(', ');
}

function choiceText(choices: readonly TurnChoice[]): string {
  if (choices.length === 0) return 'no proposal';
  return choices.map((c) => (c.counter === null ? c.option : `${c.option} (counter-offer ${c.counter})`)).join(', ');
}

const STUDENT_COLUMNS = ['name', 'seed', 'ending', 'score', 'turns', 'proposals', 'deals'];

function studentRow(s: StudentGame): (string | number)[] {
  return [s.name, s.seed, s.ending ? s.ending.title : 'not finished', s.score ?? '—', s.turns, s.proposals.length, s.deals.length];
}

/** The students' table, with a "seats" column when any game's other seats were held by a bot or a person. */
function studentsTable(students: readonly StudentGame[], seats: ReadonlyMap<string, string>): string[] {
  if (seats.size === 0) return table(STUDENT_COLUMNS, students.map(studentRow));
  return table([...STUDENT_COLUMNS, 'seats'], students.map((s) => [...studentRow(s), seats.get(s.name) ?? 'the rules']));
}

/** Records made with another version of the scenario, or whose stated result was changed, are verified all the same: said (src/app/versionNotes.ts). */
function notesLines(students: readonly StudentGame[]): string[] {
  const notes = versionNotes(students);
  return notes.length === 0 ? [] : ['', 'Notes', ...notes.map((line) => `  ${line}`)];
}

export function formatCompare(r: CompareResult): string[] {
  const c = r.comparison;
  const finished = c.students.length - c.unfinished;
  const out = [
    `${plural(c.records, 'record')} of "${c.scenario.title}" ("${c.scenario.id}", hash ${c.scenario.hash}, from ${r.scenarioFile}): ${c.verified} verified, ${c.refused.length} refused${c.verified !== c.students.length ? `; ${plural(c.students.length, 'game')}` : ''}`,
    ...c.students.map(copiesSentence).filter((x) => x !== null),
    c.sharedSeed !== null ? `Seed: every game was played with "${c.sharedSeed}"` : c.students.length > 1 ? `Seeds: ${new Set(c.students.map((s) => s.seed)).size} different` : '',
    ...c.alike.map(alikeSentence),
  ].filter((l) => l !== '');
  // In the report itself (not only on the terminal's error stream): a teacher who keeps it in a
  // file must see which students' files were left out, and why.
  if (c.refused.length > 0) out.push('', 'Refused, and left out of everything below', ...c.refused.map((x) => `  ${x.name}: ${refusalWords(x)}`));
  if (c.students.length > 0) {
    out.push(
      '',
      'Students',
      ...studentsTable(c.students, r.seats).map((l) => `  ${l}`),
      '',
      'Options proposed and deals made, per student',
      ...c.students.map((s) => `  ${s.name}: proposed ${tally(s.proposals.map((p) => p.option))}; deals ${tally(s.deals.map((d) => d.option))}`),
      ...notesLines(c.students),
      '',
      `Endings (of ${plural(finished, 'finished game')}${c.unfinished > 0 ? `; ${c.unfinished} not finished` : ''})`,
      ...table(['ending', 'title', 'games', 'share'], c.endings.map((e) => [e.id, e.title, e.count, `${e.percent.toFixed(1)}%`])).map((l) => `  ${l}`),
      '',
      c.score ? `Score: min ${c.score.min}, median ${c.score.median}, max ${c.score.max}` : 'Score: no finished game',
      '',
      c.tracks.length > 0 ? `Tracks at the end (of ${plural(finished, 'finished game')})` : 'Tracks at the end: no finished game',
      ...table(['track', 'median', 'min', 'max'], c.tracks.map((t) => [t.name, t.median, t.min, t.max])).map((l) => `  ${l}`),
      '',
      'Options (proposed by, deal made by: how many students; proposals, deals: over the whole class)',
      ...table(['option', 'target', 'proposed by', 'deal made by', 'proposals', 'deals'], c.options.map((o) => [o.id, o.alone ? '(alone)' : o.target, o.proposedBy, o.dealBy, o.proposals, o.deals])).map((l) => `  ${l}`),
    );
    if ((c.sharedSeed !== null || c.mostlySeed !== null) && c.students.length > 1) {
      out.push('');
      if (c.mostlySeed !== null) out.push(`Among the games with the seed "${c.mostlySeed.seed}" (${c.mostlySeed.leftOut.join(', ')}, with another seed, left out):`);
      if (c.divergence === null) out.push('Choices: every student made the same choices in every turn they all played');
      else {
        out.push(`Choices first differed in turn ${c.divergence.turn}:`);
        for (const g of c.divergence.groups) out.push(`  ${choiceText(g.choices)}: ${g.students.join(', ')}`);
      }
    }
  }
  return out;
}

export const compareCommand: Command = {
  name: 'compare',
  summary: 'compare a class\'s game records: endings, scores, choices',
  help: `Usage: ${PROGRAM} compare RECORD.json… [--scenario FILE] [--json]

The class view: the students' game records of one scenario, compared. Each
record is first replayed and every turn's checksum checked; a record that does
not replay (another scenario, a tampered record, a scenario file changed so
that the game comes out differently) is listed under "Refused" with its reason
and left out of the statistics; one made with another version of the scenario
that replays the same is compared, with a note, and so is one whose stated
result was changed after the game (by hand: the result is not covered by the
checksums), counted as its moves give it. For the verified games it
prints each student's seed, ending, score, turns, proposals and deals (and who
held the other seats, when a bot or a person held any), then
for the class: how often each ending came out, the scores (min, median, max),
the tracks at the end, and how many students proposed each option and made a
deal of it. When every game was played with the same seed, it also names the
first turn where the students' choices differed; with several seeds, it does so
for the seed most games share (at least two, more than any other), naming the
games left out.

A game several people played together (a class game: each student downloads
its record) is compared once, as its fullest file, and the files that were
copies of it are named. A game nobody else played in is a student's own: the
very same record in two files (a file sent twice) is counted once, and two
different files alike move for move are each counted, the files alike named
(a copy handed in under another name, or a coincidence).

A student's game is named by its file, after the name the student put on the
record when downloading it, if any: "Anna Petrova (anna.json)".

The scenario is found by the records' scenario id among scenarios/*.yaml and
scenarios/*.json, unless --scenario names the file.

Options:
  --scenario FILE   the scenario file the games were played with
  --json            print {students, refused, endings, score, options, tracks,
                    sharedSeed, divergence, ...}

Exit code: 0 every record verified; 1 some records were refused (the others are
still compared); 2 no file is a readable game record, or their scenario cannot
be found.

Example:
  ${PROGRAM} compare class-7b/*.json`,
  options: { scenario: { type: 'string' }, json: { type: 'boolean' } },
  positionals: { min: 1, max: Number.POSITIVE_INFINITY },
  async run(args, io) {
    const r = await compareRecordFiles(args.positionals, { scenario: stringArg(args, 'scenario'), cwd: io.cwd });
    if (booleanArg(args, 'json')) printJson(io, r.comparison);
    else formatCompare(r).forEach((line) => io.out(line));
    return r.exitCode;
  },
};
