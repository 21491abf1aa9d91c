// The turn timer across a restart of the server and a room closed for now: the room's log keeps
// when the turn's time ends (or the time left while it holds), so a game brought back from its log
// goes on with the turn's time rather than a whole new turn.
import { describe, expect, it } from 'vitest';
import { classGameOf, headerOf, type Harness } from './support/classGameHarness';

const TURN_MS = 60_000;
const header = { ...headerOf('tutorial.yaml', 'clock-1', 'greedy'), turnSeconds: TURN_MS / 1000 };

/** A timed class game with Anna in Russia's seat, started on a clock set by hand (`clock.now`); the computer plays the rest. */
function startedGame(): { first: Harness; clock: { now: number } } {
  const clock = { now: 1_000_000 };
  const harness = classGameOf(header, undefined, { now: () => clock.now });
  const { member } = harness.game.join('Anna');
  expect(harness.game.takeSeat(member.id, harness.game.player)).toBeNull();
  expect(harness.game.teacher({ action: 'start' })).toBeNull();
  return { first: harness, clock };
}

/** The same room brought back from what the first wrote to its log. */
const broughtBack = (first: Harness, clock: { now: number }) => classGameOf(header, first.lines, { now: () => clock.now });

describe('the turn timer, brought back from the log', () => {
  it('after a restart, goes on with what is left of the turn on the server clock', () => {
    const { first, clock } = startedGame();
    expect(first.game.clock()).toMatchObject({ remainingMs: TURN_MS, paused: false });
    clock.now += 25_000; // 20 s played, then the server is down for 5 s
    const second = broughtBack(first, clock);
    expect(second.game.session.game().turn).toBe(1);
    expect(second.game.clock()).toMatchObject({ remainingMs: 35_000, paused: false });
    expect(second.waitingMs()).toEqual([35_000]);
  });

  it('paused, keeps the time left and shows it until the teacher resumes, however long the server was down', () => {
    const { first, clock } = startedGame();
    clock.now += 20_000;
    expect(first.game.teacher({ action: 'pause' })).toBeNull();
    clock.now += 3_600_000;
    const second = broughtBack(first, clock);
    expect(second.game.clock()).toMatchObject({ remainingMs: 40_000, paused: true });
    expect(second.waitingMs()).toEqual([]);
    expect(second.game.teacher({ action: 'resume' })).toBeNull();
    expect(second.waitingMs()).toEqual([40_000]);
    clock.now += 10_000;
    expect(second.game.clock()).toMatchObject({ remainingMs: 30_000, paused: false });
  });

  it('paused and brought back, then given a new length of turn: a whole turn of the new length', () => {
    const { first, clock } = startedGame();
    clock.now += 20_000;
    expect(first.game.teacher({ action: 'pause' })).toBeNull();
    const second = broughtBack(first, clock);
    expect(second.game.teacher({ action: 'setTurnSeconds', seconds: 90 })).toBeNull();
    expect(second.game.teacher({ action: 'resume' })).toBeNull();
    expect(second.game.clock()).toMatchObject({ remainingMs: 90_000, paused: false });
  });

  it('closed for now and reopened the next day, waits paused with the time the turn had left until the teacher resumes', () => {
    const { first, clock } = startedGame();
    clock.now += 20_000;
    expect(first.game.teacher({ action: 'closeForNow' })).toBeNull();
    expect(first.waitingMs()).toEqual([]);
    clock.now += 24 * 3_600_000;
    const second = broughtBack(first, clock);
    expect(second.game.clock()).toMatchObject({ remainingMs: 40_000, paused: true });
    expect(second.waitingMs()).toEqual([]);
    // The students join again meanwhile; their turn's time has not begun.
    clock.now += 120_000;
    expect(second.game.clock()).toMatchObject({ remainingMs: 40_000, paused: true });
    expect(second.game.teacher({ action: 'resume' })).toBeNull();
    expect(second.waitingMs()).toEqual([40_000]);
  });

  it('down for longer than the turn had left, ends the turn as soon as it is back; the next turn has its whole time', async () => {
    const { first, clock } = startedGame();
    clock.now += 70_000;
    const second = broughtBack(first, clock);
    expect(second.waitingMs()).toEqual([0]);
    await second.runFirst();
    expect(second.game.notes.at(-1)?.text).toBe('Time was up on turn 1: the computer decided what the turn still waited for.');
    expect(second.game.session.game().turn).toBe(2);
    expect(second.game.clock().remainingMs).toBe(TURN_MS);
  });

  it('reads a log written before the timer was kept in it as before: a whole turn', () => {
    const { first, clock } = startedGame();
    clock.now += 20_000;
    const older = first.lines.filter((line) => line.t !== 'clock');
    const second = classGameOf(header, older, { now: () => clock.now });
    expect(second.game.clock().remainingMs).toBe(TURN_MS);
  });
});
