// The proposals panel says when what is left cannot pay every crisis answer: a newcomer who spent
// all the capital found a crisis's escalation closed at the turn's end, and nothing had warned.
import { describe, expect, it } from 'vitest';
import { indexScenario } from '../../src/engine';
import { readScenarioFile } from '../../src/scenario/readScenarioFile';
import { crisisReserveWords } from '../../src/ui/play/queuePanel';
import { loaded, minimal } from '../scenario/helpers';

async function shipped(name: string) {
  const r = await readScenarioFile(new URL(`../../scenarios/${name}`, import.meta.url).pathname);
  if (!r.ok) throw new Error(`${name} does not load`);
  return indexScenario(r.scenario, r.hash);
}

describe('the capital kept for a crisis', () => {
  it('is said when less than the costliest crisis answer is left, and not otherwise', async () => {
    // 2016's crisis answers cost at most 1.
    const index = await shipped('mother-russia-2016.yaml');
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
