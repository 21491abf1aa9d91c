import { describe, expect, it } from 'vitest';
import { assign, createActor, createMachine, sendTo } from 'xstate';
import { bargainRound, propose, weighProposal } from '../../src/engine';
import { negotiationMachine } from '../../src/machines/negotiationMachine';
import { fixtureData, fixtureIndex } from '../engine/fixture';
import { startedGame } from '../engine/helpers';

const index = fixtureIndex();

/** A game at turn 1 with the islands proposed, whose die gives the wanted outcome. */
function gameWhere(outcome: 'accept' | 'reject' | 'counter') {
  for (let i = 0; i < 500; i++) {
    const game = propose(startedGame(index, `n${i}`), index, 'islands');
    if (weighProposal(game, index, 'islands').decision.outcome === outcome) return game;
  }
  throw new Error(`no seed gives ${outcome}`);
}

function run(outcome: 'accept' | 'reject') {
  const actor = createActor(negotiationMachine, { input: { index, game: gameWhere(outcome), option: 'islands' } });
  actor.start();
  return actor;
}

/** A counter-offer is announced to the parent, so a counter is tested under a minimal parent. */
function runUnderParent() {
  const parent = createMachine({
    context: { announced: null as unknown },
    invoke: {
      id: 'child',
      src: negotiationMachine,
      input: { index, game: gameWhere('counter'), option: 'islands' },
    },
    on: {
      'negotiation.countered': { actions: assign({ announced: ({ event }) => event }) },
      TAKE_COUNTER: { actions: sendTo('child', { type: 'TAKE_COUNTER' }) },
      DECLINE_COUNTER: { actions: sendTo('child', { type: 'DECLINE_COUNTER' }) },
      COUNTER_BACK: { actions: sendTo('child', { type: 'COUNTER_BACK' }) },
    },
  });
  const actor = createActor(parent);
  actor.start();
  const child = () => actor.getSnapshot().children.child!.getSnapshot();
  return { actor, child };
}

describe('the negotiation of one proposal', () => {
  it('goes proposed → weighed → accepted and outputs the settled game', () => {
    const snapshot = run('accept').getSnapshot();
    expect(snapshot.value).toBe('accepted');
    expect(snapshot.status).toBe('done');
    expect(snapshot.output!.decision.outcome).toBe('accept');
    expect(snapshot.output!.game.outcomes).toEqual([{ option: 'islands', actor: 'small', result: 'accepted' }]);
  });

  it('ends rejected when the die falls beyond the counter band', () => {
    const snapshot = run('reject').getSnapshot();
    expect(snapshot.value).toBe('rejected');
    expect(snapshot.output!.game.outcomes[0]!.result).toBe('rejected');
  });

  it('announces a counter-offer to its parent and waits for the player, then takes or declines', () => {
    const taking = runUnderParent();
    expect(taking.child().value).toBe('countered');
    expect(taking.actor.getSnapshot().context.announced).toMatchObject({ type: 'negotiation.countered', decision: { outcome: 'counter' } });
    taking.actor.send({ type: 'TAKE_COUNTER' });
    expect(taking.child().value).toBe('counterTaken');
    expect(taking.child().output!.game.outcomes[0]!.result).toBe('counter-taken');

    const declining = runUnderParent();
    declining.actor.send({ type: 'DECLINE_COUNTER' });
    expect(declining.child().value).toBe('counterDeclined');
    expect(declining.child().output!.game.outcomes[0]!.result).toBe('counter-declined');
  });
});

describe('the negotiation statechart, bargaining in rounds', () => {
  const rounds = fixtureIndexWithRounds();

  /** The child machine under a minimal parent, countered, whose first round gives `outcome`. */
  function counteredWhere(outcome: 'accept' | 'hold' | 'walk-away') {
    for (let i = 0; i < 3000; i++) {
      const game = propose(startedGame(rounds, `m${i}`), rounds, 'islands');
      const weighed = weighProposal(game, rounds, 'islands');
      if (weighed.decision.outcome !== 'counter' || bargainRound(weighed.state, rounds, weighed.decision).round.outcome !== outcome) continue;
      const parent = createMachine({
        invoke: { id: 'child', src: negotiationMachine, input: { index: rounds, game, option: 'islands' } },
        on: { COUNTER_BACK: { actions: sendTo('child', { type: 'COUNTER_BACK' }) } },
      });
      const actor = createActor(parent);
      actor.start();
      return { actor, child: () => actor.getSnapshot().children.child!.getSnapshot() };
    }
    throw new Error(`no seed gives ${outcome}`);
  }

  it('countered → bargaining → middleTaken when the target accepts the middle', () => {
    const { actor, child } = counteredWhere('accept');
    actor.send({ type: 'COUNTER_BACK' });
    expect(child().value).toBe('middleTaken');
    expect(child().output!.game.outcomes[0]!.result).toBe('middle-taken');
  });

  it('countered → bargaining → countered again when the target keeps its counter-offer', () => {
    const { actor, child } = counteredWhere('hold');
    actor.send({ type: 'COUNTER_BACK' });
    expect(child().value).toBe('countered');
    expect(child().context.round!.outcome).toBe('hold');
  });

  it('countered → bargaining → walkedAway, a rejection, when the target walks away', () => {
    const { actor, child } = counteredWhere('walk-away');
    actor.send({ type: 'COUNTER_BACK' });
    expect(child().value).toBe('walkedAway');
    expect(child().output!.game.outcomes[0]!.result).toBe('rejected');
  });

  it('with a seat for the target, countered → awaitingRound → the seat\'s answer, drawing no die', () => {
    const withRounds = fixtureIndexWithRounds();
    const parent = createMachine({
      invoke: { id: 'child', src: negotiationMachine, input: { index: withRounds, game: propose(startedGame(withRounds, 'seat'), withRounds, 'islands'), option: 'islands', seat: 'person' as const } },
      on: {
        SEAT_ANSWER: { actions: sendTo('child', { type: 'SEAT_ANSWER', answer: 'counter' }) },
        COUNTER_BACK: { actions: sendTo('child', { type: 'COUNTER_BACK' }) },
        SEAT_ROUND: { actions: sendTo('child', ({ event }) => event as { type: 'SEAT_ROUND'; answer: 'hold' }) },
      },
    });
    const actor = createActor(parent);
    actor.start();
    const child = () => actor.getSnapshot().children.child!.getSnapshot();
    actor.send({ type: 'SEAT_ANSWER' });
    expect(child().value).toBe('countered');
    actor.send({ type: 'COUNTER_BACK' });
    expect(child().value).toBe('awaitingRound');
    const rng = child().context.game.rng;
    actor.send({ type: 'SEAT_ROUND', answer: 'hold' });
    expect(child().value).toBe('countered');
    expect(child().context.round).toMatchObject({ round: 1, roll: null, outcome: 'hold', decidedBy: 'person' });
    expect(child().context.game.rng).toEqual(rng);
    actor.send({ type: 'COUNTER_BACK' });
    actor.send({ type: 'SEAT_ROUND', answer: 'accept' });
    expect(child().value).toBe('middleTaken');
  });

  it('ignores COUNTER_BACK when the counter-offer has no rounds (the guard holds it in countered)', () => {
    const taking = runUnderParent();
    taking.actor.send({ type: 'COUNTER_BACK' });
    expect(taking.child().value).toBe('countered');
  });
});

function fixtureIndexWithRounds() {
  return fixtureIndex({ options: fixtureData.options.map((o) => (o.id === 'islands' ? { ...o, counter: { ...o.counter!, rounds: 2, patience: 10 } } : o)) });
}
