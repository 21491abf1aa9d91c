// A thread that plays the advisor's choices out (a Web Worker in the page, a worker thread in the
// command line) is told the position once, then one choice at a time, and answers each: so the
// threads share one queue of choices and whoever is free takes the next (the choices differ in
// cost). The advice is the same whichever thread plays a choice: its dice come from the seed alone.
import type { Scenario } from '../scenario/schema';
import { candidatesAt, indexScenario, type Candidate, type GameState, type ScenarioIndex } from '../engine';
import { adviseChoice, type ChoiceAdvice } from './advice';

/** The position to advise on. */
export interface AdviceJob {
  scenario: Scenario;
  hash: string;
  state: GameState;
  rollouts: number;
  seed: string;
}

/** `choice` is the choice's place in candidatesAt's list. */
export type ToAdviceWorker = { type: 'job'; job: AdviceJob } | { type: 'run'; choice: number };

/** `ready` once the worker's code has loaded and it can take a choice. */
export type FromAdviceWorker = { type: 'ready' } | { type: 'done'; choice: number; advice: ChoiceAdvice } | { type: 'failed'; message: string };

/** The worker's side, on any platform: says it is ready, and returns the handler of its messages. */
export function adviceWorker(send: (message: FromAdviceWorker) => void): (message: ToAdviceWorker) => void {
  let job: { job: AdviceJob; index: ScenarioIndex; candidates: Candidate[] } | null = null;
  send({ type: 'ready' });
  return (message) => {
    try {
      if (message.type === 'job') {
        const index = indexScenario(message.job.scenario, message.job.hash);
        job = { job: message.job, index, candidates: candidatesAt(message.job.state, index) };
        return;
      }
      if (job === null) throw new Error('a choice was sent before the position');
      const { state, rollouts, seed } = job.job;
      send({ type: 'done', choice: message.choice, advice: adviseChoice(state, job.index, job.candidates[message.choice]!, rollouts, seed) });
    } catch (e) {
      send({ type: 'failed', message: e instanceof Error ? e.message : String(e) });
    }
  };
}
