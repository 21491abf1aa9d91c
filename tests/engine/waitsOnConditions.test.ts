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

  it('is false for an option used up whose time has passed: it reads as agreed, not as waiting for a turn gone by', () => {
    // An option agreed once (maxTimes 1) whose conditions no longer hold: Sochi's summit, agreed in a game of 2016's turns.
    const agreed = { ...game, turn: 9, optionTimes: game.optionTimes.map((n, slot) => (index.scenario.options[slot]!.id === 'sochi-summit' ? 1 : n)) };
    expect(index.options.get('sochi-summit')!.maxTimes).toBe(1);
    expect(proposalRefusal(agreed, index, 'sochi-summit')).toBe(`"${index.options.get('sochi-summit')!.title}" has already been agreed once`);
    expect(waitsOnConditions(agreed, index, 'sochi-summit')).toBe(false);
  });
});
