// A save whose later turns no longer verify goes back to the end of its last good turn.
import { describe, expect, it } from 'vitest';
import { lastGoodTurn } from '../../src/app/lastGoodTurn';
import { playWithBot } from '../../src/app/playBot';
import type { GameRecord } from '../../src/app/record';
import { replayRecord } from '../../src/app/replay';
import { startSession } from '../../src/app/session';
import { fixtureIndex } from '../engine/fixture';

const index = fixtureIndex();
const record = playWithBot(index, 'last-good', 'greedy').record();
const withChecksum = (turn: number, checksum = '0000000000000000'): GameRecord => ({ ...record, checksums: record.checksums.map((c, i) => (i === turn - 1 ? checksum : c)) });

/** The game after `events`, played afresh. */
function gameAfter(events: GameRecord['events']) {
  const session = startSession(index, record.seed);
  for (const e of events) expect(session.send(e)).toBeNull();
  return session.game();
}

describe('the last good turn of a record', () => {
  it('the fixture game is long enough to have good turns before a bad one', () => {
    expect(record.checksums.length).toBeGreaterThanOrEqual(4);
  });

  it('cuts a record whose turn 3 differs to the end of turn 2, which replays', () => {
    const good = lastGoodTurn(withChecksum(3), index);
    expect(good).toMatchObject({ goodTurns: 2, firstBadTurn: 3, reason: 'turn 3 differs from the record (checksum)' });
    expect(good!.record.checksums).toEqual(record.checksums.slice(0, 2));
    expect(good!.record.result).toBeNull();
    // Every event of turns 1 and 2, none of turn 3.
    const game = gameAfter(good!.record.events);
    expect(game.turn).toBe(3);
    expect(game.history.map((h) => h.checksum)).toEqual(record.checksums.slice(0, 2));
    expect(record.events.slice(0, good!.record.events.length)).toEqual(good!.record.events);
    const replayed = replayRecord(good!.record, index);
    expect(replayed.ok).toBe(true);
  });

  it('goes back to the start when turn 1 already differs', () => {
    const good = lastGoodTurn(withChecksum(1), index);
    expect(good).toMatchObject({ goodTurns: 0, firstBadTurn: 1 });
    expect(good!.record.events).toEqual([]);
    expect(good!.record.checksums).toEqual([]);
  });

  it('names the turn of a changed choice', () => {
    const firstEnd = record.events.findIndex((e) => e.type === 'END_TURN');
    const at = record.events.findIndex((e, i) => i > firstEnd && e.type === 'PROPOSE');
    const changed = { ...record, events: record.events.filter((_, i) => i !== at) };
    const good = lastGoodTurn(changed, index);
    expect(good).toMatchObject({ goodTurns: 1, firstBadTurn: 2 });
    expect(gameAfter(good!.record.events).turn).toBe(2);
  });

  it('is null for a record that replays whole (of this version of the scenario or another), or of another scenario', () => {
    expect(lastGoodTurn(record, index)).toBeNull();
    expect(lastGoodTurn({ ...record, scenario: { ...record.scenario, hash: 'ffffffffffffffff' } }, index)).toBeNull();
    expect(lastGoodTurn({ ...record, scenario: { ...record.scenario, id: 'other' } }, index)).toBeNull();
  });
});
