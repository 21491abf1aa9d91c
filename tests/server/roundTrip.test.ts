// A class game over a real server process: the teacher hosts, students join by code and take
// seats, and an event one student sends is accepted and replayed by every client alike.
import { afterAll, describe, expect, it } from 'vitest';
import { hostClassGame, joinClassGame } from '../../src/net/classClient';
import { SERVER_TEST_TIMEOUT, startServer, stopAll, until } from './support/classServerProcess';

afterAll(stopAll);

describe('a class game round trip', { timeout: SERVER_TEST_TIMEOUT }, () => {
  it('hosts, joins by code, takes a seat, and every client replays the accepted event', async () => {
    const server = await startServer();
    const teacher = await hostClassGame(server.url, { scenario: { id: 'tutorial' }, seed: 'class-1' });
    expect(teacher.code).toMatch(/^[23456789ABCDEFGHJKMNPQRSTWXYZ]{8}$/);
    const player = teacher.view().player;

    const anna = await joinClassGame(server.url, teacher.code, { name: 'Anna' });
    const ben = await joinClassGame(server.url, teacher.code, { name: 'Ben' });
    expect(await anna.takeSeat(player)).toEqual({ ok: true });
    expect(anna.view().seat).toBe(player);

    // Before the teacher starts, nothing is accepted.
    expect(await anna.send({ type: 'END_TURN' })).toEqual({ ok: false, reason: expect.stringContaining('not started') });
    expect(await teacher.start()).toEqual({ ok: true });

    // Ben holds no seat: he cannot act for Russia.
    expect(await ben.send({ type: 'END_TURN' })).toEqual({ ok: false, reason: 'take a seat first' });
    expect(await anna.send({ type: 'END_TURN' })).toEqual({ ok: true });

    // The computer answered every other seat; the game is back at Russia's planning of turn 2.
    const events = anna.view().events;
    expect(events).toBeGreaterThan(0);
    await until(() => ben.view().events === events && teacher.view().events === events, 'every client to have every event');
    for (const link of [teacher, ben]) {
      expect(link.session().events).toEqual(anna.session().events);
      expect(link.session().game().history.map((h) => h.checksum)).toEqual(anna.session().game().history.map((h) => h.checksum));
    }
    expect(anna.session().game().turn).toBe(2);
    expect(anna.session().game().history).toHaveLength(1);

    await Promise.all([teacher.leave(), anna.leave(), ben.leave()]);
    await server.stop();
  });
});
