import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ClassComparison } from '../../src/app/classView';
import { playWithBot } from '../../src/app/playBot';
import { runCli } from '../../src/cli/cli';
import { memoryIo } from '../../src/cli/io';
import { openScenario } from '../../src/cli/scenarios';
import { fixtureData } from '../engine/fixture';
import { tempProject } from './helpers';
import { gameLog } from '../../src/engine';
import { classGameRecord, savedAfter } from '../app/classRecords';
import { regexText } from '../../src/scenario/regexText';

const project = tempProject();
const opened = await openScenario(project.scenario, project.dir);
if (!opened.ok) throw new Error(opened.errors.join('\n'));
const { index } = opened.loaded;
const anna = playWithBot(index, 'class-7b', 'greedy');
const ben = playWithBot(index, 'class-7b', 'random');
// The same game as Anna's, in another student's file: their name on it (the same record again would be a copy).
const carl = { ...playWithBot(index, 'class-7b', 'greedy').record(), playerName: 'Carl' };
const CARL = 'Carl (carl.json)';
const save = (name: string, r: unknown) => project.write(name, JSON.stringify(r, null, 2));
save('anna.json', anna.record());
save('ben.json', ben.record());
save('carl.json', carl);
save('tampered.json', { ...ben.record(), checksums: ben.record().checksums.map((c, i) => (i === 1 ? '0000000000000000' : c)) });
save('other-seed.json', playWithBot(index, 'class-7c', 'greedy').record());
// One class game, downloaded by three students (one left after turn 2), and another class game.
const classGame = classGameRecord(index, 'class-7b', { students: { big: { computer: 1 } }, nobody: ['small'] });
save('dora.json', classGame);
save('emil.json', classGame);
save('finn.json', savedAfter(index, classGame, 2));
save('gina.json', classGameRecord(index, 'class-7b', { students: { small: { computer: 0 } }, nobody: ['big'] }));
project.write('notes.json', '{"hello": 1}');
project.write('garbage.json', '\u0000 not json {');

async function compare(...args: string[]) {
  const io = memoryIo(project.dir);
  const code = await runCli(['compare', ...args], io);
  return { code, io };
}

async function compareJson(...args: string[]): Promise<{ code: number; json: ClassComparison }> {
  const { code, io } = await compare('--json', ...args);
  return { code, json: JSON.parse(io.stdout.join('\n')) };
}

