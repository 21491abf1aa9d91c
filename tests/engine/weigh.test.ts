import { describe, expect, it } from 'vitest';
import { estimateChance, gameLog, proposalTerms, weighProposal } from '../../src/engine';
import { fixtureIndex } from './fixture';
import { startedGame, withPosition } from './helpers';

const index = fixtureIndex();

describe('an actor weighing a proposal', () => {
  it('keeps every term with its label and value, following the rules page', () => {
    const state = withPosition(startedGame(index), index, { actors: { small: { relation: 30, trust: 70 } } });
    const terms = proposalTerms(state, index, 'islands');
    expect(terms).toEqual([
      { label: 'How the proposal stands on its own', value: -20, kind: 'base' },
      { label: 'The islands', value: 48, kind: 'interest', own: [0, 11] }, // 80 × 60 / 100; the whole label the scenario's words
      { label: 'Relation with Land (30)', value: 9, kind: 'relation' }, // 30 × 30 / 100
      { label: 'Trust in Land (70)', value: 6, kind: 'trust' }, // (70 − 50) × 30 / 100
      { label: 'Warmer ties', value: 15, kind: 'modifier', own: [0, 11] }, // relation ≥ 20 holds
    ]);
  });

  it('rounds divisions towards zero, for negative terms too', () => {
    const state = withPosition(startedGame(index), index, { actors: { small: { relation: -11, trust: 49 } } });
    const terms = proposalTerms(state, index, 'forum');
    expect(terms.find((t) => t.kind === 'relation')!.value).toBe(-3); // -3.3 → -3
    expect(terms.find((t) => t.kind === 'trust')!.value).toBe(0); // -0.3 → 0
  });

  it('accepts below the chance, counters in the band above it, rejects beyond', () => {
    const state = startedGame(index);
    for (let i = 0; i < 200; i++) {
      const { decision } = weighProposal({ ...state, rng: startedGame(index, `s${i}`).rng }, index, 'islands');
      const expected = decision.roll! < decision.chance ? 'accept' : decision.roll! < decision.chance + 25 ? 'counter' : 'reject';
      expect(decision.outcome).toBe(expected);
      expect(decision.score).toBe(decision.terms.reduce((a, t) => a + t.value, 0));
      expect(decision.chance).toBe(Math.min(97, Math.max(3, 50 + decision.score)));
    }
  });

  it('never counters an option that has no counter-offer', () => {
    const state = startedGame(index);
    for (let i = 0; i < 100; i++) {
      const { decision } = weighProposal({ ...state, rng: startedGame(index, `s${i}`).rng }, index, 'forum');
      expect(decision.outcome).not.toBe('counter');
      expect(decision.counterBelow).toBe(decision.chance);
    }
  });

  it('advances the generator and logs the decision, leaving the input state untouched', () => {
    const state = startedGame(index);
    const frozen = JSON.stringify(state);
    const { state: next, decision } = weighProposal(state, index, 'loan');
    expect(JSON.stringify(state)).toBe(frozen);
    expect(next.rng).not.toEqual(state.rng);
    expect(gameLog(next).at(-1)).toEqual({ kind: 'decision', turn: 1, decision });
  });

  it('never shows a range beyond the chances a decision can have', () => {
    const sure = withPosition(startedGame(index), index, { actors: { big: { relation: 100, trust: 100 } } });
    expect(estimateChance(sure, index, 'loan')).toEqual({ low: 85, high: 97 }); // chance 97: 50 + 24 + 30 + 15
    const hopeless = withPosition(startedGame(index), index, { actors: { small: { relation: -100, trust: 0 } } });
    expect(estimateChance(hopeless, index, 'secret')).toEqual({ low: 3, high: 15 }); // chance 5: 50 − 30 − 15
  });

  it('shows the player a range around the chance in steps of five', () => {
    const state = startedGame(index);
    const chance = Math.min(97, Math.max(3, 50 + proposalTerms(state, index, 'loan').reduce((a, t) => a + t.value, 0)));
    const { low, high } = estimateChance(state, index, 'loan');
    expect(low % 5).toBe(0);
    expect(high % 5).toBe(0);
    expect(low).toBeLessThanOrEqual(chance);
    expect(high).toBeGreaterThanOrEqual(chance);
    expect(high - low).toBeLessThanOrEqual(30);
  });
});
