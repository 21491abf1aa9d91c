// Seats must not change a solo game (every other seat the rules'): the tutorial's games keep the
// final checksums they have on main without seats (engines 1.0.0 and 1.1.0 alike, measured on main).
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
    ['greedy', '190d9ea19efc3dfe', 94],
    ['random', '9e7a0a1f26268e60', 95],
  ] as const)('tutorial, seed solo-7, %s bot', (bot, checksum, score) => {
    const game = playWithBot(tutorial, 'solo-7', bot).game();
    expect(game.history.at(-1)!.checksum).toBe(checksum);
    expect(game.ending!.score).toBe(score);
  });
});