describe('compare', () => {
  it('verifies and compares a class (exit 0), finding the scenario by the records\' id', async () => {
    const { code, json } = await compareJson('carl.json', 'ben.json', 'anna.json');
    expect(code).toBe(0);
    expect(json.students.map((s) => s.name)).toEqual(['anna.json', 'ben.json', CARL]);
    expect(json.refused).toEqual([]);
    expect(json.scenario).toEqual({ id: 'fixture', title: 'Fixture', hash: index.hash });
    const a = anna.game();
    expect(json.students[0]).toMatchObject({ seed: 'class-7b', ending: { id: a.ending!.id }, score: a.ending!.score, turns: a.history.length });
    expect(json.students[0]!.deals.length).toBe(gameLog(a).filter((e) => e.kind === 'deal' && (e.result === 'accepted' || e.result === 'counter-taken')).length);
    const scores = [a.ending!.score, ben.game().ending!.score, a.ending!.score].sort((x, y) => x - y);
    expect(json.score).toEqual({ min: scores[0], median: scores[1], max: scores[2] });
    expect(json.endings.reduce((n, e) => n + e.count, 0)).toBe(3);
    expect(json.sharedSeed).toBe('class-7b');
    expect(json.divergence?.groups.map((g) => g.students)).toEqual([['anna.json', CARL], ['ben.json']]);
  });

  it('prints a readable class table and summary', async () => {
    const { code, io } = await compare('anna.json', 'ben.json', 'carl.json');
    expect(code).toBe(0);
    expect(io.stderr).toEqual([]);
    const out = io.stdout.join('\n');
    expect(io.stdout[0]).toBe(`3 records of "Fixture" ("fixture", hash ${index.hash}, from ${join('scenarios', 'fixture.json')}): 3 verified, 0 refused`);
    expect(out).toContain('Seed: every game was played with "class-7b"');
    // The name column as wide as its longest name, the name Carl put on his record with his file's.
    expect(out).toMatch(/^ {2}name {14}seed {6}ending +score +turns +proposals +deals$/m);
    expect(out).toMatch(/^ {2}Carl \(carl\.json\) {2}class-7b /m);
    expect(out).toMatch(new RegExp(`^  anna\\.json +class-7b +\\w+ +${anna.game().ending!.score} +${anna.game().history.length} +\\d+ +\\d+$`, 'm'));
    expect(out).toMatch(/^ {2}anna\.json: proposed .+; deals .+$/m);
    // Anna's and Carl's are the same game: of three scores, the median is theirs.
    const [low, , high] = [anna.game().ending!.score, anna.game().ending!.score, ben.game().ending!.score].sort((a, b) => a - b);
    expect(low).not.toBe(high);
    expect(io.stdout).toContain(`Score: min ${low}, median ${anna.game().ending!.score}, max ${high}`);
    for (const o of fixtureData.options) expect(out).toMatch(new RegExp(`^  ${o.id} +${o.target} +\\d +\\d +\\d+ +\\d+$`, 'm'));
    for (const t of fixtureData.tracks) expect(out).toContain(`  ${t.name}`);
    expect(out).toMatch(/^Choices first differed in turn \d+:$/m);
    expect(out).toMatch(/^ {2}.+: anna\.json, Carl \(carl\.json\)$/m);
    // Every row of the endings, tracks and options tables holds the comparison's own figures.
    const { json } = await compareJson('anna.json', 'ben.json', 'carl.json');
    const row = (...cells: (string | number)[]) => new RegExp(`^  ${cells.map((cell) => regexText(String(cell))).join(' +')}$`, 'm');
    for (const e of json.endings) expect(out).toMatch(row(e.id, e.title, e.count, `${e.percent.toFixed(1)}%`));
    for (const t of json.tracks) expect(out).toMatch(row(t.name, t.median, t.min, t.max));
    for (const o of json.options) expect(out).toMatch(row(o.id, o.target, o.proposedBy, o.dealBy, o.proposals, o.deals));
    // Figures that differ, so that a column printed in another's place shows.
    expect(json.tracks.some((t) => t.min !== t.max)).toBe(true);
    expect(json.options.some((o) => o.proposedBy !== o.proposals)).toBe(true);
    expect(json.endings.some((e) => e.count > 0)).toBe(true);
  });

  it('lists a tampered record and a file that is not a record with their reasons, and still compares the rest (exit 1)', async () => {
    const { code, json } = await compareJson('anna.json', 'tampered.json', 'notes.json', 'ben.json');
    expect(code).toBe(1);
    expect(json.students.map((s) => s.name)).toEqual(['anna.json', 'ben.json']);
    expect(json.refused).toEqual([
      { name: 'notes.json', reason: expect.stringMatching(/^not a Pivot East game record: /), turn: null },
      { name: 'tampered.json', reason: 'turn 2 differs from the record (checksum)', turn: 2 },
    ]);
    expect(json.records).toBe(4);
    const text = await compare('anna.json', 'tampered.json', 'ben.json');
    expect(text.code).toBe(1);
    expect(text.io.stdout[0]).toMatch(/: 2 verified, 1 refused$/);
    expect(text.io.stdout.join('\n')).toContain('Students');
    // In the report itself, before the students, so that a report kept in a file names them.
    const refused = text.io.stdout.indexOf('Refused, and left out of everything below');
    expect(refused).toBeGreaterThan(0);
    expect(text.io.stdout[refused + 1]).toBe('  tampered.json: turn 2 differs from the record (checksum)');
    expect(refused).toBeLessThan(text.io.stdout.indexOf('Students'));
    expect(text.io.stderr).toEqual([]);
  });

  it('counts the copies of one class game once, naming them, with the same code as the class view', async () => {
    const { code, json } = await compareJson('emil.json', 'finn.json', 'gina.json', 'dora.json', 'anna.json');
    expect(code).toBe(0);
    expect(json.students.map((s) => [s.name, s.copies.map((c) => c.name)])).toEqual([['anna.json', []], ['dora.json', ['emil.json', 'finn.json']], ['gina.json', []]]);
    expect(json.endings.reduce((n, e) => n + e.count, 0)).toBe(3);
    const text = await compare('emil.json', 'finn.json', 'gina.json', 'dora.json', 'anna.json');
    expect(text.io.stdout[0]).toMatch(/: 5 verified, 0 refused; 3 games$/);
    expect(text.io.stdout[1]).toBe('dora.json, emil.json and finn.json are copies of one game played together: counted once, as dora.json, the fullest (finn.json stops after 2 turns).');
    expect(text.io.stdout.join('\n')).not.toMatch(/^ {2}(emil|finn)\.json /m);
    // Who held the other seats, as the class view says it: the class games' students, the rules for Anna's own.
    expect(text.io.stdout.join('\n')).toMatch(/^ {2}name +seed +ending +score +turns +proposals +deals +seats$/m);
    expect(text.io.stdout.join('\n')).toMatch(/^ {2}anna\.json .* the rules$/m);
    expect(text.io.stdout.join('\n')).toMatch(/^ {2}dora\.json .* Big: a player \(the computer decided 1 of 7 times\); Small: the computer \(the greedy bot\)$/m);
  });

  it('counts a file sent twice once, as the class view does, naming the copy', async () => {
    project.write('anna (1).json', JSON.stringify(anna.record(), null, 2));
    const { code, json } = await compareJson('anna (1).json', 'anna.json', 'ben.json');
    expect(code).toBe(0);
    expect(json.students.map((s) => [s.name, s.copies.map((c) => c.name)])).toEqual([['anna.json', ['anna (1).json']], ['ben.json', []]]);
    expect(json.endings.reduce((n, e) => n + e.count, 0)).toBe(2);
    const text = await compare('anna (1).json', 'anna.json', 'ben.json');
    expect(text.io.stdout[0]).toMatch(/: 3 verified, 0 refused; 2 games$/);
    expect(text.io.stdout[1]).toBe('anna (1).json is a copy of anna.json: counted once.');
  });

  it('reports different seeds, and no divergence then', async () => {
    const { code, json } = await compareJson('anna.json', 'other-seed.json');
    expect(code).toBe(0);
    expect(json).toMatchObject({ sharedSeed: null, divergence: null });
    const text = await compare('anna.json', 'other-seed.json');
    expect(text.io.stdout[1]).toBe('Seeds: 2 different');
    // Three students, two seeds: the seeds are counted, not the students.
    const three = (await compare('anna.json', 'carl.json', 'other-seed.json')).io.stdout;
    expect(three[1]).toBe('Seeds: 2 different');
    // Two of them alike move for move: each counted, and said.
    expect(three[2]).toBe(`anna.json and ${CARL} are the same game, move for move (the same seed and every choice alike): a copy, or students who chose exactly alike; each is counted.`);
    expect(text.io.stdout.join('\n')).not.toContain('Choices');
  });

  it('replays against --scenario FILE; a scenario whose texts changed still verifies, one whose game changed refuses every record (exit 1)', async () => {
    expect((await compareJson('anna.json', '--scenario', project.scenario)).code).toBe(0);
    const edited = project.write('edited.json', JSON.stringify({ ...fixtureData, title: 'Fixture, edited' }));
    const retitled = await compareJson('anna.json', 'ben.json', '--scenario', edited);
    expect(retitled.code).toBe(0);
    expect(retitled.json.students.map((s) => s.scenarioVersionChanged?.record)).toEqual([anna.record().scenario.hash, ben.record().scenario.hash]);
    const changed = project.write('changed.json', JSON.stringify({ ...fixtureData, capital: { ...fixtureData.capital, start: fixtureData.capital.start + 1 } }));
    const { code, json } = await compareJson('anna.json', 'ben.json', '--scenario', changed);
    expect(code).toBe(1);
    expect(json.students).toEqual([]);
    expect(json.refused.map((r) => r.reason)).toEqual([expect.stringMatching(/the record was made with another version of this scenario \(version [0-9a-f]{16}\), this is version [0-9a-f]{16}$/), expect.stringMatching(/another version of this scenario/)]);
  });

  it('names a step the player takes alone "(alone)" in the options table, as batch does, not by the player\'s id', async () => {
    const file = join(process.cwd(), 'scenarios', 'other-asia-2019.yaml');
    const shipped = await openScenario(file, process.cwd());
    if (!shipped.ok) throw new Error(shipped.errors.join('\n'));
    save('alone-2019.json', playWithBot(shipped.loaded.index, 'alone-1', 'greedy').record());
    const { code, io } = await compare('alone-2019.json', '--scenario', file);
    expect(code).toBe(0);
    expect(io.stdout.join('\n')).toMatch(/^ {2}deploy-island-missiles +\(alone\) +\d+ +\d+ +\d+ +\d+$/m);
  });

  it('exits 2 when no file is a readable record, naming each', async () => {
    const { code, io } = await compare('garbage.json', 'missing.json', 'notes.json');
    expect(code).toBe(2);
    expect(io.stdout).toEqual([]);
    expect(io.stderr).toEqual([
      expect.stringMatching(/^garbage\.json: cannot compare: the file is not JSON/),
      'missing.json: cannot compare: cannot read the file: no such file or folder',
      expect.stringMatching(/^notes\.json: cannot compare: not a Pivot East game record/),
      'none of the 3 files is a readable game record; nothing was compared',
    ]);
  });

  it('exits 2 when the records\' scenario cannot be found, and without a file name', async () => {
    const lone = tempProject();
    rmSync(join(lone.dir, 'scenarios', 'fixture.json'));
    writeFileSync(join(lone.dir, 'game.json'), JSON.stringify(carl));
    const io = memoryIo(lone.dir);
    expect(await runCli(['compare', 'game.json'], io)).toBe(2);
    expect(io.stderr.at(-1)).toMatch(/^no valid scenario with the id "fixture" in .*; give its file with --scenario FILE$/);
    const usage = await compare();
    expect(usage.code).toBe(2);
    expect(usage.io.stderr[0]).toBe('error: "compare" needs a file name');
  });
});
