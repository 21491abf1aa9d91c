// What one address, or one server, may hold, against real server processes: an address hosts so
// many games an hour (a script hosting games by the thousand filled the server's memory and disk,
// and every one came back at each restart); a process takes so many new games; and a game nobody
// has been connected to for a while is closed for now, as its teacher would at the lesson's end,
// so that it neither holds memory nor comes back at a restart, and its teacher can open it again.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hostClassGame, joinClassGame, openClassGame } from '../../src/net/classClient';
import { dataFolder, SERVER_TEST_TIMEOUT, startServer, stopAll, until } from './support/classServerProcess';
import { matchmakeFrom } from './support/joinGuesses';

afterAll(stopAll);

const tutorial = { scenario: { id: 'tutorial' } };

/** A game hosted from `localAddress`, by the matchmaker's own request: its error, if refused. */
async function hostFromWith(localAddress: string, port: number, host: object): Promise<string | undefined> {
  return (await matchmakeFrom(localAddress, port, { host }, 'create')).error;
}

const hostFrom = (localAddress: string, port: number, seed: string) => hostFromWith(localAddress, port, { ...tutorial, seed });

/** Joins by code until the server refuses (each join that got in leaves again): its refusal. */
async function joinsUntilRefused(url: string, code: string): Promise<string> {
  for (let tries = 0; tries < 50; tries++) {
    try {
      await (await joinClassGame(url, code, { name: 'Ben' })).leave();
    } catch (e) {
      return (e as Error).message;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return 'still joined after 50 tries';
}

describe('room limits', { timeout: SERVER_TEST_TIMEOUT }, () => {
  it('refuses an address its games past the hour\'s count, and a server new games past its most; others still host', async () => {
    const server = await startServer({ args: ['--hosts-per-hour', '2', '--max-games', '3'] });
    expect(await hostFrom('127.0.0.1', server.port, 'a-1')).toBeUndefined();
    expect(await hostFrom('127.0.0.1', server.port, 'a-2')).toBeUndefined();
    expect(await hostFrom('127.0.0.1', server.port, 'a-3')).toBe('too many games hosted from this address in the last hour: close the games you no longer use, or wait');
    // Another address hosts, up to the server's most.
    expect(await hostFrom('127.0.0.2', server.port, 'b-1')).toBeUndefined();
    expect(await hostFrom('127.0.0.2', server.port, 'b-2')).toBe('this server holds as many class games as it can (3): try again when a game has ended or been closed');
  });

  it('does not count against an address a game it was refused (a scenario that cannot be played)', async () => {
    const server = await startServer({ args: ['--hosts-per-hour', '1'] });
    expect(await hostFromWith('127.0.0.3', server.port, { scenario: { id: 'no-such-scenario' }, seed: 'c-0' })).toBe('there is no scenario "no-such-scenario" on this server');
    expect(await hostFrom('127.0.0.3', server.port, 'c-1')).toBeUndefined();
    expect(await hostFrom('127.0.0.3', server.port, 'c-2')).toMatch(/^too many games hosted from this address/);
    // Where the server notes the address it charged, a host's own note neither dodges nor moves the charge.
    expect((await matchmakeFrom('127.0.0.3', server.port, { host: { ...tutorial, seed: 'c-3' }, chargedTo: '10.9.9.9' }, 'create')).error).toMatch(/^too many games hosted from this address/);
  });

  it('closes for now a game nobody is connected to, whose teacher opens it again', async () => {
    const data = dataFolder();
    const server = await startServer({ data, args: ['--idle-minutes', '0.02'] });
    const teacher = await hostClassGame(server.url, { ...tutorial, seed: 'idle-1' });
    const { code } = teacher;
    const token = teacher.teacherToken;
    const student = await joinClassGame(server.url, code, { name: 'Anna' });
    await student.leave();
    await teacher.leave();
    const log = join(data, `${code}.jsonl`);
    await until(() => existsSync(log) && readFileSync(log, 'utf8').includes('{"t":"closed"}'), 'the idle game to be closed for now');
    // The room goes just after its log says so: a student's join then finds no game.
    const refusal = await joinsUntilRefused(server.url, code);
    expect(refusal).toMatch(/no rooms found/);
    const back = await openClassGame(server.url, code, token);
    expect(back.code).toBe(code);
    await back.leave();
  });

  it('counts the idle time from the last visit: a student who comes and goes between two checks starts it again', async () => {
    const data = dataFolder();
    // 6 s idle, checked every 1.5 s: a visit of a moment falls between two checks.
    const server = await startServer({ data, args: ['--idle-minutes', '0.1'] });
    const teacher = await hostClassGame(server.url, { ...tutorial, seed: 'idle-visit' });
    const log = join(data, `${teacher.code}.jsonl`);
    await teacher.leave();
    const emptyAt = Date.now();
    await new Promise((r) => setTimeout(r, 4000));
    await (await joinClassGame(server.url, teacher.code, { name: 'Anna' })).leave();
    const visitEnded = Date.now();
    // Counted from the teacher's leaving, the game would be closed by now (6 s, and a check 1.5 s later).
    await new Promise((r) => setTimeout(r, Math.max(0, emptyAt + 8500 - Date.now())));
    expect(Date.now() - visitEnded).toBeLessThan(6000);
    expect(readFileSync(log, 'utf8').includes('{"t":"closed"}'), 'closed within 6 s of the visit').toBe(false);
    await until(() => readFileSync(log, 'utf8').includes('{"t":"closed"}'), 'the game to close 6 s after the visit');
    expect(Date.now() - visitEnded).toBeGreaterThanOrEqual(6000);
  });
});
