// A record names its scenario's version (the content hash). Correcting a scenario's texts changes
// that hash, and the saves and records made before must not be lost: they replay against the
// current version and are accepted, with a note, when every turn comes out the same; one whose
// game differs is refused naming the turn and both versions.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareRecords } from '../../src/app/classView';
import { lastGoodTurn } from '../../src/app/lastGoodTurn';
import { playWithBot } from '../../src/app/playBot';
import type { GameRecord } from '../../src/app/record';
import { replayRecord, scenarioVersionNote } from '../../src/app/replay';
import { indexScenario, type ScenarioIndex } from '../../src/engine';
import { contentHash } from '../../src/scenario/contentHash';
import { loadScenario } from '../../src/scenario/load';

const FILE = 'scenarios/tutorial.yaml';
const loaded = loadScenario(readFileSync(resolve(new URL('../..', import.meta.url).pathname, FILE), 'utf8'), FILE);
if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
const index: ScenarioIndex = indexScenario(loaded.scenario, loaded.hash);
const played = playWithBot(index, 's', 'greedy');
const record = played.record();
const OLD = '0123456789abcdef';
const older: GameRecord = { ...record, scenario: { ...record.scenario, hash: OLD } };

/** The record with the first proposal of turn 3 left out: turns 1 and 2 replay, turn 3 does not. */
function withTurn3Changed(r: GameRecord): GameRecord {
  let turn = 1;
  const at = r.events.findIndex((e) => (e.type === 'END_TURN' ? (turn++, false) : turn === 3 && e.type === 'PROPOSE'));
  expect(at).toBeGreaterThan(0);
  return { ...r, events: r.events.filter((_, i) => i !== at) };
}

describe('a record made with another version of its scenario', () => {
  it('is the case under test: the record plays past turn 3 and names the current version', () => {
    expect(record.checksums.length).toBeGreaterThanOrEqual(3);
    expect(record.scenario).toMatchObject({ id: 'tutorial', hash: index.hash });
    expect(index.hash).not.toBe(OLD);
  });

  it('replays, and is accepted with a note naming both versions, when every turn is the same', () => {
    const result = replayRecord(older, index);
    expect(result).toMatchObject({ ok: true, turns: record.checksums.length, scenarioVersionChanged: { record: OLD, current: index.hash } });
    if (result.ok) expect(result.session.game()).toEqual(played.game());
    expect(scenarioVersionNote({ record: OLD, current: index.hash })).toBe(
      `made with another version of this scenario (version ${OLD}); it replays exactly the same with the current one (version ${index.hash})`,
    );
  });

  it('has no note when the versions are the same', () => {
    expect(replayRecord(record, index)).toMatchObject({ ok: true, scenarioVersionChanged: null });
  });

  it('replays the same when only a source reference text changed (the real case: the hash changes, the game does not)', () => {
    const corrected = structuredClone(loaded.scenario);
    corrected.sources[0]!.reference = `${corrected.sources[0]!.reference} (corrected)`;
    const hash = contentHash(corrected);
    expect(hash).not.toBe(index.hash);
    expect(replayRecord(record, indexScenario(corrected, hash))).toMatchObject({ ok: true, scenarioVersionChanged: { record: index.hash, current: hash } });
  });

  it('is refused naming the first turn that differs and both versions when a later event was changed', () => {
    const result = replayRecord(withTurn3Changed(older), index);
    expect(result).toMatchObject({
      ok: false,
      turn: 3,
      reason: `turn 3 differs from the record (checksum); the record was made with another version of this scenario (version ${OLD}), this is version ${index.hash}`,
    });
  });

  it('keeps its good turns when a later one differs: a save can go on from there', () => {
    const good = lastGoodTurn(withTurn3Changed(older), index);
    expect(good).toMatchObject({ goodTurns: 2, firstBadTurn: 3 });
    expect(replayRecord(good!.record, index)).toMatchObject({ ok: true, turns: 2, scenarioVersionChanged: { record: OLD, current: index.hash } });
  });

  it('is compared in the class view with its note; a changed one is left out naming the versions', () => {
    const c = compareRecords(
      [
        { name: 'ann', record },
        { name: 'bob', record: older },
        { name: 'cat', record: withTurn3Changed(older) },
      ],
      index,
    );
    expect(c.students.map((s) => [s.name, s.scenarioVersionChanged])).toEqual([
      ['ann', null],
      ['bob', { record: OLD, current: index.hash }],
    ]);
    expect(c.refused).toEqual([{ name: 'cat', turn: 3, reason: expect.stringContaining(`version ${OLD}), this is version ${index.hash}`) }]);
  });

  it('is still refused when it names another scenario', () => {
    expect(replayRecord({ ...older, scenario: { ...older.scenario, id: 'other' } }, index)).toMatchObject({ ok: false, turn: null, reason: 'the game was played in another scenario, “Tutorial” (other), not in “Tutorial” (tutorial): replay it with its own scenario' });
  });
});
