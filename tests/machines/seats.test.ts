import { describe, expect, it } from 'vitest';
import { parseRecord } from '../../src/app/record';
import { replayRecord } from '../../src/app/replay';
import { askingOf, phaseOf, startSession, type GameSession } from '../../src/app/session';
import { playWithBot } from '../../src/app/playBot';
import { actorOf, gameLog, indexScenario, trackValue, type Seats } from '../../src/engine';
import { fixtureData, fixtureScenario } from '../engine/fixture';
import { countIn } from '../engine/helpers';

const cite = [{ source: 'doc', paragraph: 1, note: 'A test citation.' }];

/** The fixture with Small given a move and an offer of its own. */
const [big, small] = fixtureData.actors;
const index = indexScenario(
  fixtureScenario({
    actors: [
      big,
      {
        ...small,
        moves: [{ id: 'patrol', title: 'Small patrols the islands', text: 'Ships.', chance: 10, effects: [{ actor: 'small', attr: 'relation', add: -5 }], sources: cite }],
        offers: [
          { id: 'fish', title: 'A fishing deal', text: 'Small offers fishing rights for a fee.', cost: 1, touches: { trade: 40 }, effects: [{ track: 'wealth', add: 3 }, { actor: 'small', attr: 'trade', add: 5 }], onDecline: [{ actor: 'small', attr: 'relation', add: -2 }], sources: cite },
        ],
      },
    ],
  }),
  '0123456789abcdef',
);

const people: Seats = { small: 'person' };

/** Ends turns, answering whatever is asked of the player; a person's seat is left waiting. */
function untilSeatAsked(session: GameSession): void {
  for (let i = 0; i < 50 && phaseOf(session.snapshot()) !== 'seat' && phaseOf(session.snapshot()) !== 'over'; i++) {
    const phase = phaseOf(session.snapshot());
    session.send(phase === 'offer' ? { type: 'ANSWER_OFFER', take: false } : phase === 'counter' ? { type: 'DECLINE_COUNTER' } : { type: 'END_TURN' });
  }
}

