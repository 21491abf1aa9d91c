// Joins per address, against a real server process (classRoom.ts's onAuth, classServer.ts's
// JOIN_BURST): guessing codes from one address is refused, with the server's words, after the
// burst a whole class needs, whatever address the guesser's X-Forwarded-For claims; a student at
// another address still joins. The two addresses are two of the machine's loopback addresses
// (127.0.0.1, and 127.0.0.2 bound as the student's side of the connection: every Linux has both,
// where IPv6's ::1 may be turned off). Behind a reverse proxy (`--behind-proxy`) every socket is the
// proxy's: there the address is the last X-Forwarded-For entry, the proxy's own (here the test
// writes it, as the proxy would).
import { Client } from 'colyseus.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostClassGame, type TeacherLink } from '../../src/net/classClient';
import { CLASS_ROOM, PROTOCOL } from '../../src/net/protocol';
import { SERVER_TEST_TIMEOUT, startServer, stopAll, type ServerProcess } from './support/classServerProcess';
import { allWrongCode, guessUntilRefused, joinFrom, LIMITED, matchmakeFrom, TEN } from './support/joinGuesses';

let server: ServerProcess;
let teacher: TeacherLink;
let proxied: ServerProcess;
let proxiedTeacher: TeacherLink;

beforeAll(async () => {
  [server, proxied] = await Promise.all([startServer(), startServer({ args: ['--behind-proxy'] })]);
  teacher = await hostClassGame(`ws://127.0.0.1:${server.port}`, { scenario: { id: 'tutorial' }, seed: 'join-limit' });
  proxiedTeacher = await hostClassGame(`ws://127.0.0.1:${proxied.port}`, { scenario: { id: 'tutorial' }, seed: 'join-limit-proxy' });
  // Hosting took one of 127.0.0.1's joins; at 5 a second it is back well within a second.
  await new Promise((r) => setTimeout(r, 1000));
}, SERVER_TEST_TIMEOUT);

afterAll(stopAll);

describe('joining is limited per address', { timeout: SERVER_TEST_TIMEOUT }, () => {
  it('refuses one address guessing codes once past the burst, a forged X-Forwarded-For or not, and lets a student at another address join', async () => {
    // Each guess claims an address of its own: the header is the client's to forge.
    const { refusal, wrongCode } = await guessUntilRefused(`ws://127.0.0.1:${server.port}`, (n) => `10.0.${n >> 8}.${n & 255}`);
    expect(refusal).toBe(LIMITED);
    // The burst was answered first: a class behind one address (120) joins at once.
    expect(wrongCode).toBeGreaterThanOrEqual(120);

    // Another address is not held back by the guesser's refusals.
    const other = await Promise.all(Array.from({ length: 10 }, () => matchmakeFrom('127.0.0.2', server.port, { code: 'ZZZZZZZZ', name: 'Zoe' })));
    expect(allWrongCode(other.map((a) => a.error))).toEqual(TEN);
    const anna = await joinFrom('127.0.0.2', server.port, { code: teacher.code, name: 'Anna' });
    expect(anna.roomId).not.toBe('');
    await anna.leave();
  });

  it('behind a proxy, counts the address the proxy adds: one guesser is refused, another device behind the same proxy joins', async () => {
    // Every request comes from the proxy's socket (127.0.0.1 here); the proxy appends the device's
    // address; entries before it are the device's own to forge.
    const proxy = `ws://127.0.0.1:${proxied.port}`;
    const { refusal, wrongCode } = await guessUntilRefused(proxy, (n) => `10.1.${n >> 8}.${n & 255}, 198.51.100.66`);
    expect(refusal).toBe(LIMITED);
    expect(wrongCode).toBeGreaterThanOrEqual(120);
    const fromBen = (code: string) => new Client(proxy, { headers: { 'X-Forwarded-For': '198.51.100.7' } }).join(CLASS_ROOM, { code, name: 'Ben', protocol: PROTOCOL });
    const other = await Promise.allSettled(Array.from({ length: 10 }, () => fromBen('ZZZZZZZZ')));
    expect(allWrongCode(other.map((a) => (a.status === 'rejected' ? String(a.reason?.message) : 'joined')))).toEqual(TEN);
    const ben = await fromBen(proxiedTeacher.code);
    expect(ben.roomId).not.toBe('');
    await ben.leave();
  });
});
