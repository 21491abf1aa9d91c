// indexScenario builds every list of effects' steps and every condition's test when a game is set
// up (indexScenario.ts): built at first use in play, V8 compiled the building into the rules'
// hottest functions during a cold advice. The results do not depend on it (the golden records).
import { describe, expect, it } from 'vitest';
import { effectSteps } from '../../src/engine/effectSteps';
import { conditions, effectLists } from '../../src/scenario/scenarioWalk';
import { scenarioIndex } from '../scenarios/claimHelpers';

describe('a scenario index', () => {
  for (const file of ['tutorial.yaml', 'mother-russia-2016.yaml', 'other-asia-2019.yaml']) {
    it(`of ${file} has every list's steps and every condition's test before any game is played`, async () => {
      const index = await scenarioIndex(file);
      const lists = [...effectLists(index.scenario)].map((found) => found.value);
      for (const middle of index.middles.values()) lists.push(middle.effects, middle.perTurn);
      expect(lists.length).toBeGreaterThan(30);
      for (const list of lists) expect(index.effectSteps.has(list)).toBe(true);
      const tested = [...conditions(index.scenario)].map((found) => found.value);
      expect(tested.length).toBeGreaterThan(10);
      for (const condition of tested) expect(index.conditionTests.has(condition)).toBe(true);
      // The rules' look-up finds the steps built with the index, not new ones.
      const [first] = lists;
      const built = index.effectSteps.get(first!);
      expect(effectSteps(index, first!)).toBe(built);
    });
  }
});
