// What stands in the way of an option, as the option card asks it: its own conditions (then the
// card lists them), or something checked before them (a closed option waits for news to open it).
import { describe, expect, it } from 'vitest';
import { indexScenario, newGame, proposalRefusal, waitsOnConditions } from '../../src/engine';
import { readScenarioFile } from '../../src/scenario/readScenarioFile';

const loaded = await readScenarioFile(new URL('../../scenarios/other-asia-2019.yaml', import.meta.url).pathname);
if (!loaded.ok) throw new Error('the 2019 scenario does not load');
const index = indexScenario(loaded.scenario, loaded.hash);
const game = newGame(index, 'waits-1');

describe('waitsOnConditions', () => {
  it('is true for an open option whose conditions do not hold (2019’s Sochi summit, for 2016 only)', () => {
    expect(proposalRefusal(game, index, 'sochi-summit')).toContain('not available under the present conditions');
    expect(waitsOnConditions(game, index, 'sochi-summit')).toBe(true);
  });

  it('is false for a closed option, whatever its conditions, and for one that can be proposed', () => {
    expect(proposalRefusal(game, index, 'islands-peace-treaty')).toContain('is not open at this point of the game');
    expect(waitsOnConditions(game, index, 'islands-peace-treaty')).toBe(false);
    const open = index.scenario.options.find((o) => proposalRefusal(game, index, o.id) === null)!;
    expect(waitsOnConditions(game, index, open.id)).toBe(false);
  });
});
