// The two seat decisions taken in answer to the player: the other side's reply in a crisis and a
// round of bargaining, when a person or a bot holds that seat. The game asks, waits, refuses what
// does not fit, and draws no die for the seat; the rules' weighing is logged beside it.
import { describe, expect, it } from 'vitest';
import { parseRecord } from '../../src/app/record';
import { replayRecord } from '../../src/app/replay';
import { askingOf, phaseOf, startSession, type GameSession } from '../../src/app/session';
import { playWithBot } from '../../src/app/playBot';
import { crisisReplyWeighing, gameLog, roundWeighing, type Seats } from '../../src/engine';
import { bargainingCrisisIndex } from '../engine/crisisFixture';

const index = bargainingCrisisIndex();
const person: Seats = { small: 'person' };

/** A session at turn 2's standoff, after the player's answer: Small's person is asked to reply. */
function atReply(answer: string, seed = 'r'): GameSession {
  const session = startSession(index, seed, { seats: person });
  session.send({ type: 'END_TURN' });
  session.send({ type: 'END_TURN' });
  expect(session.send({ type: 'ANSWER_CRISIS', answer })).toBeNull();
  return session;
}

/** A session where Small's person counter-offered on the islands and the player offered the middle. */
function atRound(seed = 'b'): GameSession {
  const session = startSession(index, seed, { seats: person });
  session.send({ type: 'PROPOSE', option: 'islands' });
  session.send({ type: 'END_TURN' });
  expect(session.send({ type: 'SEAT_ANSWER', actor: 'small', answer: 'counter' })).toBeNull();
  expect(session.send({ type: 'COUNTER_BACK' })).toBeNull();
  return session;
}

const replies = (session: GameSession) => gameLog(session.game()).filter((e) => e.kind === 'crisis-reply');
const deals = (session: GameSession) => gameLog(session.game()).flatMap((e) => (e.kind === 'deal' ? [e.result] : []));
const rounds = (session: GameSession) => gameLog(session.game()).filter((e) => e.kind === 'bargain');

describe('a crisis reply by the other side\'s seat', () => {
  it('asks the seat after the player\'s answer and refuses everything else in plain words', () => {
    const session = atReply('protest');
    expect(askingOf(session.snapshot())).toEqual({ kind: 'crisis-reply', actor: 'small', crisis: 'standoff' });
    expect(phaseOf(session.snapshot())).toBe('seat');
    expect(session.snapshot().matches({ crises: 'awaitingSeat' })).toBe(true);
    const waits = 'the game waits for Small\'s reply in the crisis "Standoff over the islands"';
    expect(session.send({ type: 'ANSWER_CRISIS', answer: 'protest' })?.reason).toBe(waits);
    expect(session.send({ type: 'SEAT_ROUND', actor: 'small', answer: 'accept' })?.reason).toBe(`it is not the time for that: ${waits}`);
    expect(session.send({ type: 'SEAT_CRISIS_REPLY', actor: 'big', reply: 'hold' })?.reason).toBe("Big's seat is played by the scenario's rules, which decide at once; it takes no events");
    expect(session.send({ type: 'SEAT_CRISIS_REPLY', actor: 'small', reply: 'shrug' as 'hold' })?.reason).toBe('"shrug" is not a reply to a crisis; reply back-down, hold, escalate');
    expect(session.events.map((e) => e.type)).toEqual(['END_TURN', 'END_TURN', 'ANSWER_CRISIS']);
  });

  // That the seat's reply itself draws no die is the engine's (tests/engine/seatReplies.test.ts):
  // here the turn's end check and the next briefing roll after it, so the game's dice cannot show it.
  it('a hold after the player held settles it, with no roll, and the rules\' weighing is logged', () => {
    const session = atReply('protest');
    const weighed = crisisReplyWeighing(session.game(), index);
    expect(session.send({ type: 'SEAT_CRISIS_REPLY', actor: 'small', reply: 'hold' })).toBeNull();
    expect(replies(session)).toEqual([expect.objectContaining({ reply: { turn: 2, ...weighed, roll: null, reply: 'hold', decidedBy: 'person' } })]);
    expect(session.game().crises[0]!.outcome).toBe('settled');
    expect(phaseOf(session.snapshot())).toBe('planning');
  });

  it('an escalation climbs a rung and the player answers again; backing down ends it', () => {
    const session = atReply('protest');
    expect(session.send({ type: 'SEAT_CRISIS_REPLY', actor: 'small', reply: 'escalate' })).toBeNull();
    expect(session.game().crises[0]).toMatchObject({ rung: 1, outcome: null });
    expect(phaseOf(session.snapshot())).toBe('crisis');
    expect(askingOf(session.snapshot())).toBeNull();
    expect(session.send({ type: 'SEAT_CRISIS_REPLY', actor: 'small', reply: 'hold' })?.reason).toBe('no seat is asked to decide now: the game waits for the player\'s planning');
    expect(session.send({ type: 'ANSWER_CRISIS', answer: 'protest' })).toBeNull();
    expect(session.send({ type: 'SEAT_CRISIS_REPLY', actor: 'small', reply: 'back-down' })).toBeNull();
    expect(session.game().crises[0]!.outcome).toBe('other-backed-down');
    expect(replies(session).map((e) => e.reply.reply)).toEqual(['escalate', 'back-down']);
  });

  it('the player backing down asks the seat nothing', () => {
    const session = startSession(index, 'r', { seats: person });
    session.send({ type: 'END_TURN' });
    session.send({ type: 'END_TURN' });
    session.send({ type: 'ANSWER_CRISIS', answer: 'yield' });
    expect(askingOf(session.snapshot())).toBeNull();
    expect(phaseOf(session.snapshot())).toBe('planning');
  });
});

