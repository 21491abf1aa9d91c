// The shipped scenarios' crises: in both source scenarios a crisis happens in at least 30 % of
// random-bot games (the target; `batch --json` reports the same count over more games),
// and the tutorial teaches exactly one, with a hint on its turn.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { playWithBot } from '../../src/app/playBot';
import { indexScenario } from '../../src/engine';
import { readScenarioFile } from '../../src/scenario/readScenarioFile';

const open = async (id: string) => {
  const loaded = await readScenarioFile(join(import.meta.dirname, '../../scenarios', `${id}.yaml`));
  if (!loaded.ok) throw new Error(`${id} does not load`);
  return indexScenario(loaded.scenario, loaded.hash);
};

describe.each(['mother-russia-2016', 'other-asia-2019'])('%s', (id) => {
  it('has a crisis in at least 30 % of random-bot games', async () => {
    const index = await open(id);
    expect(index.scenario.crises.length).toBeGreaterThanOrEqual(2);
    const games = 40;
    let withCrisis = 0;
    for (let i = 1; i <= games; i++) if (playWithBot(index, `crisis-share-${i}`, 'random').game().crises.length > 0) withCrisis++;
    expect(withCrisis / games).toBeGreaterThanOrEqual(0.3);
  });
});

describe('the tutorial', () => {
  it('teaches one crisis, with a hint on the turn it opens', async () => {
    const index = await open('tutorial');
    expect(index.scenario.crises).toHaveLength(1);
    const game = playWithBot(index, 'tutorial-crisis', 'greedy').game();
    expect(game.crises).toHaveLength(1);
    const turn = game.crises[0]!.openedTurn;
    expect(index.scenario.hints.some((h) => h.turn === turn && /crisis/.test(h.text))).toBe(true);
  });
});
