// A scenario's index with every list of effects made into steps and every condition into a test
// when the game is set up, not at each one's first use in play. Built mid-game, V8's optimizing
// compiler saw the building run often enough in a first advice's early playthroughs to compile it
// into the rules' hottest functions (applyInto, gainOn): compiling time a cold first advice waits
// for on a two-core machine. Only the time depends on when they are built, never a result.
import { conditions, effectLists } from '../scenario/scenarioWalk';
import type { Scenario } from '../scenario/schema';
import { buildTests } from './conditionTests';
import { buildEffectSteps } from './effectSteps';
import { indexTables, type ScenarioIndex } from './scenarioIndex';
import { buildScoreSteps } from './scoreGain';

export function indexScenario(scenario: Scenario, hash: string): ScenarioIndex {
  const index = indexTables(scenario, hash);
  const lists = [...effectLists(scenario)].map((found) => found.value);
  for (const middle of index.middles.values()) lists.push(middle.effects, middle.perTurn);
  buildEffectSteps(index, lists);
  buildScoreSteps(index, lists);
  buildTests(index, [...conditions(scenario)].map((found) => found.value));
  return index;
}
