// The class server behind Debian's nginx with the block docs/class-server.md gives (read from the
// docs, so that what they tell an administrator is what is tested), the server started
// --behind-proxy: a class is hosted, joined and played through nginx (WebSocket upgrades passed
// on), and the join limit counts the device's address nginx appends to X-Forwarded-For: one
// device's guesses are refused however they forge the header, another device's are not. nginx is
// started here and stopped by its pid.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, onTestFailed } from 'vitest';
import { hostClassGame, joinClassGame } from '../../src/net/classClient';
import { freePort, SERVER_TEST_TIMEOUT, startServer, stopAll, until } from './support/classServerProcess';
import { allWrongCode, guessUntilRefused, joinFrom, LIMITED, matchmakeFrom, TEN } from './support/joinGuesses';

const NGINX = '/usr/sbin/nginx';
let nginx: ChildProcess | null = null;

afterAll(async () => {
  if (nginx !== null && nginx.exitCode === null && nginx.signalCode === null) {
    const exited = new Promise((r) => nginx!.once('exit', r));
    nginx.kill('SIGTERM');
    await exited;
  }
  await stopAll();
});

/** The documented nginx block, listening on `port` in plain HTTP and passing to the server's port. */
function documentedBlock(port: number, serverPort: number): string {
  const docs = readFileSync(new URL('../../docs/class-server.md', import.meta.url), 'utf8');
  const block = /```nginx\n([\s\S]*?)```/.exec(docs)?.[1];
  if (block === undefined) throw new Error('docs/class-server.md has no nginx block');
  expect(block).toContain('listen 443 ssl;');
  expect(block).toContain('proxy_pass http://127.0.0.1:2567;');
  return block.replace('listen 443 ssl;', `listen 127.0.0.1:${port};`).replace('http://127.0.0.1:2567', `http://127.0.0.1:${serverPort}`);
}

async function startNginx(port: number, serverPort: number): Promise<{ output: () => string }> {
  const dir = mkdtempSync(join(tmpdir(), 'pivot-east-nginx-'));
  mkdirSync(join(dir, 'logs'));
  // Every path nginx writes is in the test's own folder (it runs as the test's user).
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((k) => `${k}_temp_path ${join(dir, k)};`).join(' ');
  writeFileSync(
    join(dir, 'nginx.conf'),
    `pid ${join(dir, 'nginx.pid')};\nerror_log ${join(dir, 'logs/error.log')};\nevents { worker_connections 256; }\nhttp {\naccess_log off;\n${temp}\n${documentedBlock(port, serverPort)}\n}\n`,
  );
  const child = spawn(NGINX, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-g', 'daemon off;'], { stdio: ['ignore', 'pipe', 'pipe'] });
  nginx = child;
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  // nginx writes its pid once its socket listens.
  await until(() => child.exitCode === null && existsSync(join(dir, 'nginx.pid')), `nginx to start:\n${output}`);
  return { output: () => output + (existsSync(join(dir, 'logs/error.log')) ? readFileSync(join(dir, 'logs/error.log'), 'utf8') : '') };
}

describe.skipIf(!existsSync(NGINX))('the class server behind nginx, as the docs set it up', { timeout: SERVER_TEST_TIMEOUT }, () => {
  it('plays a class through it, and limits joins per device by the address nginx adds', async () => {
    const server = await startServer({ args: ['--behind-proxy'] });
    const port = await freePort();
    const proxy = await startNginx(port, server.port);
    onTestFailed(() => console.error(`nginx:\n${proxy.output()}\nserver:\n${server.output()}`));
    const url = `ws://127.0.0.1:${port}`;

    const teacher = await hostClassGame(url, { scenario: { id: 'tutorial' }, seed: 'behind-nginx' });
    const anna = await joinClassGame(url, teacher.code, { name: 'Anna' });
    await anna.takeSeat(teacher.view().player);
    await teacher.start();
    expect(await anna.send({ type: 'END_TURN' })).toEqual({ ok: true });
    await until(() => teacher.session().game().turn === 2, 'the teacher to see turn 2');

    // One device (127.0.0.1), each guess forging an address: nginx appends the device's own.
    const { refusal, wrongCode } = await guessUntilRefused(url, (n) => `10.2.${n >> 8}.${n & 255}`);
    expect(refusal).toBe(LIMITED);
    expect(wrongCode).toBeGreaterThanOrEqual(100); // the burst less the teacher's and Anna's joins
    // Another device behind the same nginx (127.0.0.2) is not held back.
    const other = await Promise.all(Array.from({ length: 10 }, () => matchmakeFrom('127.0.0.2', port, { code: 'ZZZZZZZZ', name: 'Zoe' })));
    expect(allWrongCode(other.map((a) => a.error))).toEqual(TEN);
    const ben = await joinFrom('127.0.0.2', port, { code: teacher.code, name: 'Ben' });
    expect(ben.roomId).not.toBe('');
    await Promise.all([ben.leave(), anna.leave(), teacher.leave()]);
  });
});
