// The name a student puts on the record they download ("Your name (for your teacher)"): on the
// record and in its file's name, outside the checksums, refused by the schema only when it could
// pass for another row; the class view names the row by it, then the file. A record without one
// (every record made before the field) loads as before.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareClassFiles, type ScenarioFor } from '../../src/app/browser/classFiles';
import { BrowserGame, type LoadedScenario } from '../../src/app/browser/game';
import { playWithBot } from '../../src/app/playBot';
import { cleanPlayerName, PLAYER_NAME_MAX_LENGTH, recordRowName, withPlayerName } from '../../src/app/playerName';
import { parseRecord } from '../../src/app/record';
import { replayRecord, sessionOfRecord } from '../../src/app/replay';
import { startSession } from '../../src/app/session';
import { indexScenario } from '../../src/engine';
import { loadScenario } from '../../src/scenario/load';

const file = 'scenarios/tutorial.yaml';
const loaded = loadScenario(readFileSync(file, 'utf8'), file);
if (!loaded.ok) throw new Error(`${file} does not load`);
const index = indexScenario(loaded.scenario, loaded.hash);
const scenario: LoadedScenario = { index, source: { kind: 'shipped', id: index.scenario.id }, fileName: file };
const record = playWithBot(index, 'class-7b', 'greedy').record();

describe('the player’s name on a record', () => {
  it('goes on the downloaded record and in its file’s name; blank leaves both as before', () => {
    const game = new BrowserGame(scenario, sessionOfRecord(index, record));
    for (const event of record.events) game.session.send(event);
    const named = game.recordFile('  Anna   Petrova ');
    expect(named.name).toBe('pivot-east-tutorial-class-7b-anna-petrova-turn-4.json');
    const parsed = parseRecord(named.text);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.record).toEqual({ ...record, playerName: 'Anna Petrova' });
    // Letters a file name does not keep stay on the record.
    expect(game.recordFile('Søren Weiß').name).toBe('pivot-east-tutorial-class-7b-soren-weiss-turn-4.json');
    expect(game.recordFile('Анна').name).toBe('pivot-east-tutorial-class-7b-turn-4.json');
    expect(JSON.parse(game.recordFile('Анна').text).playerName).toBe('Анна');
    const blank = game.recordFile('   ');
    expect(blank.name).toBe('pivot-east-tutorial-class-7b-turn-4.json');
    expect(JSON.parse(blank.text)).toEqual(record);
    expect(game.recordFile().name).toBe(game.recordFileName());
  });

  it('is outside the checksums: a named record replays as the same game', () => {
    const named = withPlayerName(record, 'Anna');
    const replayed = replayRecord(named, index);
    expect(replayed).toMatchObject({ ok: true, resultChanged: null });
    if (replayed.ok) expect(replayed.session.game()).toEqual(startSessionPlayed().game());
    expect(withPlayerName(named, '')).toEqual(record);
  });

  it('is read from a file when it can be shown as it is, and refused in words when it could pass for another', () => {
    expect(parseRecord(JSON.stringify(record))).toEqual({ ok: true, record });
    expect(parseRecord(JSON.stringify({ ...record, playerName: 'Anna Petrova' }))).toEqual({ ok: true, record: { ...record, playerName: 'Anna Petrova' } });
    const refused = (playerName: unknown) => {
      const parsed = parseRecord(JSON.stringify({ ...record, playerName }, null, 2));
      return parsed.ok ? 'accepted' : parsed.error;
    };
    const line = JSON.stringify({ ...record, playerName: 'x' }, null, 2).split('\n').findIndex((l) => l.includes('"playerName"')) + 1;
    expect(refused('x'.repeat(PLAYER_NAME_MAX_LENGTH + 1))).toBe(`not a Pivot East game record: line ${line}: playerName: the player's name has 41 characters; at most 40 are allowed`);
    expect(refused('Anna\u202eevil')).toBe(`not a Pivot East game record: line ${line}: playerName: the player's name holds an invisible character (U+202E)`);
    expect(refused('Anna\nBen')).toBe(`not a Pivot East game record: line ${line}: playerName: the player's name holds a control character (U+000A)`);
    expect(refused(7)).toMatch(/^not a Pivot East game record: line \d+: playerName: expected text/);
  });

  it('is cleaned as typed: control and invisible characters out, spaces run together, at most 40 characters', () => {
    expect(cleanPlayerName(' Anna\t\u202ePetrova\n ')).toBe('Anna Petrova');
    expect(cleanPlayerName('x'.repeat(60))).toHaveLength(PLAYER_NAME_MAX_LENGTH);
    expect(cleanPlayerName('\u200b')).toBe('');
  });

  it('names the class view’s row, the file’s name after it', async () => {
    expect(recordRowName('a.json', { playerName: 'Anna Petrova' })).toBe('Anna Petrova (a.json)');
    expect(recordRowName('a.json', {})).toBe('a.json');
    expect(recordRowName('a.json', { playerName: '  ' })).toBe('a.json');
    const loadable: ScenarioFor = async () => ({ ok: true, scenario });
    const ben = playWithBot(index, 'class-7b', 'random').record();
    const FILE = 'pivot-east-tutorial-class-7b-turn-4.json';
    const files = [
      new File([JSON.stringify({ ...record, playerName: 'Anna Petrova' })], FILE),
      new File([JSON.stringify({ ...ben, playerName: 'Ben <b>Okafor</b>' })], FILE),
      new File([JSON.stringify(ben)], 'old.json'),
    ];
    const result = await compareClassFiles(files, loadable);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.data.comparison.students.map((s) => s.name)).toEqual([`Anna Petrova (${FILE})`, `Ben <b>Okafor</b> (${FILE})`, 'old.json']);
    expect(result.data.records.get(`Anna Petrova (${FILE})`)).toMatchObject({ playerName: 'Anna Petrova', seed: 'class-7b' });
  });
});

function startSessionPlayed() {
  const session = startSession(index, record.seed);
  for (const event of record.events) session.send(event);
  return session;
}