describe('a round of bargaining decided by the target\'s seat', () => {
  it('asks the seat after COUNTER_BACK and holds the counter-offer until it answers', () => {
    const session = atRound();
    expect(askingOf(session.snapshot())).toEqual({ kind: 'round', actor: 'small', option: 'islands' });
    expect(phaseOf(session.snapshot())).toBe('seat');
    const waits = 'the game waits for Small\'s answer to the middle on "Offer two islands"';
    expect(session.send({ type: 'TAKE_COUNTER' })?.reason).toBe(waits);
    expect(session.send({ type: 'DECLINE_COUNTER' })?.reason).toBe(waits);
    expect(session.send({ type: 'COUNTER_BACK' })?.reason).toBe(waits);
    expect(session.send({ type: 'SEAT_CRISIS_REPLY', actor: 'small', reply: 'hold' })?.reason).toBe(`it is not the time for that: ${waits}`);
    expect(session.send({ type: 'SEAT_ROUND', actor: 'small', answer: 'maybe' as 'hold' })?.reason).toBe('"maybe" is not an answer to the middle; answer accept, hold, walk-away');
  });

  it('keeping the counter-offer puts it back before the player; taking the middle is a deal; no die', () => {
    const session = atRound();
    const { rng } = session.game();
    const weighed = roundWeighing(session.game(), index, session.snapshot().context.counter!);
    expect(session.send({ type: 'SEAT_ROUND', actor: 'small', answer: 'hold' })).toBeNull();
    expect(phaseOf(session.snapshot())).toBe('counter');
    expect(session.game().rng).toEqual(rng);
    expect(rounds(session)).toEqual([expect.objectContaining({ round: { ...weighed, roll: null, outcome: 'hold', decidedBy: 'person' } })]);
    expect(session.send({ type: 'COUNTER_BACK' })).toBeNull();
    expect(askingOf(session.snapshot())).toEqual({ kind: 'round', actor: 'small', option: 'islands' });
    expect(session.send({ type: 'SEAT_ROUND', actor: 'small', answer: 'accept' })).toBeNull();
    expect(rounds(session).map((e) => [e.round.round, e.round.outcome])).toEqual([[1, 'hold'], [2, 'accept']]);
    expect(deals(session)).toEqual(['middle-taken']);
  });

  it('walking away ends the proposal as a rejection', () => {
    const session = atRound();
    expect(session.send({ type: 'SEAT_ROUND', actor: 'small', answer: 'walk-away' })).toBeNull();
    expect(deals(session)).toEqual(['rejected']);
  });
});

describe('bots in the other side\'s seat', () => {
  /** Plays whole games with `bot` in Small's seat until one has both new events. */
  function recordWithBoth(bot: 'random' | 'greedy') {
    for (let i = 0; i < 200; i++) {
      const record = playWithBot(index, `both-${i}`, 'random', {}, { small: bot }).record();
      const types = new Set(record.events.map((e) => e.type));
      if (types.has('SEAT_CRISIS_REPLY') && types.has('SEAT_ROUND')) return record;
    }
    throw new Error(`no game with ${bot} in Small's seat has both a crisis reply and a round`);
  }

  it.each(['random', 'greedy'] as const)('%s answers both questions; the record replays exactly, the same for the same seed', (bot) => {
    const record = recordWithBoth(bot);
    expect(record.format).toBe('pivot-east-record/2');
    expect(playWithBot(index, record.seed, 'random', {}, { small: bot }).record()).toEqual(record);
    const parsed = parseRecord(JSON.stringify(record));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(replayRecord(parsed.record, index)).toMatchObject({ ok: true });
  });
});
