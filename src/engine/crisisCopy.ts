// A crisis written field by field: spread copies of crises made at two places and written later
// gave them five hidden classes in 20 games (bench/stateShapes.ts); one now.
import type { CrisisState } from './state';

export function crisisCopy(c: Readonly<CrisisState>): CrisisState {
  return { crisis: c.crisis, actor: c.actor, openedTurn: c.openedTurn, rung: c.rung, lastAnswer: c.lastAnswer, outcome: c.outcome };
}
