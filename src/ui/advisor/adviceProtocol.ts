// What the page asks the advisor's workers and what they answer.
import type { Advice } from '../../app/advice';
import type { GameState } from '../../engine';
import type { Scenario } from '../../scenario/schema';

export interface AdviceRequest {
  scenario: Scenario;
  hash: string;
  state: GameState;
  rollouts: number;
  seed: string;
  /** This worker advises the choices numbered part, part + parts, … */
  part: number;
  parts: number;
}

export type AdviceReply = { type: 'progress'; done: number } | { type: 'done'; advice: Advice } | { type: 'error'; error: string };
