// The advisor's figures in Node: every open choice of a 2019 game's first planning (the whole
// game ahead: the most work), 200 playthroughs each, in one thread, and as the CLI's `advise`
// computes it, this thread and worker threads sharing the choices (their start included).
import { performance } from 'node:perf_hooks';
import { adviceSeed, advise, DEFAULT_ROLLOUTS } from '../src/app/advice';
import { adviceWorkers, adviseShared } from '../src/cli/advice/pool';
import { createBot, newGame, openTurn, type ScenarioIndex } from '../src/engine';
import { allocatedBytes } from './engineProfile';

export interface AdviceFigure {
  scenario: string;
  choices: number;
  playthroughs: number;
  /** The fastest of the rounds, in milliseconds. */
  ms: number;
  msPerPlaythrough: number;
  /** Threads in the shared run (this one and the workers) and its fastest time. */
  threads: number;
  sharedMs: number;
  /** With --profile: kilobytes allocated per playthrough (allocatedBytes), warm. */
  kbPerPlaythrough?: number;
}

export async function measureAdvice(name: string, index: ScenarioIndex, rounds: number, profile = false): Promise<AdviceFigure> {
  const state = openTurn(newGame(index, 'bench-advisor'), index, createBot('greedy', 'bench-advisor'));
  let best = Infinity;
  let choices = 0;
  for (let r = 0; r < rounds; r++) {
    const started = performance.now();
    choices = advise(state, index, DEFAULT_ROLLOUTS).options.length;
    best = Math.min(best, performance.now() - started);
  }
  const playthroughs = choices * DEFAULT_ROLLOUTS;
  const workers = adviceWorkers();
  let shared = Infinity;
  for (let r = 0; r < rounds; r++) {
    const started = performance.now();
    await adviseShared(state, index, DEFAULT_ROLLOUTS, adviceSeed(state), workers);
    shared = Math.min(shared, performance.now() - started);
  }
  // 50 playthroughs a choice, after the rounds above have warmed the code.
  const kbPerPlaythrough = profile ? Math.round((await allocatedBytes(() => advise(state, index, 50))) / (50 * choices) / 100) / 10 : undefined;
  return { scenario: name, choices, playthroughs, ms: Math.round(best), msPerPlaythrough: Math.round((1000 * best) / playthroughs) / 1000, threads: workers + 1, sharedMs: Math.round(shared), ...(kbPerPlaythrough === undefined ? {} : { kbPerPlaythrough }) };
}

export const adviceLine = (f: AdviceFigure) =>
  `advisor (Node, one thread): ${f.scenario} turn 1, ${f.choices} choices × ${DEFAULT_ROLLOUTS} playthroughs = ${f.playthroughs} in ${f.ms} ms (${f.msPerPlaythrough} ms each; target 1000 ms); as \`advise\` runs it on ${f.threads} thread${f.threads === 1 ? '' : 's'}: ${f.sharedMs} ms` +
  (f.kbPerPlaythrough === undefined ? '' : `; ${f.kbPerPlaythrough} KB allocated per playthrough`);
