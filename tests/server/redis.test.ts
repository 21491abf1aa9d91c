// Rooms across processes: Debian's redis-server (started here, by pid) holds the presence and the
// rooms' listing; a room hosted on one server process is joined by its code through another.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { afterAll, describe, expect, it, onTestFailed } from 'vitest';
import { hostClassGame, joinClassGame } from '../../src/net/classClient';
import { freePort, SERVER_TEST_TIMEOUT, startServer, stopAll, until } from './support/classServerProcess';

const REDIS = '/usr/bin/redis-server';
let redis: ChildProcess | null = null;
process.on('exit', () => redis?.kill('SIGKILL'));

afterAll(async () => {
  await stopAll();
  if (redis && redis.exitCode === null && redis.signalCode === null) {
    const exited = new Promise((r) => redis!.once('exit', r));
    redis.kill('SIGKILL');
    await exited;
  }
});

async function startRedis(): Promise<string> {
  const port = await freePort();
  redis = spawn(REDIS, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  redis.stdout!.on('data', (d) => (output += d));
  await until(() => /Ready to accept connections/.test(output), `redis-server to start:\n${output}`);
  return `redis://127.0.0.1:${port}`;
}

describe.skipIf(!existsSync(REDIS))('class games across server processes (Redis)', { timeout: SERVER_TEST_TIMEOUT }, () => {
  it('joins a room hosted on one process through another, and the game is the same everywhere', async () => {
    const url = await startRedis();
    const [portA, portB] = [await freePort(), await freePort()];
    const [a, b] = await Promise.all([
      startServer({ port: portA, redis: url, args: ['--public-address', `localhost:${portA}`] }),
      startServer({ port: portB, redis: url, args: ['--public-address', `localhost:${portB}`] }),
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
});
