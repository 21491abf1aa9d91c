// Records made before a scenario's texts changed (its content hash with them) are not lost: replay
// and compare accept them with a note when every turn replays the same, and refuse one whose game
// differs, naming the turn and both versions.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GameRecord } from '../../src/app/record';
import { runCli } from '../../src/cli/cli';
import { memoryIo } from '../../src/cli/io';
import { tempProject } from './helpers';

const ROOT = resolve(new URL('../..', import.meta.url).pathname);
const project = tempProject();
project.write('scenarios/tutorial.yaml', readFileSync(join(ROOT, 'scenarios/tutorial.yaml'), 'utf8'));

async function cli(...args: string[]) {
  const io = memoryIo(project.dir);
  const code = await runCli(args, io);
  return { code, io };
}

// A record of the tutorial played now, as a player would have it.
const played = await cli('play', '--scenario', 'scenarios/tutorial.yaml', '--seed', 's', '--bot', 'greedy', '--out', 'now.json');
if (played.code !== 0) throw new Error(played.io.stderr.join('\n'));
const record = JSON.parse(readFileSync(join(project.dir, 'now.json'), 'utf8')) as GameRecord;
const CURRENT = record.scenario.hash;
const OLD = 'a1b2c3d4e5f60718';
const save = (name: string, r: GameRecord) => project.write(name, JSON.stringify(r, null, 2));
const older: GameRecord = { ...record, scenario: { ...record.scenario, hash: OLD } };
save('older.json', older);
// The same, with the first proposal of turn 3 left out.
let turn = 1;
const at = record.events.findIndex((e) => (e.type === 'END_TURN' ? (turn++, false) : turn === 3 && e.type === 'PROPOSE'));
save('older-changed.json', { ...older, events: older.events.filter((_, i) => i !== at) });

const NOTE = `made with another version of this scenario (version ${OLD}); it replays exactly the same with the current one (version ${CURRENT})`;

describe('a record made with another version of its scenario', () => {
  it('is the case under test: the record plays past turn 3', () => {
    expect(at).toBeGreaterThan(0);
    expect(CURRENT).toMatch(/^[0-9a-f]{16}$/);
    expect(CURRENT).not.toBe(OLD);
  });

  it('replay: exit 0, the note printed after the match', async () => {
    const { code, io } = await cli('replay', 'older.json');
    expect(code).toBe(0);
    expect(io.stdout).toEqual([expect.stringMatching(/^older\.json: replay matches: \d+ turns, every checksum equal/), `older.json: note: ${NOTE}`]);
    expect(io.stderr).toEqual([]);
  });

  it('replay --json: scenarioVersionChanged names both versions (null for a record of this version)', async () => {
    const old = await cli('replay', '--json', 'older.json');
    expect(old.code).toBe(0);
    expect(JSON.parse(old.io.stdout.join('\n'))).toMatchObject({ ok: true, turns: record.checksums.length, scenarioVersionChanged: { record: OLD, current: CURRENT } });
    const now = await cli('replay', '--json', 'now.json');
    expect(JSON.parse(now.io.stdout.join('\n'))).toMatchObject({ ok: true, scenarioVersionChanged: null });
  });

  it('replay: with a later event changed, exit 1 naming the turn and both versions', async () => {
    const { code, io } = await cli('replay', 'older-changed.json');
    expect(code).toBe(1);
    expect(io.stderr).toEqual([
      `older-changed.json: replay differs at turn 3: turn 3 differs from the record (checksum); the record was made with another version of this scenario (version ${OLD}), this is version ${CURRENT}`,
    ]);
  });

  it('compare: verified with a note per student; the changed one refused', async () => {
    const { code, io } = await cli('compare', 'now.json', 'older.json', 'older-changed.json');
    expect(code).toBe(1);
    expect(io.stdout[0]).toMatch(/: 2 verified, 1 refused$/);
    const notes = io.stdout.indexOf('Notes');
    expect(notes).toBeGreaterThan(0);
    expect(io.stdout.slice(notes + 1, notes + 3)).toEqual([`  older.json: ${NOTE}`, '']);
    const refused = io.stdout.indexOf('Refused, and left out of everything below');
    expect(io.stdout[refused + 1]).toMatch(new RegExp(`^  older-changed\\.json: turn 3 differs .*version ${OLD}\\), this is version ${CURRENT}$`));
    expect(io.stderr).toEqual([]);
    // Several records of one older version (another student's, who chose alike): one note for them all.
    save('older-again.json', { ...older, playerName: 'Olga' });
    const both = await cli('compare', 'older.json', 'older-again.json');
    const bothNotes = both.io.stdout.indexOf('Notes');
    expect(both.io.stdout[bothNotes + 1]).toBe(`  older.json and Olga (older-again.json): ${NOTE.replace('it replays', 'each replays')}`);
    const json = await cli('compare', '--json', 'now.json', 'older.json');
    expect(JSON.parse(json.io.stdout.join('\n')).students.map((s: { scenarioVersionChanged: unknown }) => s.scenarioVersionChanged)).toEqual([null, { record: OLD, current: CURRENT }]);
  });
});
