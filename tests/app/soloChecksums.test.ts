// Seats must not change a solo game (every other seat the rules'): the tutorial's games keep the
// final checksums they have on main without seats (engine 1.2.0, measured on main before the merge).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { playWithBot } from '../../src/app/playBot';
import { indexScenario } from '../../src/engine';
import { loadScenario } from '../../src/scenario/load';

const loaded = loadScenario(readFileSync(new URL('../../scenarios/tutorial.yaml', import.meta.url), 'utf8'), 'scenarios/tutorial.yaml');
if (!loaded.ok) throw new Error('the tutorial does not load');
const tutorial = indexScenario(loaded.scenario, loaded.hash);

describe('solo games keep their checksums', () => {
  it.each([
    ['greedy', '723f9019af849990', 98],
    ['random', 'cd3aa1e1502970fd', 111],
  ] as const)('tutorial, seed solo-7, %s bot', (bot, checksum, score) => {
    const game = playWithBot(tutorial, 'solo-7', bot).game();
    expect(game.history.at(-1)!.checksum).toBe(checksum);
    expect(game.ending!.score).toBe(score);
  });
});
