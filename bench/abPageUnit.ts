// The unit of `npm run bench:ab -- REV --browser` (bench/abBrowser.ts), bundled for a page from each
// revision's own sources: the advice of abUnits.ts, 16 choices × 10 playthroughs of the bench's
// 2019 position, made from a scenario the page is given (a page reads no files). Copied into the
// older revision's tree, so it imports only what every revision since the speed work has.
import { advise } from '../src/app/advice';
import { createBot, indexScenario, newGame, openTurn } from '../src/engine';
import type { Scenario } from '../src/scenario/schema';

export function makeAdvice(scenario: Scenario, hash: string): () => number {
  const index = indexScenario(scenario, hash);
  const state = openTurn(newGame(index, 'bench-advisor'), index, createBot('greedy', 'bench-advisor'));
  return () => advise(state, index, 10).options[0]!.median;
}
