// Every other actor acts on its own interests: each weighs its available moves, takes the most
// likely one and rolls for it.
import { holds } from './conditions';
import { draft } from './draft';
import { applyEffects } from './effects';
import { clamp } from './intmath';
import { rollPercent } from './rng';
import type { ScenarioIndex } from './scenarioIndex';
import { applySeatMove, type SeatMoves } from './seatMoves';
import type { GameState, Term } from './state';
import { interestTerms, modifierTerms, sumTerms } from './weigh';

/** `seatMoves`: the choices of the seats not played by the rules; each replaces the rules' choice for its actor. */
export function worldMoves(state: GameState, index: ScenarioIndex, seatMoves: SeatMoves = {}): GameState {
  const next = draft(state);
  for (const actor of index.scenario.actors) {
    if (Object.hasOwn(seatMoves, actor.id)) {
      applySeatMove(next, index, actor.id, seatMoves[actor.id]!);
      continue;
    }
    let best: { id: string; terms: Term[]; chance: number } | null = null;
    for (const move of actor.moves) {
      const key = `${actor.id}/${move.id}`;
      if ((next.moveTimes[key] ?? 0) >= move.maxTimes || !holds(next, move.when)) continue;
      const terms: Term[] = [
        { label: 'Base chance', value: move.chance, kind: 'chance' },
        ...interestTerms(index, actor.id, move.touches),
        ...modifierTerms(next, move.modifiers),
      ];
      const chance = clamp(sumTerms(terms), 0, 100);
      if (best === null || chance > best.chance) best = { id: move.id, terms, chance };
    }
    if (best === null) continue;
    const drawn = rollPercent(next.rng);
    next.rng = drawn.rng;
    const happened = drawn.value < best.chance;
    const key = `${actor.id}/${best.id}`;
    let changes: ReturnType<typeof applyEffects> = [];
    if (happened) {
      next.moveTimes[key] = (next.moveTimes[key] ?? 0) + 1;
      changes = applyEffects(next, index, index.moves.get(key)!.effects);
    }
    next.log.push({ kind: 'move', turn: next.turn, actor: actor.id, move: best.id, terms: best.terms, chance: best.chance, roll: drawn.value, happened, changes });
  }
  return next;
}
