import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GameRecord } from '../../src/app/record';
import { runCli } from '../../src/cli/cli';
import { playGame } from '../../src/cli/commands/play';
import { verifyRecordFile } from '../../src/cli/commands/replay';
import { memoryIo } from '../../src/cli/io';
import { openScenario } from '../../src/cli/scenarios';
import { fixtureData } from '../engine/fixture';
import { tempProject } from './helpers';

const project = tempProject();
const opened = await openScenario(project.scenario, project.dir);
if (!opened.ok) throw new Error(opened.errors.join('\n'));
const { record } = playGame(opened.loaded.index, 'replay-me', 'greedy');
const lone = tempProject(); // a project without the record's scenario
const save = (name: string, r: unknown) => project.write(name, JSON.stringify(r, null, 2));
save('game.json', record);

async function replayJson(...args: string[]) {
  const io = memoryIo(project.dir);
  const code = await runCli(['replay', '--json', ...args], io);
  return { code, json: JSON.parse(io.stdout.join('\n')), io };
}

describe('replay', () => {
  it('verifies a fresh record turn by turn (exit 0), finding the scenario by its id', async () => {
    const { code, json } = await replayJson('game.json');
    expect(code).toBe(0);
    expect(json).toMatchObject({ ok: true, turns: record.checksums.length, firstDivergentTurn: null, reason: null, scenario: 'fixture', scenarioFile: join('scenarios', 'fixture.json') });
    const io = memoryIo(project.dir);
    expect(await runCli(['replay', 'game.json', '--scenario', project.scenario], io)).toBe(0);
    expect(io.stdout[0]).toMatch(/^game\.json: replay matches: \d+ turns, every checksum equal/);
  });

  it('names the turn whose checksum was tampered with (exit 1)', async () => {
    save('checksum.json', { ...record, checksums: record.checksums.map((c, i) => (i === 2 ? '0000000000000000' : c)) });
    const { code, json } = await replayJson('checksum.json');
    expect(code).toBe(1);
    expect(json).toMatchObject({ ok: false, turns: 2, firstDivergentTurn: 3, reason: 'turn 3 differs from the record (checksum)' });
    const io = memoryIo(project.dir);
    expect(await runCli(['replay', 'checksum.json'], io)).toBe(1);
    expect(io.stderr).toEqual(['checksum.json: replay differs at turn 3: turn 3 differs from the record (checksum)']);
  });

  it('names the turn of a changed choice (exit 1)', async () => {
    // Drop the first proposal of the second turn: that turn no longer matches.
    const firstEnd = record.events.findIndex((e) => e.type === 'END_TURN');
    const at = record.events.findIndex((e, i) => i > firstEnd && e.type === 'PROPOSE');
    expect(at).toBeGreaterThan(firstEnd);
    const turn = record.events.slice(0, at).filter((e) => e.type === 'END_TURN').length + 1;
    save('event.json', { ...record, events: record.events.filter((_, i) => i !== at) });
    const { code, json } = await replayJson('event.json');
    expect(code).toBe(1);
    expect(json).toMatchObject({ ok: false, firstDivergentTurn: turn });
  });

  it('refuses a record whose claimed result was changed (exit 1), saying what its moves give', async () => {
    const real = record.result!;
    save('score.json', { ...record, result: { ...real, score: real.score + 100 } });
    const { code, json } = await replayJson('score.json');
    expect(code).toBe(1);
    const title = fixtureData.endings.find((e) => e.id === real.ending)!.title;
    const words = `the result written in the file was changed after the game: the file says “${title}” with ${real.score + 100} points after ${real.turns} turns, while its moves give “${title}” with ${real.score} points after ${real.turns} turns`;
    expect(json).toMatchObject({ ok: false, firstDivergentTurn: null, turns: real.turns, reason: words });
    const io = memoryIo(project.dir);
    expect(await runCli(['replay', 'score.json'], io)).toBe(1);
    expect(io.stderr).toEqual([`score.json: every turn matches, but ${words}`]);
  });

  it('says the name the player put on the record, as the player\'s words, and keeps it in --json', async () => {
    save('named.json', { ...record, playerName: 'Anna Petrova' });
    const { code, json } = await replayJson('named.json');
    expect(code).toBe(0);
    expect(json.playerName).toBe('Anna Petrova');
    const io = memoryIo(project.dir);
    expect(await runCli(['replay', 'named.json'], io)).toBe(0);
    expect(io.stdout.at(-1)).toBe('named.json: the name on the record: Anna Petrova (typed by the player; not covered by the checksums)');
    expect((await replayJson('game.json')).json.playerName).toBeNull();
  });

  it('accepts a record of a scenario file whose texts changed (exit 0, with the versions)', async () => {
    const edited = project.write('edited.json', JSON.stringify({ ...fixtureData, title: 'Fixture, edited' }));
    const { code, json } = await replayJson('game.json', '--scenario', edited);
    expect(code).toBe(0);
    expect(json.scenarioVersionChanged).toEqual({ record: record.scenario.hash, current: expect.stringMatching(/^[0-9a-f]{16}$/) });
    expect(json.scenarioVersionChanged.current).not.toBe(record.scenario.hash);
  });

  it('refuses a record of a scenario file changed so that the game differs (exit 1), naming both versions', async () => {
    const changed = project.write('changed.json', JSON.stringify({ ...fixtureData, capital: { ...fixtureData.capital, start: fixtureData.capital.start + 1 } }));
    const { code, json } = await replayJson('game.json', '--scenario', changed);
    expect(code).toBe(1);
    const opened = await openScenario(changed, project.dir);
    if (!opened.ok) throw new Error('the changed file does not load');
    expect(opened.loaded.hash).not.toBe(record.scenario.hash);
    expect(json).toMatchObject({ firstDivergentTurn: 1, reason: expect.stringMatching(new RegExp(`the record was made with another version of this scenario \\(version ${record.scenario.hash}\\), this is version ${opened.loaded.hash}$`)) });
  });

  it('exits 2 for a file that is not a readable record', async () => {
    project.write('garbage.json', '\u0000\u0001 not json {');
    for (const [file, reason] of [
      ['garbage.json', /^the file is not JSON/],
      ['missing.json', /^cannot read the file: no such file/],
      ['.', /^cannot read the file: this is a folder/],
      ['scenarios/fixture.json', /^not a Pivot East game record: /],
    ] as const) {
      const r = await verifyRecordFile(file, { cwd: project.dir });
      expect(r).toMatchObject({ ok: false, exitCode: 2, reason: expect.stringMatching(reason) });
    }
    const io = memoryIo(project.dir);
    expect(await runCli(['replay', 'garbage.json'], io)).toBe(2);
    expect(io.stderr).toHaveLength(1);
    expect(io.stderr[0]).toMatch(/^garbage\.json: cannot replay: the file is not JSON/);
  });

  it('exits 2 when no scenario with the record\'s id can be found', async () => {
    rmSync(join(lone.dir, 'scenarios', 'fixture.json'));
    writeFileSync(join(lone.dir, 'game.json'), JSON.stringify(record));
    const r = await verifyRecordFile('game.json', { cwd: lone.dir });
    expect(r).toMatchObject({ exitCode: 2, reason: expect.stringMatching(/no valid scenario with the id "fixture"/) });
  });

  it('replays a game that is not finished yet (a save)', async () => {
    const firstEnd = record.events.findIndex((e) => e.type === 'END_TURN');
    const partial: GameRecord = { ...record, events: record.events.slice(0, firstEnd + 1), checksums: record.checksums.slice(0, 1), result: null };
    save('partial.json', partial);
    const { code, json } = await replayJson('partial.json');
    expect(code).toBe(0);
    expect(json).toMatchObject({ ok: true, turns: 1, ending: null });
  });
});
