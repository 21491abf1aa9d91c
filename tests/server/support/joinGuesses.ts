// Joins and wrong-code guesses against a real class server, from a chosen address: what the join
// limit's tests (joinRateLimit.test.ts, reverseProxy.test.ts) send.
import { request } from 'node:http';
import { Client } from 'colyseus.js';
import { expect } from 'vitest';
import { CLASS_ROOM, PROTOCOL } from '../../../src/net/protocol';

export const LIMITED = 'too many attempts to join from this address: wait a minute';

/** A join's (or a host's: `create`) matchmaking request, sent from `localAddress` (the address the server counts): the server's answer (a seat reserved, or an error). */
export function matchmakeFrom(localAddress: string, port: number, options: object, method: 'join' | 'create' = 'join'): Promise<{ error?: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, localAddress, method: 'POST', path: `/matchmake/${method}/${CLASS_ROOM}`, headers: { 'Content-Type': 'application/json', Accept: 'application/json' } }, (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve(JSON.parse(body)));
    });
    req.on('error', reject);
    req.end(JSON.stringify({ protocol: PROTOCOL, ...options }));
  });
}

/** Joins the class room from `localAddress`, then takes the seat reserved as colyseus.js does. */
export async function joinFrom(localAddress: string, port: number, options: object) {
  const reservation = await matchmakeFrom(localAddress, port, options);
  if (reservation.error !== undefined) throw new Error(reservation.error);
  return new Client(`ws://127.0.0.1:${port}`).consumeSeatReservation(reservation as never);
}

/**
 * Whether the answers are all "no rooms found" (a wrong code, not a refusal): ten guesses at once
 * from an address whose own burst is whole all pass, where one shared bucket, just emptied, could
 * have refilled one or two by now but not ten.
 */
export const allWrongCode = (errors: (string | undefined)[]) => errors.map((e) => (e !== undefined && /no rooms found/.test(e) ? 'wrong code' : e));
export const TEN = Array.from({ length: 10 }, () => 'wrong code');

/**
 * Guesses a wrong code in batches until the server refuses one for the address; the bound stops a
 * server that never refuses (at 5 a second the bucket refills far slower than loopback guesses).
 * `forwarded`: the guess's X-Forwarded-For. The refusal, and how many were told the code is wrong first.
 */
export async function guessUntilRefused(url: string, forwarded: (n: number) => string): Promise<{ refusal: string | null; wrongCode: number }> {
  let wrongCode = 0;
  let refusal: string | null = null;
  const guess = (n: number) => new Client(url, { headers: { 'X-Forwarded-For': forwarded(n) } }).join(CLASS_ROOM, { code: 'ZZZZZZZZ', name: 'Mallory', protocol: PROTOCOL });
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
