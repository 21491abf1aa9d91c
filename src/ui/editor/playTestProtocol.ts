// Messages between the editor's play-test panel and its worker.
import type { BalanceReport } from '../../app/balance';
import type { BatchReport } from '../../cli/batch/report';
import type { Scenario } from '../../scenario/schema';

export interface PlayTestRequest {
  scenario: Scenario;
  hash: string;
  /** Games per bot. */
  games: number;
  seedBase: string;
}

export type PlayTestMessage =
  | { type: 'progress'; done: number; total: number }
  /** The balance report, and each bot's batch for the counts of what came into play. */
  | { type: 'done'; report: BalanceReport; batches: Record<'random' | 'greedy', BatchReport> }
  | { type: 'error'; error: string };
