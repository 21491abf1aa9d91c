// A room's header read back from its log: the teacher's choice of computer player is kept and
// checked, a log written before the choice existed opens as the greedy bot did then, and a bad
// value is refused with the field's name. A log written before the present checksum scheme
// reopens with the present checksums.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RoomStore } from '../../src/server/roomLog';
import { classGameOf, headerOf } from './support/classGameHarness';

const dir = mkdtempSync(join(tmpdir(), 'pivot-header-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes a log of one header line as an older (or broken) server would have. */
function logWith(code: string, header: object): RoomStore {
  writeFileSync(join(dir, `${code}.jsonl`), `${JSON.stringify({ ...header, code })}\n`);
  return new RoomStore(dir);
}

describe("a room's header", () => {
  it('keeps the expert through the log', () => {
    const store = new RoomStore(dir);
    store.create({ ...headerOf('tutorial.yaml', 'h-1', 'expert'), code: 'HHHHHHH2' });
    store.release('HHHHHHH2');
    expect(store.read('HHHHHHH2')[0]).toMatchObject({ t: 'room', computer: 'expert' });
  });

  it('without the field (a log from before the choice) opens as greedy, and the game plays as the greedy bot', () => {
    const { computer: _computer, ...old } = headerOf('tutorial.yaml', 'h-2', 'greedy');
    const header = logWith('HHHHHHH3', old).read('HHHHHHH3')[0]!;
    expect(header).toMatchObject({ t: 'room', computer: 'greedy' });
    const reopened = classGameOf(header as ReturnType<typeof headerOf>);
    reopened.game.teacher({ action: 'start' });
    // The greedy bot plays at once (no later tick), and as a room created with it does.
    expect(reopened.game.ended).toBe('over');
    const greedy = classGameOf(headerOf('tutorial.yaml', 'h-2', 'greedy'));
    greedy.game.teacher({ action: 'start' });
    expect(reopened.game.accepted).toEqual(greedy.game.accepted);
  });

  it('with the turns\' checksums of the first scheme (a log from before the present one) reopens with the present checksums, which the clients compute', () => {
    const played = classGameOf(headerOf('tutorial.yaml', 'h-5', 'greedy'));
    played.game.teacher({ action: 'start' });
    expect(played.game.ended).toBe('over');
    // The first scheme's digits differ: a log written then holds other turn checksums.
    const older = played.lines.map((line) => (line.t === 'event' && line.turnChecksum !== undefined ? { ...line, turnChecksum: `${line.turnChecksum.slice(1)}0` } : line));
    expect(older).not.toEqual(played.lines);
    const reopened = classGameOf(headerOf('tutorial.yaml', 'h-5', 'greedy'), older);
    expect(reopened.game.accepted).toEqual(played.game.accepted);
    const ended = reopened.game.accepted.filter((a) => a.turnChecksum !== undefined).map((a) => a.turnChecksum);
    expect(ended.length).toBeGreaterThan(1);
  });

  it('with an unknown computer player is refused, naming the field; the other rooms are still listed', () => {
    logWith('HHHHHHH6', headerOf('tutorial.yaml', 'h-6', 'greedy'));
    const store = logWith('HHHHHHH4', { ...headerOf('tutorial.yaml', 'h-3', 'greedy'), computer: 'clever' });
    logWith('HHHHHHH7', headerOf('tutorial.yaml', 'h-7', 'expert'));
    expect(() => store.read('HHHHHHH4')).toThrow(/HHHHHHH4\.jsonl: the room's header is not valid: computer: /);
    expect(store.openRooms()).toEqual(expect.arrayContaining(['HHHHHHH4', 'HHHHHHH6', 'HHHHHHH7']));
    expect(store.read('HHHHHHH6')[0]).toMatchObject({ t: 'room', computer: 'greedy' });
    expect(store.read('HHHHHHH7')[0]).toMatchObject({ t: 'room', computer: 'expert' });
  });

  it('with another field wrong is refused as well', () => {
    const store = logWith('HHHHHHH5', { ...headerOf('tutorial.yaml', 'h-4', 'greedy'), turnSeconds: -5 });
    expect(() => store.read('HHHHHHH5')).toThrow(/the room's header is not valid: turnSeconds: /);
  });
});
