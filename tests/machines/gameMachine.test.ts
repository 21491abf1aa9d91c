import { describe, expect, it } from 'vitest';
import { phaseOf, startSession, type GameSession } from '../../src/app/session';
import { gameLog, weighProposal } from '../../src/engine';
import { fixtureIndex } from '../engine/fixture';

const index = fixtureIndex();

/** A session whose first proposal of 'islands' will be countered. */
function sessionWithCounter(): GameSession {
  for (let i = 0; i < 500; i++) {
    const session = startSession(index, `g${i}`);
    session.send({ type: 'PROPOSE', option: 'islands' });
    if (weighProposal(session.game(), index, 'islands').decision.outcome === 'counter') return session;
  }
  throw new Error('no seed gives a counter-offer');
}

function playToEnd(session: GameSession): void {
  for (let i = 0; i < 100 && phaseOf(session.snapshot()) !== 'over'; i++) {
    session.send(phaseOf(session.snapshot()) === 'counter' ? { type: 'DECLINE_COUNTER' } : { type: 'END_TURN' });
  }
}

describe('the game statechart', () => {
  it('opens with the briefing of turn 1 done and waits in planning', () => {
    const session = startSession(index, 'a');
    expect(session.snapshot().value).toBe('planning');
    expect(session.game().turn).toBe(1);
  });

  it('accepts a valid proposal and refuses an invalid one with a reason, changing nothing', () => {
    const session = startSession(index, 'a');
    expect(session.send({ type: 'PROPOSE', option: 'loan' })).toBeNull();
    expect(session.game().capital).toBe(4);
    const before = session.game();
    expect(session.send({ type: 'PROPOSE', option: 'secret' })?.reason).toBe('"A closed option" is not open at this point of the game');
    expect(session.send({ type: 'PROPOSE', option: 'loan' })?.reason).toMatch(/already proposed this turn/);
    expect(session.send({ type: 'PROPOSE', option: 'nowhere' })?.reason).toMatch(/no option "nowhere"/);
    expect(session.send({ type: 'WITHDRAW', option: 'forum' })?.reason).toMatch(/not among this turn's proposals/);
    expect(session.send({ type: 'TAKE_COUNTER' })?.reason).toMatch(/no counter-offer/);
    expect(session.game()).toBe(before);
    expect(session.events).toEqual([{ type: 'PROPOSE', option: 'loan' }]);
  });

  it('refuses spending more capital than the player has', () => {
    const session = startSession(index, 'a');
    session.send({ type: 'PROPOSE', option: 'islands' }); // 4 of 6
    expect(session.send({ type: 'PROPOSE', option: 'pipeline' })?.reason).toBe('"Build a pipeline" costs 3 diplomatic capital and only 2 is left');
    expect(session.game().capital).toBe(2);
    // What costs exactly the capital left can still be proposed: the loan costs 2.
    expect(index.options.get('loan')!.cost).toBe(2);
    expect(session.send({ type: 'PROPOSE', option: 'loan' })).toBeNull();
    expect(session.game().capital).toBe(0);
  });

  it('runs negotiation, world moves, resolution and end check on END_TURN, then briefs the next turn', () => {
    const session = startSession(index, 'b');
    session.send({ type: 'PROPOSE', option: 'loan' });
    session.send({ type: 'END_TURN' });
    const game = session.game();
    expect(session.snapshot().value).toBe('planning');
    expect(game.turn).toBe(2);
    const kinds = gameLog(game).filter((e) => e.turn === 1).map((e) => e.kind);
    expect(kinds).toContain('decision');
    expect(kinds).toContain('move');
    expect(kinds).toContain('deal');
    expect(kinds.indexOf('decision')).toBeLessThan(kinds.indexOf('move'));
    expect(kinds.indexOf('move')).toBeLessThan(kinds.indexOf('deal'));
    expect(game.history).toHaveLength(1);
  });

  it('stops for a counter-offer: only its answer is accepted until it is given', () => {
    const session = sessionWithCounter();
    session.send({ type: 'END_TURN' });
    const snapshot = session.snapshot();
    expect(snapshot.matches({ negotiation: 'countered' })).toBe(true);
    expect(snapshot.context.counter).toMatchObject({ option: 'islands', outcome: 'counter' });
    expect(session.send({ type: 'PROPOSE', option: 'forum' })?.reason).toMatch(/answer the counter-offer first/);
    expect(session.send({ type: 'END_TURN' })?.reason).toMatch(/answer the counter-offer first/);
    // Every other event of the player's is refused in words, and neither recorded nor played.
    const events = [...session.events];
    const game = session.game();
    expect(session.send({ type: 'WITHDRAW', option: 'islands' })?.reason).toBe('proposals are being negotiated and can no longer be withdrawn');
    expect(session.send({ type: 'PLAN', options: ['forum'] })?.reason).toMatch(/answer the counter-offer first/);
    expect(session.send({ type: 'ANSWER_CRISIS', answer: 'yield' })?.reason).toMatch(/no crisis is waiting for an answer; answer the counter-offer first/);
    expect(session.events).toEqual(events);
    expect(session.game()).toBe(game);
    expect(session.send({ type: 'TAKE_COUNTER' })).toBeNull();
    expect(session.snapshot().value).toBe('planning');
    expect(session.game().flags.treaty).toBe(true);
    expect(gameLog(session.game()).some((e) => e.kind === 'counter' && e.taken)).toBe(true);
  });

  it('refuses a counter-offer the player cannot pay for', () => {
    const session = sessionWithCounter();
    session.send({ type: 'PROPOSE', option: 'forum' });
    // 6 − 4 (islands) − 1 (forum) = 1 left; the counter costs 2 more.
    session.send({ type: 'END_TURN' }); // islands is weighed first, with the same die as before
    expect(session.snapshot().context.counter).not.toBeNull();
    expect(session.send({ type: 'TAKE_COUNTER' })?.reason).toMatch(/costs 2 more diplomatic capital and only 1/);
    expect(session.send({ type: 'DECLINE_COUNTER' })).toBeNull();
  });

  it('ends on the last turn and refuses every event afterwards', () => {
    const session = startSession(index, 'c');
    playToEnd(session);
    expect(session.snapshot().value).toBe('over');
    const game = session.game();
    expect(game.ending?.turn).toBe(6);
    expect(game.history).toHaveLength(6);
    for (const event of [{ type: 'END_TURN' }, { type: 'PROPOSE', option: 'loan' }, { type: 'TAKE_COUNTER' }] as const) {
      expect(session.send(event)?.reason).toBe('the game has ended');
    }
    expect(session.game()).toBe(game);
  });

  it('gives the same checksums for the same seed and events', () => {
    const play = (seed: string) => {
      const session = startSession(index, seed);
      session.send({ type: 'PROPOSE', option: 'pipeline' });
      playToEnd(session);
      return session.record().checksums;
    };
    expect(play('same')).toEqual(play('same'));
    expect(play('same')).not.toEqual(play('other'));
  });
});
