// Every other actor acts on its own interests: it weighs every move open to it, then one die
// chooses among them (chooseMove), so that adding a move never shifts the others' chances unless
// their chances together pass 100.
import { draft } from './draft';
import { applyEffects } from './effects';
import { clamp } from './intmath';
import { numberListOf } from './lists';
import { rollPercent } from './rng';
import type { ScenarioIndex } from './scenarioIndex';
import { applySeatMove, type SeatMoves } from './seatMoves';
import type { GameState, WeighedMove } from './state';
import { addModifierTerms, sumTerms } from './weigh';

/** One move's share, given the total of the chances (moveShares). */
const shareOf = (chance: number, total: number) => (total <= 100 ? chance : Math.floor((chance * 100) / total));

/**
 * The stretch of the 0–99 line each weighed move holds, in file order. While the chances add up
 * to 100 or less each move holds exactly its chance and the rest of the line is "no move". Past
 * 100 each share is `chance × 100 / total`, rounded down, so the shares never add up past 100
 * (the few points rounding leaves over are "no move").
 */
export function moveShares(chances: readonly number[]): number[] {
  const total = chances.reduce((s, c) => s + c, 0);
  return numberListOf(chances, (c) => shareOf(c, total)); // not `map`: one kind, optimized or not (lists.ts)
}

/**
 * The rule that picks one of the weighed moves with one die of 0–99: the shares are laid end to
 * end from 0 in file order and the die picks the move whose stretch it falls in; the index of
 * that move, or null when the die falls beyond them all (no move this turn).
 */
export function chooseMove(weighed: readonly { share: number }[], die: number): number | null {
  let start = 0;
  for (let i = 0; i < weighed.length; i++) {
    const end = start + weighed[i]!.share;
    if (die >= start && die < end) return i;
    start = end;
  }
  return null;
}

/** Every move open to an actor now, with its terms, chance and share of the die, in file order. */
export function weighMoves(state: GameState, index: ScenarioIndex, actorId: string): WeighedMove[] {
  const open: WeighedMove[] = [];
  for (const { id, maxTimes, slot, fixedTerms, when, modifiers } of index.weighableMoves.get(actorId)!) {
    if (state.moveTimes[slot]! >= maxTimes || !when(state)) continue;
    const terms = addModifierTerms([...fixedTerms], state, modifiers);
    open.push({ move: id, terms, chance: clamp(sumTerms(terms), 0, 100), share: 0 });
  }
  let total = 0;
  for (const m of open) total += m.chance;
  for (const m of open) m.share = shareOf(m.chance, total);
  return open;
}

function hasAny(seatMoves: SeatMoves): boolean {
  for (const _ in seatMoves) return true;
  return false;
}

/** `seatMoves`: the choices of the seats not played by the rules; each replaces the rules' choice for its actor. */
export function worldMoves(state: GameState, index: ScenarioIndex, seatMoves: SeatMoves = {}): GameState {
  const next = draft(state);
  movesInto(next, index, seatMoves);
  return next;
}

/** worldMoves written into a draft: movesAndResolution's, one draft for the moves, the resolution and the crises. */
export function movesInto(next: GameState, index: ScenarioIndex, seatMoves: SeatMoves): void {
  // Most games seat no one: asked once rather than once an actor.
  const seated = hasAny(seatMoves);
  // The draft shares the move counts with the state it came from: copied at the first move made, then counted in place.
  const shared = next.moveTimes;
  for (const actor of index.scenario.actors) {
    if (seated && Object.hasOwn(seatMoves, actor.id)) {
      applySeatMove(next, index, actor.id, seatMoves[actor.id]!, weighMoves(next, index, actor.id));
      continue;
    }
    const weighed = weighMoves(next, index, actor.id);
    if (weighed.length === 0) continue;
    const drawn = rollPercent(next.rng);
    next.rng = drawn.rng;
    const chosen = chooseMove(weighed, drawn.value);
    // The entry names the chosen move, or the likeliest one (the first on a tie) when none was.
    const shown = chosen ?? weighed.reduce((best, m, i) => (m.chance > weighed[best]!.chance ? i : best), 0);
    const move = weighed[shown]!;
    let changes: ReturnType<typeof applyEffects> = [];
    if (chosen !== null) {
      // Found among the actor's own moves (a short list) rather than by a key written for it.
      const { move: scenarioMove, slot } = index.weighableMoves.get(actor.id)!.find((w) => w.id === move.move)!;
      if (next.moveTimes === shared) next.moveTimes = shared.slice();
      next.moveTimes[slot]! += 1;
      changes = applyEffects(next, index, scenarioMove.effects);
    }
    next.turnLog.push({ kind: 'move', turn: next.turn, actor: actor.id, move: move.move, terms: move.terms, chance: move.chance, roll: drawn.value, happened: chosen !== null, changes, weighed });
  }
}
