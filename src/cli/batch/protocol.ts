// Messages between the batch's main thread and its workers.
import type { BotName, SeatBot } from '../../engine';
import type { Scenario } from '../../scenario/schema';
import type { GameSummary } from './games';

export interface WorkerSetup {
  /** The worker's module (a file URL); workerBoot.mjs imports it. */
  entry: string;
  scenario: Scenario;
  hash: string;
  bot: BotName;
  /** Bots in other states' seats. */
  seats?: Record<string, SeatBot>;
  seedBase: string;
}

export type ToWorker = { type: 'run'; from: number; to: number };

export type FromWorker =
  | { type: 'ready' }
  | { type: 'done'; from: number; summaries: GameSummary[] }
  | { type: 'failed'; game: number; seed: string; message: string };
