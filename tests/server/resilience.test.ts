// Nothing lost, against real server processes: a student's connection dropped while a
// counter-offer waits for them, the server killed mid-turn and started again from its logs, a
// game closed at the end of a lesson and reopened with the same code.
import { Client, type Room } from 'colyseus.js';
import { afterAll, describe, expect, it } from 'vitest';
import { phaseOf } from '../../src/app/session';
import { hostClassGame, joinClassGame, openClassGame, type StudentLink, type TeacherLink } from '../../src/net/classClient';
import { CLASS_ROOM, PROTOCOL } from '../../src/net/protocol';
import { dataFolder, freePort, SERVER_TEST_TIMEOUT, startServer, stopAll, until } from './support/classServerProcess';
import { playSeatUntil } from './support/seatPlay';
import { tutorialUnderWay } from './support/tutorialUnderWay';

afterAll(stopAll);

const checksums = (link: StudentLink | TeacherLink) => link.session().game().history.map((h) => h.checksum);

/** Every link has every event and the same game. */
async function allAgree(links: (StudentLink | TeacherLink)[]): Promise<void> {
  const most = () => Math.max(...links.map((l) => l.view().events));
  await until(() => links.every((l) => l.view().events === most()), 'every client to have every event');
  for (const link of links) {
    expect(link.session().events).toEqual(links[0]!.session().events);
    expect(checksums(link)).toEqual(checksums(links[0]!));
    expect(link.view().problem).toBeNull();
  }
}

/** Closes the link's socket as a lost Wi-Fi would (not a consented leave). */
const dropConnection = (link: StudentLink) => (link as unknown as { room: Room }).room.connection.close();

