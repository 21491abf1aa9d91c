// A seat's chosen move in the world-moves step. The rules weigh every open move and one die
// chooses among them; a seat held by a bot or a person chooses instead, and its chosen move happens
// (no die). The rules' weighing of every open move is still kept: the advisor's view and the "why".
import { countedOne } from './counts';
import { applyEffects } from './effects';
import { must, type ScenarioIndex } from './scenarioIndex';
import type { GameState, WeighedMove } from './state';

/** A seat's choice for the turn's world moves: a move id, or null for none. */
export interface SeatMove {
  move: string | null;
  /** The seat's holder, kept in the log. */
  decidedBy: string;
}

/** Actor id → the seat's choice; actors left out move by the rules. */
export type SeatMoves = Readonly<Record<string, SeatMove>>;

/** Carries out a seat's choice on the draft `next` (mutated, as inside worldMoves); `weighed` is the rules' view. */
export function applySeatMove(next: GameState, index: ScenarioIndex, actorId: string, choice: SeatMove, weighed: WeighedMove[]): void {
  if (choice.move === null) return;
  const key = `${actorId}/${choice.move}`;
  const rules = weighed.find((w) => w.move === choice.move);
  next.moveTimes = countedOne(next.moveTimes, index.slots.moves.get(key)!);
  const changes = applyEffects(next, index, must(index.moves.get(key), `move ${key}`).effects);
  next.turnLog.push({ kind: 'move', turn: next.turn, actor: actorId, move: choice.move, terms: rules?.terms ?? [], chance: rules?.chance ?? 0, roll: null, happened: true, changes, weighed, decidedBy: choice.decidedBy });
}
