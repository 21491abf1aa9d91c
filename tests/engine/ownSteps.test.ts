// A step the player takes alone (an option without a target): no one weighs it, no die is drawn,
// it is carried out at resolution and can open a crisis, as a deal does.
import { describe, expect, it } from 'vitest';
import { phaseOf, startSession } from '../../src/app/session';
import { estimateChance, gameLog, indexScenario, propose, weighProposal } from '../../src/engine';
import { scenarioSchema } from '../../src/scenario/schema';
import { fixtureData } from './fixture';
import { standoff } from './crisisFixture';
import { startedGame } from './helpers';

const cite = [{ source: 'doc', paragraph: 1, note: 'A test citation.' }];
const patrol = { id: 'patrol', title: 'Send patrol boats', text: 'Alone.', cost: 1, effects: [{ track: 'wealth', add: 1 }], sources: cite };
const index = indexScenario(
  scenarioSchema.parse({ ...fixtureData, options: [...fixtureData.options, patrol], crises: [{ ...standoff, opensOn: { option: 'patrol' } }] }),
  '0123456789abcdef',
);

describe('a step the player takes alone', () => {
  it('is carried out without a weighing or a die', () => {
    const state = propose(startedGame(index), index, 'patrol');
    const { state: after, decision } = weighProposal(state, index, 'patrol');
    expect(after.rng).toEqual(state.rng);
    expect(decision).toMatchObject({ actor: 'land', outcome: 'accept', chance: 100, terms: [{ label: 'Land acts alone: no one is asked', value: 0 }] });
    expect(estimateChance(state, index, 'patrol')).toEqual({ low: 100, high: 100 });
  });

  it('takes effect at resolution, as the player\'s own deal, and opens its crisis', () => {
    const session = startSession(index, 'own');
    expect(session.send({ type: 'PROPOSE', option: 'patrol' })).toBeNull();
    session.send({ type: 'END_TURN' });
    expect(phaseOf(session.snapshot())).toBe('crisis');
    const game = session.game();
    expect(gameLog(game).find((e) => e.kind === 'deal')).toMatchObject({ option: 'patrol', actor: 'land', result: 'accepted', changes: [{ target: 'track:wealth', before: 20, after: 21 }] });
    expect(game.crises[0]).toMatchObject({ crisis: 'standoff', openedTurn: 1 });
  });
});
