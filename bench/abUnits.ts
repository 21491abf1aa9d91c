// The units of work that `npm run bench:ab` times (bench/ab.ts). This file is copied into the
// older revision's tree before it is loaded there, so it imports only what every revision since
// the speed work has: the scenario loader, the engine's entry points, the advice and the bench's
// engine-only games.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { advise } from '../src/app/advice';
import { playWithBot } from '../src/app/playBot';
import { createBot, indexScenario, newGame, openTurn } from '../src/engine';
import { loadScenario } from '../src/scenario/load';
import type { Work } from './abWorks';
import { playEngineOnly, replayEngineOnly } from './engine';


/** One unit of `work` on the 2019 scenario, as a function returning a number (so that nothing is optimised away). */
export function makeUnit(work: Work, root: string): () => number {
  const file = join(root, 'scenarios/other-asia-2019.yaml');
  const loaded = loadScenario(readFileSync(file, 'utf8'), file);
  if (!loaded.ok) throw new Error(`${file} does not load in this revision`);
  const index = indexScenario(loaded.scenario, loaded.hash);
  let game = 0;
  switch (work) {
    case 'advice': {
      // The advisor's first planning of the bench's game, 10 playthroughs of each of its 16 choices.
      const state = openTurn(newGame(index, 'bench-advisor'), index, createBot('greedy', 'bench-advisor'));
      return () => advise(state, index, 10).options[0]!.median;
    }
    case 'engine':
      return () => playEngineOnly(index, `ab-${++game}`, 'greedy').ending!.score;
    case 'replay': {
      // The bench's "engine alone": greedy games' records replayed with engine calls only.
      const records = Array.from({ length: 200 }, (_, i) => playWithBot(index, `ab-${i + 1}`, 'greedy').record());
      return () => replayEngineOnly(index, records[game++ % records.length]!).ending!.score;
    }
    case 'statechart':
      return () => playWithBot(index, `ab-${++game}`, 'greedy').game().ending!.score;
  }
}
