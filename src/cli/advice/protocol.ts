// Messages between `advise`'s main thread and its worker threads.
import type { ChoiceAdvice } from '../../app/advice';
import type { GameState } from '../../engine';
import type { Scenario } from '../../scenario/schema';

export interface AdviceSetup {
  /** The worker's module (a file URL); workerBoot.mjs imports it. */
  entry: string;
  scenario: Scenario;
  hash: string;
  state: GameState;
  rollouts: number;
  seed: string;
}

/** Play out choice `choice` (its place in candidatesAt's list). */
export type ToAdviceWorker = { type: 'run'; choice: number };

export type FromAdviceWorker = { type: 'ready' } | { type: 'done'; choice: number; advice: ChoiceAdvice } | { type: 'failed'; message: string };
