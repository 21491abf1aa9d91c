// One proposal's negotiation in the game statechart: the rules weigh it at once; an acceptance or a
// rejection settles it, a counter-offer waits in negotiation.countered for the player's answer.
// (Rounds of bargaining: bargaining.test.ts; a seat's answer and rounds: seats.test.ts, seatReplies.test.ts.)
import { describe, expect, it } from 'vitest';
import { phaseOf, startSession, type GameSession } from '../../src/app/session';
import { gameLog, weighProposal } from '../../src/engine';
import { fixtureIndex } from '../engine/fixture';

const index = fixtureIndex();

/** A session at turn 1 with the islands proposed, whose die gives the wanted outcome; then END_TURN. */
function negotiatedWhere(outcome: 'accept' | 'reject' | 'counter'): GameSession {
  for (let i = 0; i < 500; i++) {
    const session = startSession(index, `n${i}`);
    session.send({ type: 'PROPOSE', option: 'islands' });
    if (weighProposal(session.game(), index, 'islands').decision.outcome !== outcome) continue;
    expect(session.send({ type: 'END_TURN' })).toBeNull();
    return session;
  }
  throw new Error(`no seed gives ${outcome}`);
}

const results = (session: GameSession) => gameLog(session.game()).flatMap((e) => (e.kind === 'deal' ? [e.result] : []));

describe('the negotiation of one proposal', () => {
  it('an acceptance settles it at once and the turn goes on to the next planning', () => {
    const session = negotiatedWhere('accept');
    expect(phaseOf(session.snapshot())).toBe('planning');
    expect(results(session)).toEqual(['accepted']);
    expect(session.game().turn).toBe(2);
  });

  it('a rejection settles it as rejected', () => {
    const session = negotiatedWhere('reject');
    expect(phaseOf(session.snapshot())).toBe('planning');
    expect(results(session)).toEqual(['rejected']);
  });

  it('a counter-offer waits for the player, then is taken or declined', () => {
    const taking = negotiatedWhere('counter');
    expect(taking.snapshot().matches({ negotiation: 'countered' })).toBe(true);
    expect(phaseOf(taking.snapshot())).toBe('counter');
    expect(taking.snapshot().context.counter).toMatchObject({ option: 'islands', outcome: 'counter' });
    expect(taking.game().turn).toBe(1);
    expect(taking.send({ type: 'TAKE_COUNTER' })).toBeNull();
    expect(results(taking)).toEqual(['counter-taken']);
    expect(taking.snapshot().context.counter).toBeNull();
    expect(phaseOf(taking.snapshot())).toBe('planning');

    const declining = negotiatedWhere('counter');
    expect(declining.send({ type: 'DECLINE_COUNTER' })).toBeNull();
    expect(results(declining)).toEqual(['counter-declined']);
  });

  it('refuses COUNTER_BACK when the counter-offer allows no round, and keeps waiting for the answer', () => {
    const session = negotiatedWhere('counter');
    const before = session.game();
    expect(session.send({ type: 'COUNTER_BACK' })?.reason).toBeTruthy();
    expect(session.game()).toBe(before);
    expect(session.snapshot().matches({ negotiation: 'countered' })).toBe(true);
  });
});
