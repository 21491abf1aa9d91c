// The advisor's figure in Node, as the CLI's `advise` computes it: every open choice of a 2019
// game's first planning (the whole game ahead: the most work), 200 playthroughs each, one thread.
import { performance } from 'node:perf_hooks';
import { advise, DEFAULT_ROLLOUTS } from '../src/app/advice';
import { createBot, newGame, openTurn, type ScenarioIndex } from '../src/engine';

export interface AdviceFigure {
  scenario: string;
  choices: number;
  playthroughs: number;
  /** The fastest of the rounds, in milliseconds. */
  ms: number;
  msPerPlaythrough: number;
}

export function measureAdvice(name: string, index: ScenarioIndex, rounds: number): AdviceFigure {
  const state = openTurn(newGame(index, 'bench-advisor'), index, createBot('greedy', 'bench-advisor'));
  let best = Infinity;
  let choices = 0;
  for (let r = 0; r < rounds; r++) {
    const started = performance.now();
    choices = advise(state, index, DEFAULT_ROLLOUTS).options.length;
    best = Math.min(best, performance.now() - started);
  }
  const playthroughs = choices * DEFAULT_ROLLOUTS;
  return { scenario: name, choices, playthroughs, ms: Math.round(best), msPerPlaythrough: Math.round((1000 * best) / playthroughs) / 1000 };
}

export const adviceLine = (f: AdviceFigure) =>
  `advisor (Node, one thread): ${f.scenario} turn 1, ${f.choices} choices × ${DEFAULT_ROLLOUTS} playthroughs = ${f.playthroughs} in ${f.ms} ms (${f.msPerPlaythrough} ms each; target 1000 ms)`;
