import { describe, expect, it } from 'vitest';
import { propose, resolveTurn, settleNegotiation, weighProposal } from '../../src/engine';
import { dealValue, scoreValue } from '../../src/engine/dealValue';
import { draft } from '../../src/engine/draft';
import { applyEffects } from '../../src/engine/effects';
import { scoreTerms } from '../../src/engine/endings';
import { sumTerms } from '../../src/engine/weigh';
import { fixtureIndex } from './fixture';
import { startedGame } from './helpers';

const index = fixtureIndex();

/** A game with the pipeline deal in force, so that a `disrupt` effect has something to break. */
function withActivePipeline() {
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
});
