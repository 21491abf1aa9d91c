// Rooms across processes: Debian's redis-server (started here, by pid) holds the presence and the
// rooms' listing; a room hosted on one server process is joined by its code through another, a
// game closed for now stays unlisted when its process restarts, and a process's rooms are brought
// back or reopened on that process (it keeps their logs), not on the least busy one, through
// whichever process the teacher reaches.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { afterAll, describe, expect, it, onTestFailed } from 'vitest';
import { hostClassGame, joinClassGame, openClassGame } from '../../src/net/classClient';
import { dataFolder, freePort, SERVER_TEST_TIMEOUT, startServer, stopAll, until } from './support/classServerProcess';
import { tutorialUnderWay } from './support/tutorialUnderWay';

const REDIS = '/usr/bin/redis-server';
/** One redis-server a test, each stopped by its pid. */
const redises: ChildProcess[] = [];
process.on('exit', () => redises.forEach((r) => r.kill('SIGKILL')));

afterAll(async () => {
  await stopAll();
  for (const redis of redises.splice(0)) {
    if (redis.exitCode !== null || redis.signalCode !== null) continue;
    const exited = new Promise((r) => redis.once('exit', r));
    redis.kill('SIGKILL');
    await exited;
  }
});

async function startRedis(): Promise<string> {
  const port = await freePort();
  const redis = spawn(REDIS, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'pipe'] });
  redises.push(redis);
  let output = '';
  redis.stdout!.on('data', (d) => (output += d));
  await until(() => /Ready to accept connections/.test(output), `redis-server to start:\n${output}`);
  return `redis://127.0.0.1:${port}`;
}

/** A server process on the Redis at `url`, reached at localhost:`port` (its public address); a data folder of its own unless given. */
const processOn = (url: string, port: number, data?: string) => startServer({ port, data, redis: url, args: ['--public-address', `localhost:${port}`] });

/**
 * Colyseus writes each process's room count to Redis at most once a second: waits until the last
 * changes are written, so that which process is the least busy is certain.
 */
const roomCountsWritten = () => new Promise((r) => setTimeout(r, 1500));

/** A Redis, and process A on a data folder of its own, to start (again, after a restart) on the same port; B's port. */
async function restartableA() {
  const url = await startRedis();
  const [portA, portB] = [await freePort(), await freePort()];
  const dataA = dataFolder();
  return { url, portB, startA: () => processOn(url, portA, dataA) };
}

