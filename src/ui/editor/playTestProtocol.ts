// Messages between the editor's play-test panel and its worker.
import type { BalanceReport } from '../../app/balance';
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
  | { type: 'done'; report: BalanceReport }
  | { type: 'error'; error: string };
