// The crises in the game statechart: the game waits while a crisis is open, takes the player's
// answers, refuses the rest in plain words, and moves on when the crisis ends. (A seat's reply:
// tests/machines/seatReplies.test.ts.)
import { describe, expect, it } from 'vitest';
import { phaseOf, startSession, type GameSession } from '../../src/app/session';
import { crisisIndex } from '../engine/crisisFixture';
import { gameLog } from '../../src/engine';

const index = crisisIndex();

/** A session at the standoff (end of turn 2, opened by the price shock). */
function atCrisis(seed = 'm'): GameSession {
  const session = startSession(index, seed);
  session.send({ type: 'END_TURN' });
  session.send({ type: 'END_TURN' });
  return session;
}

describe('the crisis in the game statechart', () => {
  it('waits at the end of the turn the crisis opened, before the end check', () => {
    const session = atCrisis();
    expect(phaseOf(session.snapshot())).toBe('crisis');
    expect(session.snapshot().matches({ crises: 'answering' })).toBe(true);
    expect(session.game().turn).toBe(2);
    expect(session.game().history).toHaveLength(1); // turn 2's checksum comes after the crisis
    expect(session.game().crises[0]).toMatchObject({ crisis: 'standoff', outcome: null });
  });

  it('refuses other events while a crisis is open, and an answer when none is', () => {
    const session = atCrisis();
    expect(session.send({ type: 'END_TURN' })?.reason).toBe('answer the crisis first');
    expect(session.send({ type: 'PROPOSE', option: 'forum' })?.reason).toBe('answer the crisis first; proposals are made during planning');
    expect(session.send({ type: 'ANSWER_CRISIS', answer: 'nope' })?.reason).toMatch(/has no answer "nope"/);
    // Every planning and counter-offer event is refused in words too, and none is recorded.
    expect(session.send({ type: 'WITHDRAW', option: 'forum' })?.reason).toBe('answer the crisis first; proposals are made during planning');
    expect(session.send({ type: 'PLAN', options: ['forum'] })?.reason).toBe('answer the crisis first; proposals are made during planning');
    for (const type of ['TAKE_COUNTER', 'DECLINE_COUNTER', 'COUNTER_BACK'] as const) expect(session.send({ type })?.reason).toBe('no counter-offer is waiting; answer the crisis first');
    expect(startSession(index, 'm').send({ type: 'ANSWER_CRISIS', answer: 'yield' })?.reason).toBe(
      'no crisis is waiting for an answer: crises are answered at the end of the turn',
    );
    expect(session.events.map((e) => e.type)).toEqual(['END_TURN', 'END_TURN']);
  });

  it('backing down ends the crisis and the turn goes on to the next planning', () => {
    const session = atCrisis();
    expect(session.send({ type: 'ANSWER_CRISIS', answer: 'yield' })).toBeNull();
    expect(phaseOf(session.snapshot())).toBe('planning');
    expect(session.game().turn).toBe(3);
    expect(session.game().crises[0]!.outcome).toBe('player-backed-down');
    expect(session.game().history).toHaveLength(2);
  });

  // Both ways the other side's reply can go, each on a seed where it goes that way (hold-0 escalates, hold-5 settles).
  it('a hold is replied to at once; an escalation waits for the next answer on the higher rung', () => {
    const session = atCrisis('hold-0');
    session.send({ type: 'ANSWER_CRISIS', answer: 'protest' });
    expect(gameLog(session.game()).filter((e) => e.kind === 'crisis-reply')).toHaveLength(1);
    const crisis = session.game().crises[0]!;
    expect(crisis.outcome).toBeNull();
    expect(crisis.rung).toBe(1);
    expect(phaseOf(session.snapshot())).toBe('crisis');
  });

  it('a hold is replied to at once; a settling reply ends the crisis and the turn goes on to the next planning', () => {
    const session = atCrisis('hold-5');
    const turn = session.game().turn;
    session.send({ type: 'ANSWER_CRISIS', answer: 'protest' });
    expect(gameLog(session.game()).filter((e) => e.kind === 'crisis-reply')).toHaveLength(1);
    expect(session.game().crises[0]!.outcome).toBe('settled');
    expect(phaseOf(session.snapshot())).toBe('planning');
    expect(session.game().turn).toBe(turn + 1);
  });

  it('always ends: answering "protest" again and again reaches an outcome within the ladder', () => {
    // Opened on the first rung, each escalation climbs one: by the answer that reaches the top rung it has ended.
    const answers = index.scenario.crises[0]!.ladder.length - 1;
    for (let i = 0; i < 20; i++) {
      const session = atCrisis(`e${i}`);
      for (let n = 0; n < answers && phaseOf(session.snapshot()) === 'crisis'; n++) session.send({ type: 'ANSWER_CRISIS', answer: 'protest' });
      expect(phaseOf(session.snapshot())).toBe('planning');
      expect(session.game().crises[0]!.outcome).not.toBeNull();
    }
  });
});
