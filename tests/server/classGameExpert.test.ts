// A class game whose teacher chose the expert for the computer's seats: it plays them to the end,
// one decision per tick, its record replays without the server, and a process that rebuilds the
// room from its log decides exactly as the first one did.
import { describe, expect, it } from 'vitest';
import { parseRecord } from '../../src/app/record';
import { replayRecord } from '../../src/app/replay';
import { classGameOf, headerOf, shippedSource } from './support/classGameHarness';

const TUTORIAL = 'tutorial.yaml';

/** A class game nobody sits in, started by the teacher and played by the computer to its end. */
async function playedByComputer(seed: string, computer: 'greedy' | 'expert') {
  const harness = classGameOf(headerOf(TUTORIAL, seed, computer));
  expect(harness.game.teacher({ action: 'start' })).toBeNull();
  await harness.runAll();
  return harness;
}

describe('the expert in a class game', () => {
  it('plays every seat to the end; the record (ordinary events) replays and verifies without the server', async () => {
    const { game } = await playedByComputer('class-expert-1', 'expert');
    expect(game.ended).toBe('over');
    expect(game.accepted.every((a) => a.by === 'computer')).toBe(true);
    const text = JSON.stringify(game.session.record());
    const parsed = parseRecord(text);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.record.seats).toEqual(headerOf(TUTORIAL, 'x', 'expert').seats);
    const replayed = replayRecord(parsed.record, shippedSource(TUTORIAL).index);
    expect(replayed.ok).toBe(true);
    expect(replayed.session!.game().history.map((h) => h.checksum)).toEqual(parsed.record.checksums);
    expect(replayed.session!.game().ending).toEqual(game.session.game().ending);
  });

  it('plays otherwise than the greedy bot on the same seed (the choice is used)', async () => {
    const expert = (await playedByComputer('class-expert-2', 'expert')).game.session.events;
    const greedy = (await playedByComputer('class-expert-2', 'greedy')).game.session.events;
    expect(expert).not.toEqual(greedy);
  });

  it('decides in a later tick, one decision at a time, so a student who takes the seat meanwhile plays it', async () => {
    const harness = classGameOf(headerOf(TUTORIAL, 'class-expert-3', 'expert'));
    harness.game.teacher({ action: 'start' });
    // Russia's planning waits for the computer: nothing is decided yet, a decision is scheduled.
    expect(harness.game.accepted).toHaveLength(0);
    expect(harness.waiting()).toBe(1);
    const { member } = harness.game.join('Anna');
    expect(harness.game.takeSeat(member.id, harness.game.player)).toBeNull();
    await harness.runAll();
    expect(harness.game.accepted).toHaveLength(0);
    expect(harness.game.submit(member.id, 'm1', { type: 'PROPOSE', option: 'japan-card' })).toBeNull();
    expect(harness.game.submit(member.id, 'm2', { type: 'END_TURN' })).toBeNull();
    // Japan's seat is the computer's: its answer waits for the next tick.
    expect(harness.game.session.snapshot().context.asking).toMatchObject({ kind: 'answer', actor: 'japan' });
    expect(harness.game.accepted).toHaveLength(2);
    expect(harness.waiting()).toBe(1);
    const ran = await harness.runAll();
    const computers = harness.game.accepted.filter((a) => a.by === 'computer');
    // The event names the bot that decided: the seat is a person's, nobody's at it.
    expect(computers[0]!.event).toMatchObject({ type: 'SEAT_ANSWER', actor: 'japan', by: 'expert' });
    expect(ran).toBe(computers.length);
    expect(harness.game.session.game().turn).toBe(2);
  });

  it('decides the same in another process rebuilt from the log mid-game, and whatever ticks ran before', async () => {
    const header = headerOf(TUTORIAL, 'class-expert-4', 'expert');
    const first = await playedByComputer('class-expert-4', 'expert');
    // Cut the log after a seat's answer in the middle of the game: a decision of its own ends there.
    const events = first.lines.flatMap((l, i) => (l.t === 'event' && l.event.type.startsWith('SEAT_') ? [i] : []));
    const cut = events[Math.floor(events.length / 2)]! + 1;
    expect(cut).toBeLessThan(first.lines.length);
    const second = classGameOf(header, first.lines.slice(0, cut));
    expect(second.game.accepted.length).toBeLessThan(first.game.accepted.length);
    await second.runAll();
    expect(second.game.ended).toBe('over');
    expect(second.game.accepted).toEqual(first.game.accepted);
  });
});