describe('a class game loses nothing', { timeout: SERVER_TEST_TIMEOUT }, () => {
  it('gives a student who dropped while a counter-offer waited the seat back, with what they sent meanwhile', async () => {
    const server = await startServer();
    const teacher = await hostClassGame(server.url, { scenario: { id: 'other-asia-2019' }, seed: 'drop-1' });
    const anna = await joinClassGame(server.url, teacher.code, { name: 'Anna' });
    const ben = await joinClassGame(server.url, teacher.code, { name: 'Ben' });
    await anna.takeSeat(teacher.view().player);
    await ben.takeSeat('china');
    await teacher.start();
    expect(await anna.send({ type: 'PROPOSE', option: 'gazprom-gas-deal' })).toEqual({ ok: true });
    expect(await anna.send({ type: 'END_TURN' })).toEqual({ ok: true });
    // China's seat answers with a counter-offer; the game then waits for Russia's answer to it.
    const asked = () => {
      const q = ben.session().snapshot().context.asking;
      return q?.kind === 'answer' && q.option === 'gazprom-gas-deal';
    };
    await playSeatUntil(ben, asked);
    expect(await ben.send({ type: 'SEAT_ANSWER', actor: 'china', answer: 'counter' })).toEqual({ ok: true });
    await until(() => phaseOf(anna.session().snapshot()) === 'counter', 'the counter-offer to reach Anna');

    const connections: string[] = [];
    anna.onChange((v) => connections.push(v.connection));
    const connection = anna.connectionId;
    dropConnection(anna);
    const answer = anna.send({ type: 'TAKE_COUNTER' }); // sent into the drop
    await until(() => connections.includes('reconnecting') && anna.view().connection === 'connected', 'Anna to drop and reconnect');
    // The room kept her place: the same connection came back (joining again by her token would be a new one).
    expect(anna.connectionId).toBe(connection);
    expect(await answer).toEqual({ ok: true });
    expect(anna.view().seat).toBe(teacher.view().player);
    expect(anna.session().events.filter((e) => e.type === 'TAKE_COUNTER')).toHaveLength(1);
    await allAgree([teacher, anna, ben]);
    await Promise.all([teacher.leave(), anna.leave(), ben.leave()]);
    await server.stop();
  });

  it('brings every room back from its log after the server is killed mid-turn; the clients reconnect', async () => {
    const data = dataFolder();
    const port = await freePort();
    const first = await startServer({ data, port });
    const { teacher, anna } = await tutorialUnderWay(first.url, 'restart-1', { turnSeconds: 600 });
    expect(await anna.send({ type: 'PROPOSE', option: 'japan-card' })).toEqual({ ok: true }); // mid-turn 2
    const before = anna.session().events.length;
    // A second class on the same server, a turn played: every room must come back, not only the first.
    const teacher2 = await hostClassGame(first.url, { scenario: { id: 'tutorial' }, seed: 'restart-2', turnSeconds: 600 });
    const ben = await joinClassGame(first.url, teacher2.code, { name: 'Ben' });
    await ben.takeSeat(teacher2.view().player);
    await teacher2.start();
    expect(await ben.send({ type: 'END_TURN' })).toEqual({ ok: true });
    const benBefore = ben.session().events.length;

    await first.stop({ kill: true });
    await until(() => anna.view().connection === 'reconnecting' && ben.view().connection === 'reconnecting', 'Anna and Ben to notice');
    const second = await startServer({ data, port });
    expect(second.output()).toContain('brought back 2 open game(s)');
    await until(() => [anna, teacher, ben, teacher2].every((c) => c.view().connection === 'connected'), 'all four to reconnect', 20_000);
    expect(ben.session().events).toHaveLength(benBefore);
    expect(await ben.send({ type: 'END_TURN' })).toEqual({ ok: true });
    await allAgree([teacher2, ben]);
    expect(anna.session().events).toHaveLength(before);
    expect(anna.view().seat).toBe(teacher.view().player);
    // Turn 2's time went on (the log keeps when it ends), rather than starting again in full.
    const left = anna.view().clock.remainingMs!;
    expect(left).toBeLessThan(600_000 - 500);
    expect(left).toBeGreaterThan(500_000);
    expect(await anna.send({ type: 'END_TURN' })).toEqual({ ok: true });
    const late = await joinClassGame(second.url, teacher.code, { name: 'Late' });
    await allAgree([teacher, anna, late]);
    expect(anna.session().events.length).toBeGreaterThan(before);
    await Promise.all([teacher.leave(), anna.leave(), late.leave(), teacher2.leave(), ben.leave()]);
    await second.stop();
  });

  it('refuses to reopen a game that is open ("join it"): the open game goes on, and the teacher\'s link joins it', async () => {
    const server = await startServer();
    const { teacher, anna } = await tutorialUnderWay(server.url, 'open-1');
    const { code, teacherToken } = teacher;
    // Reopening is creating the room again from its log (what openClassGame does when joining fails).
    await expect(new Client(server.url).create(CLASS_ROOM, { code, teacherToken, protocol: PROTOCOL })).rejects.toThrow(`the game ${code} is open: join it`);
    // Nothing was opened twice: the class's game goes on, and a student joining by code finds that one.
    expect(await anna.send({ type: 'PROPOSE', option: 'japan-card' })).toEqual({ ok: true });
    const ben = await joinClassGame(server.url, code, { name: 'Ben' });
    expect(ben.view().lobby.seats.find((s) => s.actor === teacher.view().player)!.members.map((m) => m.name)).toEqual(['Anna']);
    // Asked to open it, the teacher's link joins the open game.
    const again = await openClassGame(server.url, code, teacherToken);
    await allAgree([teacher, anna, ben, again]);
    await Promise.all([teacher.leave(), anna.leave(), ben.leave(), again.leave()]);
    await server.stop();
  });

  it('tells a teacher opening an open game with a wrong token that the token is wrong, not to join it', async () => {
    const server = await startServer();
    const teacher = await hostClassGame(server.url, { scenario: { id: 'tutorial' }, seed: 'open-2' });
    await expect(openClassGame(server.url, teacher.code, 'a'.repeat(32))).rejects.toThrow("this is not the teacher's token for that game");
    await teacher.leave();
    await server.stop();
  });

  it('keeps a game closed for now closed when the server restarts: a student finds no game, the teacher can still reopen it', async () => {
    const data = dataFolder();
    const port = await freePort();
    const first = await startServer({ data, port });
    const closed = await hostClassGame(first.url, { scenario: { id: 'tutorial' }, seed: 'closed-restart-1' });
    const anna = await joinClassGame(first.url, closed.code, { name: 'Anna' });
    await anna.takeSeat(closed.view().player);
    await closed.start();
    expect(await anna.send({ type: 'END_TURN' })).toEqual({ ok: true });
    const events = anna.session().events.slice();
    // Another class stays open: the restart is seen bringing back what it should, and only that.
    const open = await hostClassGame(first.url, { scenario: { id: 'tutorial' }, seed: 'closed-restart-2' });
    expect(await closed.closeForNow()).toEqual({ ok: true });
    await until(() => anna.view().ended === 'closed' && anna.view().connection === 'left', 'Anna to be told');

    await first.stop();
    const second = await startServer({ data, port });
    expect(second.output()).toContain('brought back 1 open game(s)');
    await expect(joinClassGame(second.url, closed.code, { name: 'Anna', memberToken: anna.memberToken })).rejects.toThrow(/no rooms found/);
    await until(() => open.view().connection === 'connected', 'the open class\'s teacher to reconnect', 20_000);
    const ben = await joinClassGame(second.url, open.code, { name: 'Ben' });
    expect(ben.view().code).toBe(open.code);
    // Closed is not lost: next week the teacher reopens it as it was.
    const reopened = await openClassGame(second.url, closed.code, closed.teacherToken);
    expect(reopened.session().events).toEqual(events);
    await Promise.all([open.leave(), ben.leave(), reopened.leave()]);
    await second.stop();
  });

  it('closes a game at the end of a lesson and reopens it with the same code and the teacher\'s token', async () => {
    const server = await startServer();
    const { teacher, anna } = await tutorialUnderWay(server.url, 'lesson-1');
    const { code, teacherToken } = teacher;
    const events = anna.session().events.slice();
    const annaToken = anna.memberToken;

    expect(await teacher.closeForNow()).toEqual({ ok: true });
    await until(() => anna.view().ended === 'closed' && anna.view().connection === 'left', 'Anna to be told');
    await expect(joinClassGame(server.url, code, { name: 'Anna' })).rejects.toThrow(/no rooms found/);
    await expect(openClassGame(server.url, code, 'a'.repeat(32))).rejects.toThrow(/not the teacher's token/);
    // Refused, it reopened nothing: a student still finds no game.
    await expect(joinClassGame(server.url, code, { name: 'Anna' })).rejects.toThrow(/no rooms found/);

    // Next week.
    const reopened = await openClassGame(server.url, code, teacherToken);
    expect(reopened.session().events).toEqual(events);
    const back = await joinClassGame(server.url, code, { name: 'Anna', memberToken: annaToken });
    expect(back.view().seat).toBe(reopened.view().player);
    // It waits for the teacher, paused, until the class is back.
    expect(back.view().clock?.paused).toBe(true);
    expect(await back.send({ type: 'END_TURN' })).toMatchObject({ ok: false, reason: 'the game is paused by the teacher' });
    expect(await reopened.resume()).toEqual({ ok: true });
    expect(await back.send({ type: 'END_TURN' })).toEqual({ ok: true });
    await allAgree([reopened, back]);
    expect(back.session().events.length).toBeGreaterThan(events.length);
    await Promise.all([teacher.leave(), anna.leave(), reopened.leave(), back.leave()]);
    await server.stop();
  });

  it('opens an ended game again for its teacher, as it ended (the class discusses it next lesson), and lets it go when the teacher leaves', async () => {
    const server = await startServer();
    const { teacher, anna } = await tutorialUnderWay(server.url, 'lesson-ended');
    const { code, teacherToken } = teacher;
    expect(await teacher.endGame()).toEqual({ ok: true });
    await until(() => anna.view().ended === 'teacher', 'Anna to be told');
    const events = anna.session().events.slice();
    await Promise.all([teacher.leave(), anna.leave()]);

    const again = await openClassGame(server.url, code, teacherToken);
    expect(again.view().ended).toBe('teacher');
    expect(again.session().events).toEqual(events);
    expect(checksums(again)).toEqual(checksums(anna));
    // Nothing can be played in it.
    expect(await again.endTurnNow()).toEqual({ ok: false, reason: expect.any(String) });
    await again.leave();
    // Its room is not kept open once the teacher has gone (a student finds no game): the next opening builds it again from the log.
    await expect(joinClassGame(server.url, code, { name: 'Anna' })).rejects.toThrow(/no rooms found/);
    const later = await openClassGame(server.url, code, teacherToken);
    expect(later.view().ended).toBe('teacher');
    expect(later.session().events).toEqual(events);
    await later.leave();
    await server.stop();
  });
});
