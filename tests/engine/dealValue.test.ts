import { describe, expect, it } from 'vitest';
import { propose, resolveTurn, settleNegotiation, weighProposal } from '../../src/engine';
import { dealValue, scoreValue } from '../../src/engine/dealValue';
import { draft } from '../../src/engine/draft';
import { applyEffects } from '../../src/engine/effects';
import { scoreTerms } from '../../src/engine/endings';
import { sumTerms } from '../../src/engine/weigh';
import { fixtureData, fixtureIndex } from './fixture';
import { startedGame } from './helpers';

const index = fixtureIndex();
/** The fixture with a pipeline whose breaking also moves Big's relation: dealValue then copies the actors it writes. */
const breakingMovesBig = fixtureIndex({
  options: fixtureData.options.map((o) => (o.id === 'pipeline' ? { ...o, onDisrupt: [...(o.onDisrupt ?? []), { actor: 'big', attr: 'relation', add: -10 }] } : o)),
});

/** A game with the pipeline deal in force, so that a `disrupt` effect has something to break. */
function withActivePipeline(index = fixtureIndex()) {
  const proposed = propose(startedGame(index), index, 'pipeline');
  const { state, decision } = weighProposal(proposed, index, 'pipeline');
  const settled = resolveTurn(settleNegotiation(state, index, { ...decision, outcome: 'accept' }), index);
  return resolveTurn({ ...settled, turn: 3, outcomes: [] }, index);
}

describe('the greedy bot\'s value of a deal', () => {
  it('scores a state as the debrief does, without its labels', () => {
    const state = withActivePipeline();
    expect(scoreValue(state, index)).toBe(sumTerms(scoreTerms(state, index)));
  });

  it('agrees with applying the effects to a whole copy of the state, and changes nothing', () => {
    const state = withActivePipeline();
    expect(state.agreements[0]!.status).toBe('active');
    const sanction = index.scenario.events.find((e) => e.id === 'sanction')!.effects;
    const pipeline = index.options.get('pipeline')!;
    const before = JSON.stringify(state);
    for (const [effects, perTurn, turns] of [[sanction, [], 0], [pipeline.effects, pipeline.perTurn, 3]] as const) {
      const whole = draft(state);
      applyEffects(whole, index, effects);
      for (let i = 0; i < turns; i++) applyEffects(whole, index, perTurn);
      expect(dealValue(state, index, effects, perTurn, turns)).toBe(scoreValue(whole, index) - scoreValue(state, index));
    }
    expect(dealValue(state, index, sanction, [], 0)).not.toBe(0); // the onDisrupt costs wealth
    expect(JSON.stringify(state)).toBe(before); // the agreement it broke is broken only in the copy
  });

  it('moves an actor only in its copy when breaking an agreement moves one', () => {
    const state = withActivePipeline(breakingMovesBig);
    const sanction = breakingMovesBig.scenario.events.find((e) => e.id === 'sanction')!.effects;
    const before = JSON.stringify(state);
    const whole = draft(state);
    applyEffects(whole, breakingMovesBig, sanction);
    expect(JSON.stringify(whole.actors)).not.toBe(JSON.stringify(state.actors)); // Big's relation moved
    expect(dealValue(state, breakingMovesBig, sanction, [], 0)).toBe(scoreValue(whole, breakingMovesBig) - scoreValue(state, breakingMovesBig));
    expect(JSON.stringify(state)).toBe(before);
  });
});