describe('seats', () => {
  it('with every seat the rules\', the rules make the offer at once and the player answers it', () => {
    const session = startSession(index, 'offer-1');
    expect(phaseOf(session.snapshot())).toBe('offer');
    expect(askingOf(session.snapshot())).toEqual({ kind: 'take-offer', actor: 'small', offer: 'fish' });
    expect(session.send({ type: 'END_TURN' })?.reason).toBe('the game waits for Land\'s answer to Small\'s offer "A fishing deal"');
    const { capital, tracks } = session.game();
    expect(session.send({ type: 'ANSWER_OFFER', take: true })).toBeNull();
    expect(session.game().capital).toBe(capital - 1);
    expect(trackValue(session.game().tracks, index, 'wealth')).toBe(trackValue(tracks, index, 'wealth') + 3);
    expect(countIn(session.game(), index, 'offerTimes', 'small/fish')).toBe(1);
    expect(phaseOf(session.snapshot())).toBe('planning');
    expect(session.send({ type: 'ANSWER_OFFER', take: true })?.reason).toMatch(/no seat is asked to decide now/);
  });

  it('refuses taking an offer the player cannot pay for, and declining applies onDecline', () => {
    const poor = indexScenario({ ...index.scenario, capital: { ...index.scenario.capital, start: 0 } }, index.hash);
    const session = startSession(poor, 'offer-2');
    expect(session.send({ type: 'ANSWER_OFFER', take: true })?.reason).toBe('taking "A fishing deal" costs 1 diplomatic capital and none is left');
    expect(session.send({ type: 'ANSWER_OFFER', take: false })).toBeNull();
    expect(actorOf(session.game().actors, index, 'small')!.relation).toBe(-12);
    // With exactly its cost left, the offer can be taken, and the capital is spent.
    const enough = indexScenario({ ...index.scenario, capital: { ...index.scenario.capital, start: 1 } }, index.hash);
    const exact = startSession(enough, 'offer-2');
    expect(exact.send({ type: 'ANSWER_OFFER', take: true })).toBeNull();
    expect(exact.game().capital).toBe(0);
  });

  it('a person\'s seat makes the game wait for its offer, refusing others\' events in plain words', () => {
    const session = startSession(index, 'p-1', { seats: people });
    expect(phaseOf(session.snapshot())).toBe('seat');
    expect(askingOf(session.snapshot())).toEqual({ kind: 'offer', actor: 'small' });
    expect(session.send({ type: 'PROPOSE', option: 'loan' })?.reason).toBe("the game waits for Small's offer (or none)");
    expect(session.send({ type: 'SEAT_OFFER', actor: 'big', offer: null })?.reason).toBe("Big's seat is played by the scenario's rules, which decide at once; it takes no events");
    expect(session.send({ type: 'SEAT_OFFER', actor: 'atlantis', offer: null })?.reason).toBe('there is no actor "atlantis" in this scenario');
    expect(session.send({ type: 'SEAT_MOVE', actor: 'small', move: null })?.reason).toBe("it is not the time for that: the game waits for Small's offer (or none)");
    expect(session.send({ type: 'SEAT_OFFER', actor: 'small', offer: 'gold' })?.reason).toBe('Small has no offer "gold"; its offers are fish');
    expect(session.send({ type: 'SEAT_OFFER', actor: 'small', offer: null })).toBeNull();
    expect(phaseOf(session.snapshot())).toBe('planning');
    expect(countIn(session.game(), index, 'offerTimes', 'small/fish')).toBe(0);
  });

  it('a person answers a proposal aimed at their state: no die is drawn, the answer is certain', () => {
    const session = startSession(index, 'p-2', { seats: people });
    session.send({ type: 'SEAT_OFFER', actor: 'small', offer: null });
    session.send({ type: 'PROPOSE', option: 'forum' });
    const rng = session.game().rng;
    session.send({ type: 'END_TURN' });
    expect(askingOf(session.snapshot())).toEqual({ kind: 'answer', actor: 'small', option: 'forum' });
    expect(session.send({ type: 'PROPOSE', option: 'loan' })?.reason).toBe('the game waits for Small\'s answer to "Invite Small to a forum"');
    expect(session.send({ type: 'SEAT_MOVE', actor: 'small', move: null })?.reason).toBe('it is not the time for that: the game waits for Small\'s answer to "Invite Small to a forum"');
    expect(session.send({ type: 'SEAT_ANSWER', actor: 'small', answer: 'counter' })?.reason).toBe('"Invite Small to a forum" has no counter-offer in this scenario; answer accept or reject');
    expect(session.send({ type: 'SEAT_ANSWER', actor: 'small', answer: 'accept' })).toBeNull();
    const decision = gameLog(session.game()).find((e) => e.kind === 'decision');
    expect(decision).toMatchObject({ decision: { outcome: 'accept', roll: null, decidedBy: 'person', option: 'forum' } });
    // The person is then asked for Small's move (its patrol is open), and the game waits.
    expect(askingOf(session.snapshot())).toEqual({ kind: 'move', actor: 'small' });
    expect(session.game().rng).toEqual(rng); // no die for Small's answer; Big's move not rolled yet
    expect(session.send({ type: 'SEAT_MOVE', actor: 'small', move: 'sail' })?.reason).toBe('Small has no move "sail"; its moves are patrol');
    expect(session.send({ type: 'SEAT_MOVE', actor: 'small', move: 'patrol' })).toBeNull();
    const move = gameLog(session.game()).find((e) => e.kind === 'move' && e.actor === 'small');
    expect(move).toMatchObject({ happened: true, roll: null, decidedBy: 'person' });
    expect(session.game().turn).toBe(2);
    expect(actorOf(session.game().actors, index, 'small')!.relation).toBe(-10 + 8 - 5);
  });

  it('a bot deciding for a person\'s seat nobody is at is named in the log and the record, and replays', () => {
    // A class game's computer answers for a seat no student holds: the log said "a player".
    const session = startSession(index, 'p-by', { seats: people });
    session.send({ type: 'SEAT_OFFER', actor: 'small', offer: null, by: 'greedy' });
    session.send({ type: 'PROPOSE', option: 'forum' });
    session.send({ type: 'END_TURN' });
    expect(session.send({ type: 'SEAT_ANSWER', actor: 'small', answer: 'accept', by: 'expert' })).toBeNull();
    expect(gameLog(session.game()).find((e) => e.kind === 'decision')).toMatchObject({ decision: { outcome: 'accept', roll: null, decidedBy: 'expert' } });
    expect(session.send({ type: 'SEAT_MOVE', actor: 'small', move: 'patrol', by: 'greedy' })).toBeNull();
    expect(gameLog(session.game()).find((e) => e.kind === 'move' && e.actor === 'small')).toMatchObject({ roll: null, decidedBy: 'greedy' });
    const parsed = parseRecord(JSON.stringify(session.record()));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.record.events).toContainEqual({ type: 'SEAT_ANSWER', actor: 'small', answer: 'accept', by: 'expert' });
    const replayed = replayRecord(parsed.record, index);
    expect(replayed.ok).toBe(true);
    if (replayed.ok) expect(gameLog(replayed.session!.game()).find((e) => e.kind === 'decision')).toMatchObject({ decision: { decidedBy: 'expert' } });
    // Only a person's seat: a bot's own seat is that bot's, and a record names only the computer's bots.
    const bots = startSession(index, 'p-by-2', { seats: { small: 'greedy' } });
    expect(bots.send({ type: 'SEAT_OFFER', actor: 'small', offer: null, by: 'expert' })?.reason).toBe('Small\'s seat is held by the greedy bot, so no other bot decides for it');
    const random = JSON.parse(JSON.stringify(session.record()));
    random.events.find((e: { by?: string }) => e.by === 'expert').by = 'random';
    expect(parseRecord(JSON.stringify(random)).ok).toBe(false);
  });

  it('a person\'s counter goes to the player like the rules\' counter-offer', () => {
    const session = startSession(index, 'p-3', { seats: people });
    session.send({ type: 'SEAT_OFFER', actor: 'small', offer: null });
    session.send({ type: 'PROPOSE', option: 'islands' });
    session.send({ type: 'END_TURN' });
    expect(session.send({ type: 'SEAT_ANSWER', actor: 'small', answer: 'counter' })).toBeNull();
    expect(phaseOf(session.snapshot())).toBe('counter');
    expect(session.send({ type: 'TAKE_COUNTER' })).toBeNull();
    expect(session.game().outcomes).toEqual([{ option: 'islands', actor: 'small', result: 'counter-taken' }]);
    expect(askingOf(session.snapshot())).toEqual({ kind: 'move', actor: 'small' });
  });

  it('a game with people and bots in other seats is recorded in format 2 and replays exactly', () => {
    const session = startSession(index, 'mixed-1', { seats: { small: 'person', big: 'greedy' } });
    for (let i = 0; i < 200 && phaseOf(session.snapshot()) !== 'over'; i++) {
      const asking = askingOf(session.snapshot());
      const phase = phaseOf(session.snapshot());
      if (asking?.kind === 'offer') session.send({ type: 'SEAT_OFFER', actor: 'small', offer: 'fish' });
      else if (asking?.kind === 'answer') session.send({ type: 'SEAT_ANSWER', actor: 'small', answer: 'reject' });
      else if (asking?.kind === 'move') session.send({ type: 'SEAT_MOVE', actor: 'small', move: 'patrol' });
      else if (phase === 'offer') session.send({ type: 'ANSWER_OFFER', take: true });
      else if (phase === 'counter') session.send({ type: 'DECLINE_COUNTER' });
      else {
        session.send({ type: 'PROPOSE', option: 'loan' });
        session.send({ type: 'PROPOSE', option: 'forum' });
        session.send({ type: 'END_TURN' });
      }
    }
    expect(phaseOf(session.snapshot())).toBe('over');
    const record = session.record();
    expect(record.format).toBe('pivot-east-record/2');
    expect(record.seats).toEqual({ big: 'greedy', small: 'person' });
    // The greedy bot's answers are in the record, so the replay needs no bot.
    expect(record.events.some((e) => e.type === 'SEAT_ANSWER' && e.actor === 'big')).toBe(true);
    const parsed = parseRecord(JSON.stringify(record));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const replayed = replayRecord(parsed.record, index);
    expect(replayed.ok).toBe(true);
    // The same events without the seats cannot be replayed: the seats are part of the game.
    const { seats: _seats, ...withoutSeats } = record;
    expect(replayRecord({ ...withoutSeats }, index)).toMatchObject({ ok: false, reason: expect.stringMatching(/was refused/) });
  });

  it('refuses a record whose seats name no actor of the scenario, naming the actors', () => {
    const record = playWithBot(index, 'b-1', 'greedy', {}, { small: 'random' }).record();
    expect(replayRecord({ ...record, seats: { atlantis: 'person' } }, index)).toMatchObject({
      ok: false,
      reason: 'the record\'s seats cannot be played: there is no actor "atlantis" in this scenario; the actors are big, small',
    });
  });

  it('refuses seats or seat events in a record of format 1', () => {
    const record = playWithBot(index, 'b-2', 'greedy', {}, { small: 'random' }).record();
    expect(parseRecord(JSON.stringify({ ...record, format: 'pivot-east-record/1' }))).toMatchObject({
      ok: false,
      error: expect.stringContaining('seats are kept in records of format "pivot-east-record/2"'),
    });
  });

  it('bots in other seats play whole games that replay, the same for the same seed', () => {
    for (const bot of ['random', 'greedy'] as const) {
      const a = playWithBot(index, 'bots-1', 'random', {}, { big: bot, small: bot }).record();
      const b = playWithBot(index, 'bots-1', 'random', {}, { big: bot, small: bot }).record();
      expect(a).toEqual(b);
      expect(replayRecord(a, index)).toMatchObject({ ok: true });
      // The seats were the bots', and both of them chose in the game.
      expect(a.seats).toEqual({ big: bot, small: bot });
      const chose = new Set(a.events.flatMap((e) => ('actor' in e && e.type.startsWith('SEAT_') ? [e.actor] : [])));
      expect([...chose].sort()).toEqual(['big', 'small']);
    }
  });

  it('a person who is asked nothing is skipped: no offer open, no move open', () => {
    const session = startSession(index, 'p-4', { seats: people });
    session.send({ type: 'SEAT_OFFER', actor: 'small', offer: 'fish' });
    session.send({ type: 'ANSWER_OFFER', take: false });
    untilSeatAsked(session);
    expect(askingOf(session.snapshot())).toEqual({ kind: 'move', actor: 'small' });
    session.send({ type: 'SEAT_MOVE', actor: 'small', move: 'patrol' });
    // The offer was made once (its maxTimes) and the patrol used up: turn 2 asks Small nothing.
    untilSeatAsked(session);
    expect(phaseOf(session.snapshot())).toBe('over');
  });
});
