// A record of the 2016 scenario with bots in every other seat whose events include the seats'
// crisis replies (SEAT_CRISIS_REPLY) and rounds of bargaining (SEAT_ROUND): it parses, replays
// exactly and is verified by the class view; a changed seat event is caught at its turn.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareRecords } from '../../src/app/classView';
import { parseRecord, type GameRecord } from '../../src/app/record';
import { replayRecord } from '../../src/app/replay';
import { startSession } from '../../src/app/session';
import { fixtureIndex } from '../engine/fixture';
import { indexScenario } from '../../src/engine';
import { loadScenario } from '../../src/scenario/load';
import { recordWithSeatReplies } from './recordWithSeatReplies';

const file = 'scenarios/mother-russia-2016.yaml';
const loaded = loadScenario(readFileSync(file, 'utf8'), file);
if (!loaded.ok) throw new Error(`${file} does not load`);
const index = indexScenario(loaded.scenario, loaded.hash);
const record = recordWithSeatReplies(index);

describe('records with seats\' crisis replies and rounds', () => {
  it('hold both new events, in format 2, and replay exactly after a round trip through JSON', () => {
    const types = record.events.map((e) => e.type);
    expect(types).toContain('SEAT_CRISIS_REPLY');
    expect(types).toContain('SEAT_ROUND');
    expect(record.format).toBe('pivot-east-record/2');
    const parsed = parseRecord(JSON.stringify(record));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(replayRecord(parsed.record, index)).toMatchObject({ ok: true });
  });

  it('the class view verifies it; a changed crisis reply is refused', () => {
    const at = record.events.findIndex((e) => e.type === 'SEAT_CRISIS_REPLY');
    const event = record.events[at] as Extract<GameRecord['events'][number], { type: 'SEAT_CRISIS_REPLY' }>;
    const changed: GameRecord = { ...record, events: record.events.map((e, i) => (i === at ? { ...event, reply: event.reply === 'back-down' ? 'escalate' : 'back-down' } : e)) };
    const c = compareRecords([{ name: 'bots.json', record }, { name: 'changed.json', record: changed }], index);
    expect(c.students.map((s) => s.name)).toEqual(['bots.json']);
    expect(c.refused).toEqual([{ name: 'changed.json', reason: expect.any(String), turn: expect.any(Number) }]);
  });

  it('format 1 does not carry them', () => {
    const round = record.events.find((e) => e.type === 'SEAT_ROUND')!;
    const old = { ...record, format: 'pivot-east-record/1', seats: undefined, events: [round] };
    expect(parseRecord(JSON.stringify(old))).toMatchObject({ ok: false, error: expect.stringContaining('SEAT_ROUND is an event of records of format "pivot-east-record/2"') });
    expect(parseRecord(JSON.stringify({ ...record, events: [{ type: 'SEAT_ROUND', actor: 'japan', answer: 'maybe' }] }))).toMatchObject({ ok: false });
  });
});

describe('a game with no seats whose computer decided for the class (a class game hosted with no seats to take)', () => {
  it('is written in format 2, which keeps the `by`, so the record reads back and replays', () => {
    // The fixture's first turn opens on its planning, which the room's computer ends (time up).
    const fixture = fixtureIndex();
    const session = startSession(fixture, 'no-seats-by', { seats: {}, botsAnswer: false });
    expect(session.send({ type: 'END_TURN', by: 'greedy' })).toBeNull();
    const written = session.record();
    expect(written.format).toBe('pivot-east-record/2');
    const parsed = parseRecord(JSON.stringify(written));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.record.events).toEqual([{ type: 'END_TURN', by: 'greedy' }]);
    expect(replayRecord(parsed.record, fixture)).toMatchObject({ ok: true });
  });
});
