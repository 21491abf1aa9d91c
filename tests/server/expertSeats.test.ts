// A class game hosted with the expert for the computer's seats, against a real server process:
// everyone is told the choice, the log keeps it, the expert plays the seats nobody holds to the
// end (in the server's computer thread), and the record every client has replays without the server.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { replayRecord } from '../../src/app/replay';
import { hostClassGame, joinClassGame } from '../../src/net/classClient';
import { dataFolder, SERVER_TEST_TIMEOUT, startServer, stopAll, until } from './support/classServerProcess';
import { shippedSource } from './support/classGameHarness';

afterAll(stopAll);

describe('the expert plays a class game\'s seats', { timeout: SERVER_TEST_TIMEOUT }, () => {
  it('as the teacher chose when hosting; the record replays offline', async () => {
    const data = dataFolder();
    const server = await startServer({ data });
    const teacher = await hostClassGame(server.url, { scenario: { id: 'tutorial' }, seed: 'expert-seats-1', computer: 'expert' });
    const anna = await joinClassGame(server.url, teacher.code, { name: 'Anna' });
    expect(teacher.view().computer).toBe('expert');
    expect(anna.view().computer).toBe('expert');
    expect(JSON.parse(readFileSync(join(data, `${teacher.code}.jsonl`), 'utf8').split('\n')[0]!)).toMatchObject({ t: 'room', computer: 'expert' });

    expect(await teacher.start()).toEqual({ ok: true });
    // Both devices told of the end (each hears the room's events in order, the end last) before their copies are compared.
    await until(() => anna.view().ended === 'over' && teacher.view().ended === 'over', 'the expert to finish the game', 30_000);
    const record = anna.record();
    expect(anna.session().events.length).toBeGreaterThan(0);
    const replayed = replayRecord(record, shippedSource('tutorial.yaml').index);
    expect(replayed.ok).toBe(true);
    expect(teacher.session().record().checksums).toEqual(record.checksums);
    // The expert decided in the server's computer thread, never falling back to the rooms' own.
    expect(server.output()).toContain("the computer's thread started");
    expect(server.output()).not.toContain('could not decide');
    await Promise.all([teacher.leave(), anna.leave()]);
    await server.stop();
  });

  it('is greedy unless the teacher chooses; an unknown choice is refused when hosting', async () => {
    const server = await startServer();
    const teacher = await hostClassGame(server.url, { scenario: { id: 'tutorial' }, seed: 'expert-seats-2' });
    expect(teacher.view().computer).toBe('greedy');
    await expect(hostClassGame(server.url, { scenario: { id: 'tutorial' }, seed: 'expert-seats-3', computer: 'clever' as 'expert' })).rejects.toThrow(/host\.computer/);
    await teacher.leave();
    await server.stop();
  });
});
