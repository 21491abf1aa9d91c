// A ClassGame without Colyseus for unit tests: a header of a shipped scenario, the log's lines
// kept in memory, and a schedule run by hand (the expert's decisions wait for a later tick), or
// the expert thinking in the server's computer thread.
import { readFileSync } from 'node:fs';
import type { ScenarioIndex } from '../../../src/engine';
import { indexFromSource } from '../../../src/net/classScenario';
import type { ComputerPlayer } from '../../../src/net/protocol';
import { ClassGame, type ClassGameOptions } from '../../../src/server/classGame';
import type { LogLine, RoomHeader } from '../../../src/server/roomLog';
import { hashToken } from '../../../src/server/secrets';

export function shippedSource(file: string): { fileName: string; text: string; index: ScenarioIndex } {
  const text = readFileSync(new URL(`../../../scenarios/${file}`, import.meta.url), 'utf8');
  const built = indexFromSource({ fileName: file, text });
  if (!built.ok) throw new Error(built.error);
  return { fileName: file, text, index: built.index };
}

/** A room's header as the room writes it when hosting (every other state's seat open to students). */
export function headerOf(file: string, seed: string, computer: ComputerPlayer): RoomHeader {
  const { fileName, text, index } = shippedSource(file);
  const seats = Object.fromEntries(index.scenario.actors.map((a) => [a.id, 'person' as const]));
  return { t: 'room', code: 'ABCDEFGH', teacherTokenHash: hashToken('0'.repeat(32)), scenario: { fileName, text, hash: index.hash }, seed, seats, turnSeconds: 0, computer };
}

export interface Harness {
  game: ClassGame;
  /** Every line the game wrote to its log, in order. */
  lines: Exclude<LogLine, RoomHeader>[];
  /** Callbacks the game scheduled that have not run yet. */
  waiting(): number;
  /** The delays they were scheduled with, in milliseconds. */
  waitingMs(): number[];
  /** Runs the scheduled callbacks, and those they schedule (with what they await), until none is left; returns how many ran. */
  runAll(limit?: number): Promise<number>;
  /** Runs the first callback still waiting, and what it awaits (a timer's time up, and not the next turn's). */
  runFirst(): Promise<void>;
}

/** Lets every promise settled so far run its callbacks. */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

/** `options`: the expert thinking elsewhere, the turn timer's clock. */
export function classGameOf(header: RoomHeader, restoreFrom?: readonly LogLine[], options: Pick<ClassGameOptions, 'think' | 'now'> = {}): Harness {
  const lines: Harness['lines'] = [];
  const queue: { run: () => void; cancelled: boolean; ms: number }[] = [];
  const schedule = (ms: number, run: () => void) => {
    const entry = { run, cancelled: false, ms };
    queue.push(entry);
    return () => void (entry.cancelled = true);
  };
  const quiet = { accepted() {}, note() {}, lobby() {}, clock() {}, ended() {} };
  const game = new ClassGame(header, shippedSource(header.scenario.fileName).index, (line) => lines.push(line), quiet, { schedule, ...options });
  if (restoreFrom) game.restore(restoreFrom);
  const live = () => queue.filter((e) => !e.cancelled);
  return {
    game,
    lines,
    waiting: () => live().length,
    waitingMs: () => live().map((e) => e.ms),
    async runFirst() {
      await settle();
      const first = live()[0];
      if (first === undefined) throw new Error('nothing is scheduled');
      queue.splice(queue.indexOf(first), 1);
      first.run();
      await settle();
    },
    async runAll(limit = 10_000) {
      let ran = 0;
      await settle();
      for (let entry = queue.shift(); entry !== undefined; entry = queue.shift()) {
        if (entry.cancelled) continue;
        if (++ran > limit) throw new Error('the schedule did not run dry');
        entry.run();
        await settle();
      }
      return ran;
    },
  };
}
