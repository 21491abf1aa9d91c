// What the computer decides when a turn's time is up, as the record, the game log and a seat's
// debrief say it: every event it made names its bot (`by`), and every line of the log for a
// decision it made for a student's seat or for the player says "decided by the greedy bot" (the
// player's crisis answers and its answers to offers said nothing of who decided, nor did the lines
// of a seat's moves and offers).
import { describe, expect, it } from 'vitest';
import { gameLog, type LogEntry } from '../../src/engine';
import { phaseOf } from '../../src/app/session';
import { describeEntry } from '../../src/ui/text';
import { classGameOf, headerOf, shippedSource } from './support/classGameHarness';

/** A class game of the 2016 scenario whose students hold every seat and never decide: each turn ends when its time is up. */
async function playedByTimeUp() {
  const harness = classGameOf({ ...headerOf('mother-russia-2016.yaml', 'time-up-1', 'greedy'), turnSeconds: 60 });
  const { game } = harness;
  for (const actor of game.roster.seats.keys()) {
    const { member } = game.join(`Student of ${actor}`);
    game.setConnected(member.id, true);
    expect(game.takeSeat(member.id, actor)).toBeNull();
  }
  expect(game.teacher({ action: 'start' })).toBeNull();
  for (let turn = 0; turn < 40 && phaseOf(game.session.snapshot()) !== 'over'; turn++) {
    expect(harness.waitingMs()).toEqual([60_000]); // the turn's timer, and nothing else
    await harness.runFirst();
  }
  expect(phaseOf(game.session.snapshot())).toBe('over');
  return game;
}

describe("the computer's decisions at a turn's time-up", () => {
  it('name their bot in the record, and the game log says who decided each', async () => {
    const game = await playedByTimeUp();
    // Every event the room made names the bot; no student decided anything.
    expect(game.accepted.filter((a) => a.by === 'student')).toEqual([]);
    expect(game.accepted.filter((a) => a.event.type !== 'WITHDRAW' && !('by' in a.event && a.event.by === 'greedy'))).toEqual([]);
    expect(game.notes.every((n) => /^Time was up on turn \d+: the computer decided what the turn still waited for\.$/.test(n.text))).toBe(true);

    const log = gameLog(game.session.game());
    const said = (kind: LogEntry['kind']) => log.filter((e) => e.kind === kind).map((e) => describeEntry(game.index, e));
    const answers = said('crisis-answer');
    const offers = said('offer');
    const moves = log.filter((e): e is Extract<LogEntry, { kind: 'move' }> => e.kind === 'move' && e.roll === null);
    // The game had each kind of decision, so the test reads something.
    expect([answers.length, offers.length, moves.length].every((n) => n > 0)).toBe(true);
    // Russia's crisis answers, the computer's for Russia's student.
    for (const line of answers) expect(line).toMatch(/^Crisis “.*”: Russia answered “.*” \(decided by the greedy bot\) \(rung \d+ of \d+: .*\)$/);
    // An offer made for its seat's student, and Russia's answer to it, both the computer's.
    for (const line of offers) expect(line).toMatch(/^.* offered “.*” \(decided by the greedy bot\): Russia (took it|declined) \(decided by the greedy bot\)$/);
    // A seat's move, as its line in the log and in the seat's debrief says it.
    for (const move of moves) expect(describeEntry(game.index, move)).toMatch(/ \(decided by the greedy bot\)$/);
  });

  it("says who answered a counter-offer for the player, and nothing for a player's own answer", () => {
    const { index } = shippedSource('mother-russia-2016.yaml');
    const option = [...index.options.values()].find((o) => o.counter && o.target)!;
    const entry = (answeredBy?: 'greedy') => ({ kind: 'counter' as const, turn: 1, option: option.id, actor: option.target!, taken: true, ...(answeredBy ? { answeredBy } : {}) });
    expect(describeEntry(index, entry('greedy'))).toMatch(/^Russia took .* counter-offer on “.*” \(decided by the greedy bot\)$/);
    expect(describeEntry(index, entry())).not.toContain('decided by');
  });
});
