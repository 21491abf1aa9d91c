// Each transition XState takes is a microstep (and each assign a copy of the snapshot): a turn the
// rules play through must pass only through the states where someone could be waited for or the
// flow branches, not through a state per step of the rules (see gameMachine.ts).
import { describe, expect, it } from 'vitest';
import { createActor, type StateValue } from 'xstate';
import { CHECKSUM_SCHEME, newGame } from '../../src/engine';
import { gameMachine } from '../../src/machines/gameMachine';
import { fixtureIndex } from '../engine/fixture';

const index = fixtureIndex();

/** A game actor that lists the state value after every microstep it takes. */
function watchedGame(seed: string) {
  const values: StateValue[] = [];
  const actor = createActor(gameMachine, {
    input: { index, game: newGame(index, seed), seats: {}, checksums: CHECKSUM_SCHEME },
    inspect: (event) => {
      if (event.type === '@xstate.microstep' && 'value' in event.snapshot) values.push(event.snapshot.value as StateValue);
    },
  });
  actor.start();
  return { actor, values };
}

describe('the game statechart, step by step', () => {
  it('plays a turn that the rules settle in four microsteps: negotiation, crises, offers, planning', () => {
    const { actor, values } = watchedGame('steps');
    values.length = 0;
    actor.send({ type: 'END_TURN' });
    expect(values).toEqual([{ negotiation: 'next' }, { crises: 'next' }, { offers: 'next' }, 'planning']);
    const { game } = actor.getSnapshot().context;
    expect(game.turn).toBe(2);
    expect(game.history).toHaveLength(1); // the end check ran on the way
  });

  it("takes a bot's whole plan (PLAN) in the same four microsteps: none for its proposals", () => {
    const { actor, values } = watchedGame('steps-plan');
    values.length = 0;
    actor.send({ type: 'PLAN', options: ['loan', 'forum'] });
    expect(values).toEqual([{ negotiation: 'next' }, { crises: 'next' }, { offers: 'next' }, 'planning']);
    expect(actor.getSnapshot().context.game.turn).toBe(2);
  });

  it('ends the game from the crises without a state for the end check', () => {
    const { actor, values } = watchedGame('steps-end');
    // The fixture has neither crises nor offers: ending each turn at once plays the game out.
    for (let guard = 0; guard < 100 && actor.getSnapshot().value !== 'over'; guard++) actor.send({ type: 'END_TURN' });
    const snapshot = actor.getSnapshot();
    expect(snapshot.value).toBe('over');
    expect(snapshot.context.game.ending).not.toBeNull();
    expect(snapshot.context.game.history).toHaveLength(snapshot.context.game.turn);
    expect(values.slice(-3)).toEqual([{ negotiation: 'next' }, { crises: 'next' }, 'over']);
  });
});
