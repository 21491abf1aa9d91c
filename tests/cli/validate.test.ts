import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/cli';
import { formatValidation, validateFiles } from '../../src/cli/commands/validate';
import { memoryIo } from '../../src/cli/io';
import { edit, lineOf, minimal } from '../scenario/helpers';
import { brokenYaml, tempProject } from './helpers';

const project = tempProject();
const broken = brokenYaml();
const brokenFile = project.write('broken.yaml', broken.text);

describe('validate', () => {
  it('accepts a valid scenario and names its id, turns and hash', async () => {
    const [result] = await validateFiles([project.scenario], project.dir);
    expect(result).toMatchObject({ ok: true, id: 'fixture', turns: 6, hash: expect.stringMatching(/^[0-9a-f]{16}$/) });
    const io = memoryIo(project.dir);
    expect(await runCli(['validate', project.scenario], io)).toBe(0);
    expect(io.stdout).toEqual([`${project.scenario}: valid (scenario "fixture", 6 turns, hash ${result!.ok ? result!.hash : ''})`]);
    expect(io.stderr).toEqual([]);
  });

  it('names the file, the line, the path and the mistake, and exits 1', async () => {
    const io = memoryIo(project.dir);
    expect(await runCli(['validate', 'broken.yaml'], io)).toBe(1);
    expect(io.stderr[0]).toBe(`broken.yaml:${broken.line}: options[0].target: no actor "bigg" (did you mean "big"?); the actors are: big, small`);
    expect(io.stderr.at(-1)).toBe('1 problem in 1 of 1 file');
  });

  it('checks every file given and fails when one of them is broken', async () => {
    const results = await validateFiles([project.scenario, brokenFile], project.dir);
    expect(results.map((r) => r.ok)).toEqual([true, false]);
    const { out, err } = formatValidation(results);
    expect(out).toHaveLength(1);
    expect(err).toEqual([expect.stringContaining('options[0].target: no actor "bigg"'), '1 problem in 1 of 2 files']);
  });

  it('reports a missing file, a folder and a device in one line each, never a stack trace (exit 2: they cannot be read)', async () => {
    const io = memoryIo(project.dir);
    expect(await runCli(['validate', 'missing.yaml', project.dir, '/dev/null', 'notes.txt'], io)).toBe(2);
    expect(io.stderr.slice(0, 4)).toEqual([
      'missing.yaml: (file): cannot read the file: no such file',
      `${project.dir}: (file): cannot read the file: this is a folder, not a file`,
      '/dev/null: (file): cannot read the file: this is not an ordinary file',
      'notes.txt: (file): cannot read the file: no such file',
    ]);
    expect(io.stderr.join('\n')).not.toMatch(/\n\s+at /);
  });

  it('reports a YAML syntax error with its line', async () => {
    project.write('syntax.yaml', 'format: pivot-east-scenario/1\nid: x\n  title: indented wrongly\n');
    const io = memoryIo(project.dir);
    expect(await runCli(['validate', 'syntax.yaml'], io)).toBe(1);
    // The mistake is on line 3, the indented key.
    expect(io.stderr[0]).toMatch(/^syntax\.yaml:3: \(file\): /);
  });

  it('says a valid file with parts that can never come into play is valid, with each warning on its line (exit 0)', async () => {
    const text = edit(minimal, 'when: { track: china-dependence, gte: 85 }', 'when: { track: china-dependence, gte: 150 }');
    project.write('dead.yaml', text);
    const io = memoryIo(project.dir);
    expect(await runCli(['validate', 'dead.yaml'], io)).toBe(0);
    expect(io.stdout).toEqual([expect.stringMatching(/^dead\.yaml: valid \(scenario "vladivostok-mini", 8 turns, hash [0-9a-f]{16}; 1 warning\)$/)]);
    expect(io.stderr).toEqual([`dead.yaml:${lineOf(text, 'gte: 150')}: endings[0].when: warning: this condition can never hold: no value of the track "china-dependence" (from 0 to 100) meets { gte: 150 }`]);
    const json = memoryIo(project.dir);
    await runCli(['validate', '--json', 'dead.yaml'], json);
    expect(JSON.parse(json.stdout.join('\n'))[0].warnings).toMatchObject([{ path: 'endings[0].when', line: lineOf(text, 'gte: 150') }]);
  });

  it('exits 2 for a file not named .yaml, .yml or .json, as for one that cannot be read: it is not read as a scenario', async () => {
    project.write('scen.txt', minimal);
    const io = memoryIo(project.dir);
    expect(await runCli(['validate', 'scen.txt'], io)).toBe(2);
    expect(io.stderr).toEqual(['scen.txt: (file): a scenario file name ends in .yaml, .yml or .json', '1 problem in 1 of 1 file']);
    const json = memoryIo(project.dir);
    await runCli(['validate', '--json', 'scen.txt'], json);
    expect(JSON.parse(json.stdout.join('\n'))).toMatchObject([{ file: 'scen.txt', ok: false, unread: true }]);
  });

  it('exits 2 when a file cannot be read, even beside an invalid one', async () => {
    expect(await runCli(['validate', 'broken.yaml', 'missing.yaml'], memoryIo(project.dir))).toBe(2);
  });

  it('gives one JSON list with --json', async () => {
    const io = memoryIo(project.dir);
    expect(await runCli(['validate', '--json', project.scenario, 'broken.yaml'], io)).toBe(1);
    const list = JSON.parse(io.stdout.join('\n'));
    expect(list).toMatchObject([
      { file: project.scenario, ok: true, id: 'fixture' },
      { file: 'broken.yaml', ok: false, errors: [{ file: 'broken.yaml', line: broken.line, path: 'options[0].target' }] },
    ]);
  });

  it('holds a file in a scenarios folder beside a sources.json to its facts (it ships with the project), and a file elsewhere not', async () => {
    const shipping = tempProject();
    const facts = { format: 'pivot-east-sources/1', about: 'test', sources: [{ id: 'rozman-2016', reference: { author: 'Rozman, Gilbert', title: 'Courting Mother Russia', publisher: 'Policy Forum', date: '2016-09-09' }, paragraphs: 20, fingerprints: [], billionFigures: [] }] };
    shipping.write('scenarios/sources.json', JSON.stringify(facts));
    shipping.write('scenarios/mine.yaml', minimal);
    shipping.write('mine.yaml', minimal);
    const io = memoryIo(shipping.dir);
    expect(await runCli(['validate', 'scenarios/mine.yaml', 'mine.yaml'], io)).toBe(1);
    expect(io.stderr).toEqual([
      expect.stringMatching(new RegExp(`^scenarios/mine\\.yaml:${lineOf(minimal, '  - id: diplomaatia-2019')}: sources\\[1\\]\\.id: "diplomaatia-2019" is not a source document of scenarios/sources\\.json`)),
      expect.stringMatching(/^scenarios\/mine\.yaml:\d+: \(file\): "400-billion": no source this scenario lists states 400 billion/),
      expect.stringMatching(/^scenarios\/mine\.yaml:\d+: \(file\): "400 billion": no source/),
      '3 problems in 1 of 2 files',
    ]);
    expect(io.stdout).toEqual([expect.stringMatching(/^mine\.yaml: valid/)]);
    // A facts file that cannot be read is said, not taken as no facts.
    shipping.write('scenarios/sources.json', '{ not json');
    const broken = memoryIo(shipping.dir);
    expect(await runCli(['validate', 'scenarios/mine.yaml'], broken)).toBe(1);
    expect(broken.stderr[0]).toMatch(/^scenarios\/mine\.yaml: \(file\): scenarios\/sources\.json cannot be read, so the citations cannot be checked against it/);
  });

  it('holds a file anywhere to the facts given with --sources, whatever the current folder, as a shipped file is held to its sources.json', async () => {
    const teacher = tempProject();
    // The teacher's own texts: Rozman's with 12 paragraphs (the mini scenario cites its paragraph 13), the Diplomaatia article's with 13.
    const source = (id: string, paragraphs: number, reference: object) => ({ id, reference, paragraphs, fingerprints: [], billionFigures: ['400'] });
    const facts = {
      format: 'pivot-east-sources/1',
      about: 'test',
      sources: [
        source('rozman-2016', 12, { author: 'Rozman, Gilbert', title: 'Courting Mother Russia', publisher: 'Policy Forum', date: '2016-09-09' }),
        source('diplomaatia-2019', 13, { title: "Russia's Pivot to the East: Between China, the US and the Other Asia", publisher: 'ICDS Diplomaatia', date: '2019-10-24' }),
      ],
    };
    const factsFile = teacher.write('my-sources.json', JSON.stringify(facts));
    teacher.write('mine.yaml', edit(minimal, '    reference: ICDS Diplomaatia, 24 October 2019.', `    reference: 'ICDS Diplomaatia. "Russia''s Pivot to the East: Between China, the US and the Other Asia". 24 October 2019.'`));
    const paragraph13 = `mine.yaml:${lineOf(minimal, '        paragraph: 13')}: events[1].sources[0].paragraph: rozman-2016 has 12 paragraphs (my-sources.json): there is no paragraph 13`;
    const io = memoryIo(teacher.dir);
    expect(await runCli(['validate', 'mine.yaml', '--sources', 'my-sources.json'], io)).toBe(1);
    expect(io.stderr).toEqual([paragraph13, '1 problem in 1 of 1 file']);
    // The same files named by their full paths from another folder: the same finding.
    const elsewhere = memoryIo(project.dir);
    expect(await runCli(['validate', `${teacher.dir}/mine.yaml`, '--sources', factsFile], elsewhere)).toBe(1);
    expect(elsewhere.stderr[0]).toBe(`${teacher.dir}/mine.yaml:${lineOf(minimal, '        paragraph: 13')}: events[1].sources[0].paragraph: rozman-2016 has 12 paragraphs (${factsFile}): there is no paragraph 13`);
    // Without --sources the file is not held to any facts.
    const unchecked = memoryIo(teacher.dir);
    expect(await runCli(['validate', 'mine.yaml'], unchecked)).toBe(0);
    // A facts file that is not there is a mistake in the command line.
    const missing = memoryIo(teacher.dir);
    expect(await runCli(['validate', 'mine.yaml', '--sources', 'nowhere.json'], missing)).toBe(2);
    expect(missing.stderr).toEqual(['--sources nowhere.json: no such file; make it from your texts with npm run sources -- FOLDER --facts nowhere.json']);
    expect(missing.stdout).toEqual([]);
  });
});
