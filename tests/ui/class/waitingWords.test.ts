// For whom a class game waits, in the words the teacher's and students' screens show: from a real
// game (the tutorial with China a person's seat) and the room's seats.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexScenario } from '../../../src/engine';
import { startSession } from '../../../src/app/session';
import type { Clock, SeatInfo } from '../../../src/net/protocol';
import { loadScenario } from '../../../src/scenario/load';
import { clockWords, waitingSentence } from '../../../src/ui/class/waitingWords';

const ROOT = resolve(new URL('../../..', import.meta.url).pathname);
const loaded = loadScenario(readFileSync(resolve(ROOT, 'scenarios/tutorial.yaml'), 'utf8'), 'scenarios/tutorial.yaml');
if (!loaded.ok) throw new Error('the tutorial does not load');
const index = indexScenario(loaded.scenario, loaded.hash);

const member = (id: string, name: string, connected = true) => ({ id, name, connected });
const seats: SeatInfo[] = [
  { actor: 'russia', name: 'Russia', members: [member('a', 'Anna')], submitter: 'a', computer: false, playedByComputer: false },
  { actor: 'china', name: 'China', members: [member('b', 'Boris'), member('c', 'Chen')], submitter: 'b', computer: false, playedByComputer: false },
  { actor: 'japan', name: 'Japan', members: [], submitter: null, computer: false, playedByComputer: true },
];
const running: Clock = { turnSeconds: 0, remainingMs: null, paused: false, started: true };

describe('the sentence saying for whom a class game waits', () => {
  const session = startSession(index, 'waiting-1', { seats: { china: 'person' }, botsAnswer: false });
  const say = (over: Partial<{ seats: SeatInfo[]; clock: Clock; mySeat: string | null; teacher: boolean }> = {}) =>
    waitingSentence({ index, snapshot: session.snapshot(), seats: over.seats ?? seats, clock: over.clock ?? running, mySeat: over.mySeat ?? null, teacher: over.teacher ?? false });

  it('names the seat and its connected students, or says it is you or your team', () => {
    expect(say()).toBe('The game waits for Russia: Anna.');
    expect(say({ mySeat: 'russia' })).toBe('The game waits for you (Russia).');
    expect(say({ clock: { ...running, started: false } })).toBe('The game has not started yet: the teacher starts it when the class is ready.');
    expect(say({ clock: { ...running, paused: true } })).toBe('The teacher has paused the game.');
    // The teacher, who paused it, reads it as their own doing.
    expect(say({ clock: { ...running, paused: true }, teacher: true })).toBe('You paused the game: resume it when the class is ready.');
    expect(say({ clock: { ...running, started: false }, teacher: true })).toBe('The game has not started yet: start it when the class is ready.');
    expect(session.send({ type: 'PROPOSE', option: 'summit-with-xi' })).toBeNull();
    expect(session.send({ type: 'END_TURN' })).toBeNull();
    expect(session.snapshot().context.asking).toMatchObject({ kind: 'answer', actor: 'china' });
    expect(say()).toBe('The game waits for China: Boris and Chen.');
    expect(say({ mySeat: 'china' })).toBe('The game waits for your team (China).');
  });

  it('says when the seat’s students have lost the connection, and when the computer decides', () => {
    const away = seats.map((s) => (s.actor === 'china' ? { ...s, members: s.members.map((m) => ({ ...m, connected: false })) } : s));
    expect(say({ seats: away })).toBe('The game waits for China: Boris and Chen lost the connection. The seat waits for them to come back, unless the teacher gives it to the computer.');
    const computer = seats.map((s) => (s.actor === 'china' ? { ...s, computer: true, playedByComputer: true } : s));
    expect(say({ seats: computer })).toBe('The computer is deciding for China.');
    // China's own students, their seat given to the computer: the game does not wait for them (it said "The game waits for your team").
    expect(say({ seats: computer, mySeat: 'china' })).toBe('The computer is deciding for China: your teacher gave it the seat.');
  });
});

describe('the turn countdown', () => {
  it('counts down from the deadline, says the time left while paused, and nothing without a timer', () => {
    const clock = { turnSeconds: 120, remainingMs: 65_000, paused: false, started: true, deadline: 1_000_000 };
    expect(clockWords(clock, 1_000_000 - 65_000)).toBe('1:05 left in this turn');
    expect(clockWords(clock, 1_000_000 - 400)).toBe('0:01 left in this turn');
    expect(clockWords(clock, 1_000_000 + 5_000)).toBe('0:00 left in this turn');
    expect(clockWords({ ...clock, paused: true, deadline: null, remainingMs: 84_000 }, 0)).toBe('Paused with 1:24 left in this turn');
    expect(clockWords({ ...clock, turnSeconds: 0, deadline: null }, 0)).toBeNull();
  });
});
