// The crisis as a child statechart of the game: the game waits while a crisis is open, takes the
// player's answers, refuses the rest in plain words, and moves on when the crisis ends.
import { describe, expect, it } from 'vitest';
import { assign, createActor, createMachine, sendTo } from 'xstate';
import { phaseOf, startSession, type GameSession } from '../../src/app/session';
import { beginTurn, openCrises } from '../../src/engine';
import { crisisMachine } from '../../src/machines/crisisMachine';
import { crisisIndex } from '../engine/crisisFixture';
import { startedGame } from '../engine/helpers';

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

  it('a hold is replied to at once; the crisis ends or waits on the same or a higher rung', () => {
    const session = atCrisis();
    session.send({ type: 'ANSWER_CRISIS', answer: 'protest' });
    const reply = session.game().log.find((e) => e.kind === 'crisis-reply');
    expect(reply).toBeDefined();
    const crisis = session.game().crises[0]!;
    if (crisis.outcome === null) {
      expect(phaseOf(session.snapshot())).toBe('crisis');
      expect(crisis.rung).toBe(1);
    } else {
      expect(phaseOf(session.snapshot())).toBe('planning');
    }
  });

  it('always ends: answering "protest" again and again reaches an outcome within the ladder', () => {
    for (let i = 0; i < 20; i++) {
      const session = atCrisis(`e${i}`);
      for (let n = 0; n < 3 && phaseOf(session.snapshot()) === 'crisis'; n++) session.send({ type: 'ANSWER_CRISIS', answer: 'protest' });
      expect(phaseOf(session.snapshot())).toBe('planning');
      expect(session.game().crises[0]!.outcome).not.toBeNull();
    }
  });
});

describe('the crisis machine under a minimal parent', () => {
  it('announces each wait, takes an answer and outputs the game when it ends', () => {
    const game = openCrises(beginTurn(startedGame(index), index), index);
    const parent = createMachine({
      context: { waits: 0, output: null as unknown },
      invoke: {
        id: 'child',
        src: crisisMachine,
        input: { index, game },
        onDone: { actions: assign({ output: ({ event }) => event.output }) },
      },
      on: {
        'crisis.waiting': { actions: assign({ waits: ({ context }) => context.waits + 1 }) },
        ANSWER_CRISIS: { actions: sendTo('child', ({ event }) => event as { type: 'ANSWER_CRISIS'; answer: string }) },
      },
    });
    const actor = createActor(parent);
    actor.start();
    expect(actor.getSnapshot().context.waits).toBe(1);
    actor.send({ type: 'ANSWER_CRISIS', answer: 'yield' });
    const output = actor.getSnapshot().context.output as { game: typeof game };
    expect(output.game.crises[0]!.outcome).toBe('player-backed-down');
  });

  it('with a seat for the other side, asks it after the answer and replies with its event, drawing no die', () => {
    const game = openCrises(beginTurn(startedGame(index), index), index);
    const parent = createMachine({
      context: { asked: [] as unknown[], output: null as unknown },
      invoke: { id: 'child', src: crisisMachine, input: { index, game, seat: 'person' as const }, onDone: { actions: assign({ output: ({ event }) => event.output }) } },
      on: {
        'crisis.asking': { actions: assign({ asked: ({ context, event }) => [...context.asked, event.question] }) },
        ANSWER_CRISIS: { actions: sendTo('child', ({ event }) => event as { type: 'ANSWER_CRISIS'; answer: string }) },
        SEAT_CRISIS_REPLY: { actions: sendTo('child', ({ event }) => event as { type: 'SEAT_CRISIS_REPLY'; reply: 'hold' }) },
      },
    });
    const actor = createActor(parent);
    actor.start();
    const child = () => actor.getSnapshot().children.child!.getSnapshot();
    actor.send({ type: 'ANSWER_CRISIS', answer: 'protest' });
    expect(child().value).toBe('awaitingSeat');
    expect(actor.getSnapshot().context.asked).toEqual([{ kind: 'crisis-reply', actor: 'small', crisis: 'standoff' }]);
    const rng = child().context.game.rng;
    actor.send({ type: 'SEAT_CRISIS_REPLY', reply: 'hold' });
    const output = actor.getSnapshot().context.output as { game: typeof game };
    expect(output.game.crises[0]!.outcome).toBe('settled');
    expect(output.game.rng).toEqual(rng);
  });
});

