// With Redis, which process keeps each game's log (in its own --data folder), kept in Redis by the
// game's code: a teacher's reopening may reach any process (the proxy sends "/" to any of them),
// and must be created on the one whose folder has the log. Each process records its games when it
// starts (a restarted process has a new id) and each game it hosts.
import { matchMaker } from '@colyseus/core';

const LOG_OWNERS = 'pivot-east:log-owner';

/** Records this process as the keeper of `codes`' logs (sent together, not one round trip after another). */
export async function recordLogOwner(codes: readonly string[]): Promise<void> {
  await Promise.all(codes.map((code) => matchMaker.presence.hset(LOG_OWNERS, code, matchMaker.processId)));
}

/** The running process that keeps `code`'s log, or null (none recorded, or it is not running). */
export async function logOwner(code: string, running: readonly { processId: string }[]): Promise<string | null> {
  const owner = await matchMaker.presence.hget(LOG_OWNERS, code);
  return owner !== null && running.some((p) => p.processId === owner) ? owner : null;
}
