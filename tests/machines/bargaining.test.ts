// The rounds of bargaining in the game statechart's negotiation: COUNTER_BACK from countered →
// a round (the rules' die) → middle taken | walked away | countered again.
import { describe, expect, it } from 'vitest';
import { phaseOf, startSession, type GameSession } from '../../src/app/session';
import { bargainRound, bargainStatus, gameLog, weighProposal, type BargainOutcome } from '../../src/engine';
import { fixtureData, fixtureIndex } from '../engine/fixture';
import { countIn } from '../engine/helpers';

const index = fixtureIndex({ options: fixtureData.options.map((o) => (o.id === 'islands' ? { ...o, counter: { ...o.counter!, rounds: 2, patience: 10 } } : o)) });

/** A session waiting for the answer to a counter-offer on the islands, whose next round gives `outcome`. */
function sessionWhere(outcome: BargainOutcome | null): GameSession {
  for (let i = 0; i < 2000; i++) {
    const session = startSession(index, `b${i}`);
    session.send({ type: 'PROPOSE', option: 'islands' });
    if (weighProposal(session.game(), index, 'islands').decision.outcome !== 'counter') continue;
    session.send({ type: 'END_TURN' });
    const { game, counter } = session.snapshot().context;
    if (outcome === null || bargainRound(game, index, counter!).round.outcome === outcome) return session;
  }
  throw new Error(`no seed gives ${outcome}`);
}

/** The game waits in the negotiation for the player's answer to the counter-offer. */
const countered = (session: GameSession) => session.snapshot().matches({ negotiation: 'countered' });

describe('bargaining in rounds', () => {
  it('a counter answered with the middle that the target accepts is a deal of the middle', () => {
    const session = sessionWhere('accept');
    expect(countered(session)).toBe(true);
    expect(session.send({ type: 'COUNTER_BACK' })).toBeNull();
    expect(phaseOf(session.snapshot())).toBe('planning');
    const game = session.game();
    expect(game.turn).toBe(2);
    expect(gameLog(game).filter((e) => e.kind === 'deal').map((e) => e.kind === 'deal' && e.result)).toEqual(['middle-taken']);
    expect(gameLog(game).find((e) => e.kind === 'bargain')).toMatchObject({ round: { round: 1, outcome: 'accept' } });
    expect(countIn(game, index, 'optionTimes', 'islands')).toBe(1);
  });

  it('when the target holds, its counter-offer is on the table again, with one round fewer', () => {
    const session = sessionWhere('hold');
    session.send({ type: 'COUNTER_BACK' });
    expect(phaseOf(session.snapshot())).toBe('counter');
    expect(countered(session)).toBe(true);
    expect(gameLog(session.game()).filter((e) => e.kind === 'bargain')).toHaveLength(1);
    // One round fewer: of the two allowed, one is left.
    expect(bargainStatus(session.game(), index, session.snapshot().context.counter!)).toMatchObject({ allowed: 2, used: 1, left: 1 });
    expect(session.send({ type: 'TAKE_COUNTER' })).toBeNull();
    expect(gameLog(session.game()).filter((e) => e.kind === 'deal').map((e) => e.kind === 'deal' && e.result)).toEqual(['counter-taken']);
  });

  it('when the target walks away the proposal ends rejected and is not a deal', () => {
    const session = sessionWhere('walk-away');
    session.send({ type: 'COUNTER_BACK' });
    expect(phaseOf(session.snapshot())).toBe('planning');
    expect(gameLog(session.game()).filter((e) => e.kind === 'deal').map((e) => e.kind === 'deal' && e.result)).toEqual(['rejected']);
    expect(countIn(session.game(), index, 'optionTimes', 'islands')).toBe(0);
  });

  it('refuses a counter beyond the rounds allowed, and outside a negotiation, changing nothing', () => {
    const planning = startSession(index, 'p');
    expect(planning.send({ type: 'COUNTER_BACK' })?.reason).toBe('there is no counter-offer to answer during planning');
    // Two holds in a row use both rounds; then only take or decline remain.
    for (let i = 0; i < 3000; i++) {
      const session = startSession(index, `h${i}`);
      session.send({ type: 'PROPOSE', option: 'islands' });
      if (weighProposal(session.game(), index, 'islands').decision.outcome !== 'counter') continue;
      session.send({ type: 'END_TURN' });
      const { game, counter } = session.snapshot().context;
      const first = bargainRound(game, index, counter!);
      if (first.round.outcome !== 'hold' || bargainRound(first.state, index, counter!).round.outcome !== 'hold') continue;
      session.send({ type: 'COUNTER_BACK' });
      session.send({ type: 'COUNTER_BACK' });
      const before = session.game();
      expect(session.send({ type: 'COUNTER_BACK' })?.reason).toBe('no round of bargaining is left (2 allowed): take the counter-offer or decline it');
      expect(session.game()).toBe(before);
      expect(session.events.filter((e) => e.type === 'COUNTER_BACK')).toHaveLength(2);
      return;
    }
    throw new Error('no seed holds twice');
  });

  it('replays a game with rounds to the same state', () => {
    const session = sessionWhere('hold');
    session.send({ type: 'COUNTER_BACK' });
    session.send({ type: 'DECLINE_COUNTER' });
    const again = startSession(index, session.seed);
    for (const e of session.events) expect(again.send(e)).toBeNull();
    expect(again.game()).toEqual(session.game());
  });

  it('a declined counter-offer does not count against maxTimes', () => {
    const session = sessionWhere(null);
    session.send({ type: 'DECLINE_COUNTER' });
    expect(countIn(session.game(), index, 'optionTimes', 'islands')).toBe(0);
    expect(session.send({ type: 'PROPOSE', option: 'islands' })).toBeNull();
  });
});
