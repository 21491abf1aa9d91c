// A seat's chosen move in the world-moves step. The rules weigh each open move and roll for the
// likeliest; a seat held by a bot or a person chooses instead, and its chosen move happens (no die).
// The rules' weighing of every open move is still computed: it is the advisor's view and the log's "why".
import { applyEffects } from './effects';
import { clamp } from './intmath';
import { must, type ScenarioIndex } from './scenarioIndex';
import type { GameState, Term } from './state';
import { interestTerms, modifierTerms, sumTerms } from './weigh';

/** A seat's choice for the turn's world moves: a move id, or null for none. */
export interface SeatMove {
  move: string | null;
  /** The seat's holder, kept in the log. */
  decidedBy: string;
}

/** Actor id → the seat's choice; actors left out move by the rules. */
export type SeatMoves = Readonly<Record<string, SeatMove>>;

/** How the rules weigh one of the actor's moves: its terms and chance in percent. */
export function moveWeighing(state: GameState, index: ScenarioIndex, actorId: string, moveId: string): { terms: Term[]; chance: number } {
  const move = must(index.moves.get(`${actorId}/${moveId}`), `move ${actorId}/${moveId}`);
  const terms: Term[] = [
    { label: 'Base chance', value: move.chance, kind: 'chance' },
    ...interestTerms(index, actorId, move.touches),
    ...modifierTerms(state, move.modifiers),
  ];
  return { terms, chance: clamp(sumTerms(terms), 0, 100) };
}

/** Carries out a seat's choice on the draft `next` (mutated, as inside worldMoves). */
export function applySeatMove(next: GameState, index: ScenarioIndex, actorId: string, choice: SeatMove): void {
  if (choice.move === null) return;
  const key = `${actorId}/${choice.move}`;
  const { terms, chance } = moveWeighing(next, index, actorId, choice.move);
  next.moveTimes[key] = (next.moveTimes[key] ?? 0) + 1;
  const changes = applyEffects(next, index, must(index.moves.get(key), `move ${key}`).effects);
  next.log.push({ kind: 'move', turn: next.turn, actor: actorId, move: choice.move, terms, chance, roll: null, happened: true, changes, decidedBy: choice.decidedBy });
}
