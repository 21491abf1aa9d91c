import { describe, expect, it } from 'vitest';
import { playWithBot } from '../../src/app/playBot';
import { parseRecord, type GameRecord } from '../../src/app/record';
import { replayRecord, sessionOfRecord } from '../../src/app/replay';
import { fixtureIndex } from '../engine/fixture';

const index = fixtureIndex();
const played = playWithBot(index, 'replay-seed', 'random');
const record = played.record();

describe('a game record', () => {
  it('holds the engine version, the scenario, the seed, the events and one checksum per turn', () => {
    expect(record).toMatchObject({ format: 'pivot-east-record/1', scenario: { id: 'fixture', hash: index.hash }, seed: 'replay-seed' });
    expect(record.checksums).toHaveLength(played.game().history.length);
    expect(record.result).toEqual({ ending: played.game().ending!.id, score: played.game().ending!.score, turns: played.game().turn });
    expect(parseRecord(JSON.stringify(record))).toEqual({ ok: true, record });
  });

  it('replays to the same game, turn by turn', () => {
    const result = replayRecord(record, index);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.session.game()).toEqual(played.game());
  });

  it('replays part of a game, to take over from there', () => {
    const firstEnd = record.events.findIndex((e) => e.type === 'END_TURN');
    const result = replayRecord(record, index, firstEnd + 1);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.session.game().turn).toBe(2);
  });

  it('names the first turn whose checksum differs, the last turn too', () => {
    const tampered = (turn: number): GameRecord => ({ ...record, checksums: record.checksums.map((c, i) => (i === turn - 1 ? '0000000000000000' : c)) });
    expect(replayRecord(tampered(3), index)).toMatchObject({ ok: false, turn: 3, reason: 'turn 3 differs from the record (checksum)' });
    const last = record.checksums.length;
    expect(last).toBeGreaterThan(3);
    expect(replayRecord(tampered(last), index)).toMatchObject({ ok: false, turn: last, reason: `turn ${last} differs from the record (checksum)` });
  });

  it('says when a record\'s checksums are another scheme\'s than it names (its checksumScheme removed or changed by hand)', () => {
    const { checksumScheme, ...unnamed } = record;
    expect(checksumScheme).toBe('numbers');
    expect(replayRecord(unnamed, index)).toMatchObject({
      ok: false,
      turn: 1,
      reason: 'turn 1 differs from the record (checksum); its checksums are those of the "numbers" scheme, but the record names no checksumScheme (and so is read as "text"): was its "checksumScheme" field removed or changed by hand?',
    });
    // A record of the first scheme that claims the present one is told the other way round.
    const asText = sessionOfRecord(index, unnamed);
    for (const event of unnamed.events) asText.send(event);
    expect(replayRecord({ ...asText.record(), checksumScheme: 'numbers' }, index)).toMatchObject({ ok: false, turn: 1, reason: expect.stringContaining('those of the "text" scheme, but the record names "numbers"') });
  });

  it('refuses a record whose stated result was changed', () => {
    const forged: GameRecord = { ...record, result: { ...record.result!, score: record.result!.score + 500 } };
    expect(replayRecord(forged, index)).toMatchObject({ ok: false, reason: expect.stringMatching(/^the record states the result .* with \d+ points/) });
  });

  it('detects a changed seed at the first turn', () => {
    expect(replayRecord({ ...record, seed: 'another' }, index)).toMatchObject({ ok: false, turn: 1 });
  });

  it('refuses a record of another scenario; one of another version of this scenario replays (tests/app/scenarioVersion.test.ts)', () => {
    expect(replayRecord({ ...record, scenario: { ...record.scenario, id: 'other' } }, index)).toMatchObject({ ok: false, reason: expect.stringMatching(/of scenario "other"/) });
    expect(replayRecord({ ...record, scenario: { ...record.scenario, hash: 'ffffffffffffffff' } }, index)).toMatchObject({ ok: true, scenarioVersionChanged: { record: 'ffffffffffffffff', current: index.hash } });
  });

  it('refuses files that are not records, with a clear message', () => {
    expect(parseRecord('')).toEqual({ ok: false, error: 'the file is empty' });
    expect(parseRecord('{"format": 1')).toMatchObject({ ok: false, error: expect.stringMatching(/^the file is not JSON/) });
    // A download cut short: the line where it stops, in the same words in every browser.
    const written = JSON.stringify(record, null, 1);
    const cut = written.slice(0, written.indexOf('"events"'));
    expect(parseRecord(cut)).toEqual({ ok: false, error: `the file is not JSON (line ${cut.split('\n').length}: the JSON ends too early (a bracket or value is missing))` });
    expect(parseRecord('{"format":"pivot-east-record/1"}')).toMatchObject({ ok: false, error: expect.stringMatching(/^not a Pivot East game record: engineVersion/) });
    const bad = { ...record, events: [{ type: 'EVAL', code: 'alert(1)' }] };
    expect(parseRecord(JSON.stringify(bad))).toMatchObject({ ok: false, error: expect.stringMatching(/events\[0\]/) });
  });
});
