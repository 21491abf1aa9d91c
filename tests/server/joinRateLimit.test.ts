// Joins per address, against a real server process (classRoom.ts's onAuth, classServer.ts's
// JOIN_BURST): guessing codes from one address is refused, with the server's words, after the
// burst a whole class needs, whatever address the guesser's X-Forwarded-For claims; a student at
// another address still joins. The two addresses are the machine's two loopbacks (127.0.0.1 and
// ::1), which the server sees as two sockets' addresses. Behind a reverse proxy (`--behind-proxy`)
// every socket is the proxy's: there the address is the last X-Forwarded-For entry, the proxy's
// own (here the test writes it, as the proxy would).
import { Client } from 'colyseus.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostClassGame, joinClassGame, type TeacherLink } from '../../src/net/classClient';
import { CLASS_ROOM } from '../../src/net/protocol';
import { SERVER_TEST_TIMEOUT, startServer, stopAll, type ServerProcess } from './support/classServerProcess';

let server: ServerProcess;
let teacher: TeacherLink;
let proxied: ServerProcess;
let proxiedTeacher: TeacherLink;

beforeAll(async () => {
  [server, proxied] = await Promise.all([startServer(), startServer({ args: ['--behind-proxy'] })]);
  // Hosted through ::1, so the host is not one of 127.0.0.1's joins.
  teacher = await hostClassGame(`ws://[::1]:${server.port}`, { scenario: { id: 'tutorial' }, seed: 'join-limit' });
  proxiedTeacher = await hostClassGame(`ws://[::1]:${proxied.port}`, { scenario: { id: 'tutorial' }, seed: 'join-limit-proxy' });
}, SERVER_TEST_TIMEOUT);

afterAll(stopAll);

const LIMITED = 'too many attempts to join from this address: wait a minute';

/**
 * Guesses a wrong code in batches until the server refuses one for the address; the bound stops a
 * server that never refuses (at 5 a second the bucket refills far slower than loopback guesses).
 * `forwarded`: the guess's X-Forwarded-For. The refusal, and how many were told the code is wrong first.
 */
async function guessUntilRefused(url: string, forwarded: (n: number) => string): Promise<{ refusal: string | null; wrongCode: number }> {
  let wrongCode = 0;
  let refusal: string | null = null;
  const guess = (n: number) => new Client(url, { headers: { 'X-Forwarded-For': forwarded(n) } }).join(CLASS_ROOM, { code: 'ZZZZZZZZ', name: 'Mallory' });
  for (let batch = 0; batch < 40 && refusal === null; batch++) {
    const answers = await Promise.allSettled(Array.from({ length: 20 }, (_, i) => guess(batch * 20 + i)));
    for (const answer of answers) {
      expect(answer.status).toBe('rejected');
      const message = String((answer as PromiseRejectedResult).reason?.message);
      if (/no rooms found/.test(message)) wrongCode++;
      else refusal ??= message;
    }
  }
  return { refusal, wrongCode };
}

describe('joining is limited per address', { timeout: SERVER_TEST_TIMEOUT }, () => {
  it('refuses one address guessing codes once past the burst, a forged X-Forwarded-For or not, and lets a student at another address join', async () => {
    // Each guess claims an address of its own: the header is the client's to forge.
    const { refusal, wrongCode } = await guessUntilRefused(`ws://127.0.0.1:${server.port}`, (n) => `10.0.${n >> 8}.${n & 255}`);
    expect(refusal).toBe(LIMITED);
    // The burst was answered first: a class behind one address (120) joins at once.
    expect(wrongCode).toBeGreaterThanOrEqual(120);

    const anna = await joinClassGame(`ws://[::1]:${server.port}`, teacher.code, { name: 'Anna' });
    expect(anna.view().code).toBe(teacher.code);
    await anna.leave();
  });

  it('behind a proxy, counts the address the proxy adds: one guesser is refused, another device behind the same proxy joins', async () => {
    // Every request comes from the proxy's socket (127.0.0.1 here); the proxy appends the device's
    // address; entries before it are the device's own to forge.
    const proxy = `ws://127.0.0.1:${proxied.port}`;
    const { refusal, wrongCode } = await guessUntilRefused(proxy, (n) => `10.1.${n >> 8}.${n & 255}, 198.51.100.66`);
    expect(refusal).toBe(LIMITED);
    expect(wrongCode).toBeGreaterThanOrEqual(120);
    const ben = await new Client(proxy, { headers: { 'X-Forwarded-For': '198.51.100.7' } }).join(CLASS_ROOM, { code: proxiedTeacher.code, name: 'Ben' });
    expect(ben.roomId).not.toBe('');
    await ben.leave();
  });
});
