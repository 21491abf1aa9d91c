import { describe, expect, it } from 'vitest';
import { assign, createActor, createMachine, sendTo } from 'xstate';
import { propose, weighProposal } from '../../src/engine';
import { negotiationMachine } from '../../src/machines/negotiationMachine';
import { fixtureIndex } from '../engine/fixture';
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
