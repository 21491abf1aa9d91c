// Joins per address, against a real server process (classRoom.ts's onAuth, classServer.ts's
// JOIN_BURST): guessing codes from one address is refused, with the server's words, after the
// burst a whole class needs, whatever address the guesser's X-Forwarded-For claims; a student at
// another address still joins. The two addresses are the machine's two loopbacks (127.0.0.1 and
// ::1), which the server sees as two sockets' addresses.
import { Client } from 'colyseus.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostClassGame, joinClassGame, type TeacherLink } from '../../src/net/classClient';
import { CLASS_ROOM } from '../../src/net/protocol';
import { SERVER_TEST_TIMEOUT, startServer, stopAll, type ServerProcess } from './support/classServerProcess';

let server: ServerProcess;
let teacher: TeacherLink;

beforeAll(async () => {
  server = await startServer();
  // Hosted through ::1, so the host is not one of 127.0.0.1's joins.
  teacher = await hostClassGame(`ws://[::1]:${server.port}`, { scenario: { id: 'tutorial' }, seed: 'join-limit' });
}, SERVER_TEST_TIMEOUT);

afterAll(stopAll);

const LIMITED = 'too many attempts to join from this address: wait a minute';

describe('joining is limited per address', { timeout: SERVER_TEST_TIMEOUT }, () => {
  it('refuses one address guessing codes once past the burst, a forged X-Forwarded-For or not, and lets a student at another address join', async () => {
    const guessing = `ws://127.0.0.1:${server.port}`;
    let wrongCode = 0;
    let refusal: string | null = null;
    // Each guess claims an address of its own: the header is the client's to forge.
    const guess = (n: number) => new Client(guessing, { headers: { 'X-Forwarded-For': `10.0.${n >> 8}.${n & 255}` } }).join(CLASS_ROOM, { code: 'ZZZZZZZZ', name: 'Mallory' });
    // Guesses in batches until the server refuses one for the address; the bound stops a server
    // that never refuses (at 5 a second the bucket refills far slower than loopback guesses).
    for (let batch = 0; batch < 40 && refusal === null; batch++) {
      const answers = await Promise.allSettled(Array.from({ length: 20 }, (_, i) => guess(batch * 20 + i)));
      for (const answer of answers) {
        expect(answer.status).toBe('rejected');
        const message = String((answer as PromiseRejectedResult).reason?.message);
        if (/no rooms found/.test(message)) wrongCode++;
        else refusal ??= message;
      }
    }
    expect(refusal).toBe(LIMITED);
    // The burst was answered first: a class behind one address (120) joins at once.
    expect(wrongCode).toBeGreaterThanOrEqual(120);

    const anna = await joinClassGame(`ws://[::1]:${server.port}`, teacher.code, { name: 'Anna' });
    expect(anna.view().code).toBe(teacher.code);
    await anna.leave();
  });
});
