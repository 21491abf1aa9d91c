// The server's computer thread: the expert decides there exactly as in the room's own thread, a
// job it cannot do is refused with the reason, and a room whose thread fails decides here instead.
import { afterAll, describe, expect, it, vi } from 'vitest';
import { ComputerThread } from '../../src/server/computerThread';
import { classGameOf, headerOf } from './support/classGameHarness';

const thread = new ComputerThread();
afterAll(() => thread.close());

/** Waits (on the real clock: the thread answers when it has decided) until the check holds. */
async function until(check: () => boolean, what: string, ms = 60_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

async function playedHere(seed: string) {
  const here = classGameOf(headerOf('tutorial.yaml', seed, 'expert'));
  here.game.teacher({ action: 'start' });
  await here.runAll();
  expect(here.game.ended).toBe('over');
  return here;
}

describe("the server's computer thread", () => {
  it('plays a class game with the expert exactly as the room\'s own thread does', { timeout: 120_000 }, async () => {
    const here = await playedHere('thread-1');
    const there = classGameOf(headerOf('tutorial.yaml', 'thread-1', 'expert'), undefined, { think: (job) => thread.decide(job) });
    there.game.teacher({ action: 'start' });
    await until(() => there.game.ended !== null, 'the game to end');
    // Nothing was decided in a tick of this thread.
    expect(there.waiting()).toBe(0);
    expect(there.game.accepted).toEqual(here.game.accepted);
  });

  it('refuses a job it cannot do with the reason, and goes on answering', { timeout: 60_000 }, async () => {
    const { scenario, seed, seats } = headerOf('tutorial.yaml', 'thread-2', 'expert');
    await expect(thread.decide({ scenario, seed, seats, computer: 'expert', events: [{ type: 'PROPOSE', option: 'no-such-option' }] })).rejects.toThrow(/the room's event 0 was refused on rebuilding the game/);
    expect(await thread.decide({ scenario, seed, seats, computer: 'greedy', events: [] })).toContainEqual({ type: 'END_TURN' });
  });

  it('lets a room whose thread fails decide in its own', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const here = await playedHere('thread-3');
      const failing = classGameOf(headerOf('tutorial.yaml', 'thread-3', 'expert'), undefined, { think: () => Promise.reject(new Error('the thread is gone')) });
      failing.game.teacher({ action: 'start' });
      await failing.runAll();
      expect(failing.game.accepted).toEqual(here.game.accepted);
      expect(logged).toHaveBeenCalledWith(expect.stringContaining('could not decide in its thread (deciding here instead)'), expect.any(Error));
    } finally {
      logged.mockRestore();
    }
  });
});