describe.skipIf(!existsSync(REDIS))('class games across server processes (Redis)', { timeout: SERVER_TEST_TIMEOUT }, () => {
  it('joins a room hosted on one process through another, and the game is the same everywhere', async () => {
    const url = await startRedis();
    const [portA, portB] = [await freePort(), await freePort()];
    const [a, b] = await Promise.all([
      processOn(url, portA),
      processOn(url, portB),
    ]);
    // On a failure, what the servers said is the first thing to read.
    onTestFailed(() => console.error(`server A:\n${a.output()}\nserver B:\n${b.output()}`));
    const teacher = await hostClassGame(a.url, { scenario: { id: 'tutorial' }, seed: 'two-processes' });
    const anna = await joinClassGame(b.url, teacher.code, { name: 'Anna' });
    expect(anna.view().code).toBe(teacher.code);
    await until(() => teacher.view().lobby.watchers === 1, 'the teacher to see Anna arrive');
    expect(await anna.takeSeat(teacher.view().player)).toEqual({ ok: true });
    await teacher.start();
    expect(await anna.send({ type: 'END_TURN' })).toEqual({ ok: true });
    await until(() => teacher.view().events === anna.view().events, 'the teacher to have every event');
    expect(teacher.session().events).toEqual(anna.session().events);
    expect(teacher.session().game().history.map((h) => h.checksum)).toEqual(anna.session().game().history.map((h) => h.checksum));
    // A wrong code is refused by either process.
    await expect(joinClassGame(b.url, 'ZZZZZZZZ', { name: 'Mallory' })).rejects.toThrow(/no rooms found/);
    await Promise.all([teacher.leave(), anna.leave()]);
    await Promise.all([a.stop(), b.stop()]);
  });

  it('keeps a game closed for now unlisted when its process restarts (a student through the other process finds no game), and reopens it through the other process', async () => {
    const { url, portB, startA } = await restartableA();
    let a = await startA();
    // Hosted while A runs alone, so both rooms and their logs are A's. The open class's teacher
    // does not reconnect: the restart alone is to bring it back.
    const closed = await hostClassGame(a.url, { scenario: { id: 'tutorial' }, seed: 'closed-two-processes' });
    const open = await hostClassGame(a.url, { scenario: { id: 'tutorial' }, seed: 'open-two-processes', reconnectForMs: 0 });
    expect(await closed.closeForNow()).toEqual({ ok: true });
    await until(() => closed.view().connection === 'left', 'the room to close');
    const b = await processOn(url, portB);
    onTestFailed(() => console.error(`server A:\n${a.output()}\nserver B:\n${b.output()}`));
    // A room on B, so that A, restarted with none, is the least busy and brings its own rooms back.
    const elsewhere = await hostClassGame(b.url, { scenario: { id: 'tutorial' }, seed: 'elsewhere' });

    await a.stop();
    a = await startA();
    expect(a.output()).toContain('brought back 1 open game(s)');
    await expect(joinClassGame(b.url, closed.code, { name: 'Anna' })).rejects.toThrow(/no rooms found/);
    // The open class is listed again, and found through the other process.
    const ben = await joinClassGame(b.url, open.code, { name: 'Ben' });
    expect(ben.view().code).toBe(open.code);
    // Next week the teacher's reopening reaches B, which has no log of it and now no room (the least
    // busy): it is made on A, which keeps the log (recorded so again when it restarted, under its
    // new process id).
    expect(await elsewhere.closeForNow()).toEqual({ ok: true });
    await until(() => elsewhere.view().connection === 'left', 'the room on B to close');
    // A's brought-back room and B's none both written: B is the least busy.
    await roomCountsWritten();
    const reopened = await openClassGame(b.url, closed.code, closed.teacherToken);
    expect(reopened.view().code).toBe(closed.code);
    const anna = await joinClassGame(b.url, closed.code, { name: 'Anna' });
    expect(anna.view().code).toBe(closed.code);
    await Promise.all([ben.leave(), reopened.leave(), anna.leave()]);
    await Promise.all([a.stop(), b.stop()]);
  });

  it('brings back every open room of a restarted process while another, less busy, runs', async () => {
    const { url, portB, startA } = await restartableA();
    let a = await startA();
    // Three classes hosted while A runs alone: their rooms and logs are A's. Their teachers do not
    // reconnect: the restart alone is to bring them back.
    const codes: string[] = [];
    for (const seed of ['three-1', 'three-2', 'three-3']) codes.push((await hostClassGame(a.url, { scenario: { id: 'tutorial' }, seed, reconnectForMs: 0 })).code);
    const b = await processOn(url, portB);
    onTestFailed(() => console.error(`server A:\n${a.output()}\nserver B:\n${b.output()}`));

    await a.stop();
    a = await startA();
    // B, with no room, is the least busy: the rooms are still A's to bring back (only A has their logs).
    expect(a.output()).toContain('brought back 3 open game(s)');
    for (const code of codes) {
      const student = await joinClassGame(b.url, code, { name: 'Ben' });
      expect(student.view().code).toBe(code);
      await student.leave();
    }
    await Promise.all([a.stop(), b.stop()]);
  });

  it("reopens a closed game on the process that keeps its log, while another is less busy, through either process", async () => {
    const url = await startRedis();
    const [portA, portB] = [await freePort(), await freePort()];
    const a = await processOn(url, portA);
    const busy = await hostClassGame(a.url, { scenario: { id: 'tutorial' }, seed: 'busy' });
    const { teacher: closed, anna } = await tutorialUnderWay(a.url, 'reopen-two-processes');
    const other = await hostClassGame(a.url, { scenario: { id: 'tutorial' }, seed: 'reopen-through-b' });
    expect(await other.closeForNow()).toEqual({ ok: true });
    const events = anna.session().events.slice();
    expect(await closed.closeForNow()).toEqual({ ok: true });
    await until(() => closed.view().connection === 'left', 'the room to close');
    const b = await processOn(url, portB);
    onTestFailed(() => console.error(`server A:\n${a.output()}\nserver B:\n${b.output()}`));

    // Next week, through the process that keeps the log (B has no room: the least busy).
    const reopened = await openClassGame(a.url, closed.code, closed.teacherToken);
    expect(reopened.session().events).toEqual(events);
    const back = await joinClassGame(b.url, closed.code, { name: 'Anna', memberToken: anna.memberToken });
    expect(back.view().seat).toBe(reopened.view().player);
    // The other class's teacher reaches B, which has no log of it and no room: it is made on A,
    // recorded as its log's keeper when it was hosted.
    await roomCountsWritten();
    const otherAgain = await openClassGame(b.url, other.code, other.teacherToken);
    expect(otherAgain.view().code).toBe(other.code);
    await Promise.all([busy.leave(), reopened.leave(), back.leave(), otherAgain.leave()]);
    await Promise.all([a.stop(), b.stop()]);
  });
});
