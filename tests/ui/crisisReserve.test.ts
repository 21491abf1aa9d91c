// The proposals panel says when what is left cannot pay every crisis answer: a newcomer who spent
// all the capital found a crisis's escalation closed at the turn's end, and nothing had warned.
import { describe, expect, it } from 'vitest';
import { indexScenario } from '../../src/engine';
import { crisisReserveWords } from '../../src/ui/play/queuePanel';
import { loaded, minimal, shippedIndex } from '../scenario/helpers';

describe('the capital kept for a crisis', () => {
  it('is said when less than the costliest crisis answer is left, and not otherwise', () => {
    // 2016's crisis answers cost at most 1.
    const index = shippedIndex('mother-russia-2016.yaml');
    expect(crisisReserveWords(index, 0)).toBe('A crisis that breaks out at the end of this turn is answered with no capital left; some crisis answers cost 1.');
    expect(crisisReserveWords(index, 1)).toBeNull();
    expect(crisisReserveWords(index, 5)).toBeNull();
  });

  it('says nothing in a scenario without crises', () => {
    const result = loaded(minimal);
    const index = indexScenario(result.scenario, result.hash);
    expect(index.scenario.crises).toEqual([]);
    expect(crisisReserveWords(index, 0)).toBeNull();
  });
});
