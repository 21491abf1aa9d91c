// The label-free shortcuts the bots and playthroughs use must give exactly what the labelled
// weighing gives (the figures a player reads in "why?"): proposalScore against proposalTerms, and
// dealValue's small scratch copy against applying the same effects to a whole draft. Checked at
// every planning of greedy and random games of each shipped scenario, for every option.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createBot, indexScenario, newGame, type GameState, type ScenarioIndex } from '../../src/engine';
import { dealValue, scoreValue } from '../../src/engine/dealValue';
import { draft } from '../../src/engine/draft';
import { applyEffects } from '../../src/engine/effects';
import { finishTurn, openTurn, plannedOptions } from '../../src/engine/playout';
import { proposalScore, proposalTerms, sumTerms } from '../../src/engine/weigh';
import { readScenarioFile } from '../../src/scenario/readScenarioFile';

const SCENARIOS = fileURLToPath(new URL('../../scenarios/', import.meta.url));
const shipped = readdirSync(SCENARIOS).filter((f) => f.endsWith('.yaml'));

async function indexOf(file: string): Promise<ScenarioIndex> {
  const r = await readScenarioFile(SCENARIOS + file);
  if (!r.ok) throw new Error(`${file} does not load`);
  return indexScenario(r.scenario, r.hash);
}

/** The planning state of every turn of a bot's game. */
function planningStates(index: ScenarioIndex, seed: string, botName: 'random' | 'greedy'): GameState[] {
  const bot = createBot(botName, seed);
  const states: GameState[] = [];
  let s = openTurn(newGame(index, seed), index, bot);
  while (!s.ending) {
    states.push(s);
    s = finishTurn(s, index, bot, plannedOptions(bot, s, index));
    if (!s.ending) s = openTurn(s, index, bot);
  }
  return states;
}

/** dealValue worked out the long way: the effects on a whole draft of the state. */
function wholeDealValue(state: GameState, index: ScenarioIndex, effects: Parameters<typeof dealValue>[2], perTurn: Parameters<typeof dealValue>[3], turns: number) {
  const whole = draft(state);
  applyEffects(whole, index, effects);
  for (let i = 0; i < turns; i++) applyEffects(whole, index, perTurn);
  return scoreValue(whole, index) - scoreValue(state, index);
}

describe.each(shipped)('the quiet weighing of %s', (file) => {
  it('gives the labelled weighing\'s figures at every planning of bot games', async () => {
    const index = await indexOf(file);
    let compared = 0;
    for (const [seed, bot] of [['quiet-1', 'greedy'], ['quiet-2', 'random'], ['quiet-3', 'random']] as const) {
      for (const state of planningStates(index, seed, bot)) {
        const before = JSON.stringify(state);
        for (const option of index.scenario.options) {
          expect(proposalScore(state, index, option.id)).toBe(option.target === undefined ? 0 : sumTerms(proposalTerms(state, index, option.id)));
          for (const turns of [0, 1, 5]) {
            expect(dealValue(state, index, option.effects, option.perTurn, turns)).toBe(wholeDealValue(state, index, option.effects, option.perTurn, turns));
          }
          if (option.counter) expect(dealValue(state, index, option.counter.effects, option.onReject, 2)).toBe(wholeDealValue(state, index, option.counter.effects, option.onReject, 2));
          compared++;
        }
        expect(JSON.stringify(state)).toBe(before);
      }
    }
    expect(compared).toBeGreaterThan(50);
  });
});

