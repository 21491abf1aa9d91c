import { describe, expect, it } from 'vitest';
import { playWithBot } from '../../src/app/playBot';
import { parseRecord, type GameRecord } from '../../src/app/record';
import { replayRecord, resultChangeNote, sessionOfRecord } from '../../src/app/replay';
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

  it('replays a record whose stated result was changed as its moves give it, saying what the file says and what they give', () => {
    const real = record.result!;
    const forged: GameRecord = { ...record, result: { ...real, score: real.score + 500 } };
    const replayed = replayRecord(forged, index);
    expect(replayed).toMatchObject({ ok: true, turns: record.checksums.length, resultChanged: { stated: forged.result, replayed: real } });
    if (!replayed.ok) return;
    expect(replayed.session.game()).toEqual(played.game());
    // The ending by its title, not its id.
    const title = index.scenario.endings.find((e) => e.id === real.ending)!.title;
    expect(resultChangeNote(replayed.resultChanged!, index)).toBe(
      `the result written in the file was changed after the game: the file says “${title}” with ${real.score + 500} points after ${real.turns} turns, while its moves give “${title}” with ${real.score} points after ${real.turns} turns`,
    );
    // An ending the scenario does not have is said as the file writes it; a result taken out, as none.
    const other = replayRecord({ ...record, result: { ...real, ending: 'won-everything' } }, index);
    expect(other.ok && resultChangeNote(other.resultChanged!, index)).toMatch(/the file says “won-everything” with /);
    const none = replayRecord({ ...record, result: null }, index);
    expect(none.ok && resultChangeNote(none.resultChanged!, index)).toMatch(/the file says no result \(a game not finished\), while its moves give “/);
    // A record as written has none.
    expect(replayRecord(record, index)).toMatchObject({ ok: true, resultChanged: null });
  });

  it('detects a changed seed at the first turn', () => {
    expect(replayRecord({ ...record, seed: 'another' }, index)).toMatchObject({ ok: false, turn: 1 });
  });

  it('refuses a record of another scenario; one of another version of this scenario replays (tests/app/scenarioVersion.test.ts)', () => {
    // By the scenarios' titles; their ids too when the titles are alike.
    expect(replayRecord({ ...record, scenario: { ...record.scenario, id: 'other', title: 'Another story (2019)' } }, index)).toMatchObject({
      ok: false,
      reason: 'the game was played in another scenario, “Another story (2019)”, not in “Fixture”: replay it with its own scenario',
    });
    expect(replayRecord({ ...record, scenario: { ...record.scenario, id: 'other' } }, index)).toMatchObject({ ok: false, reason: 'the game was played in another scenario, “Fixture” (other), not in “Fixture” (fixture): replay it with its own scenario' });
    expect(replayRecord({ ...record, scenario: { ...record.scenario, hash: 'ffffffffffffffff' } }, index)).toMatchObject({ ok: true, scenarioVersionChanged: { record: 'ffffffffffffffff', current: index.hash } });
  });

  it('refuses files that are not records, with a clear message', () => {
    expect(parseRecord('')).toEqual({ ok: false, error: 'the file is empty: the game record was not saved in it (a download or a sending that failed); ask for the file again' });
    expect(parseRecord('{"format": 1,, }')).toMatchObject({ ok: false, error: expect.stringMatching(/^the file is not JSON \(line 1: /) });
    // A download cut short (tests/app/recordFileWords.test.ts): the line where it stops, in the same words in every browser.
    const written = JSON.stringify(record, null, 1);
    const cut = written.slice(0, written.indexOf('"events"'));
    expect(parseRecord(cut)).toEqual({ ok: false, error: `the file ends before the record does (it stops at line ${cut.trimEnd().split('\n').length}): it was probably cut off while it was sent; ask for it again` });
    expect(parseRecord('{"format":"pivot-east-record/1"}')).toMatchObject({ ok: false, error: expect.stringMatching(/^not a Pivot East game record: engineVersion/) });
    const bad = { ...record, events: [{ type: 'EVAL', code: 'alert(1)' }] };
    expect(parseRecord(JSON.stringify(bad))).toMatchObject({ ok: false, error: expect.stringMatching(/events\[0\]/) });
  });
});
