// What a deal, or an answer to a crisis, would add to the score, judged on the present state. The
// greedy bot weighs every open option each turn this way (up to 120 in a file the validator
// accepts) and every answer of a crisis, and the advisor's playthroughs ask it thousands of times,
// so it works on a scratch copy as small as a draft, without the log.
import type { Effect } from '../scenario/schema';
import { recomputeDerived } from './derive';
import { applyToScratch, type EffectTarget } from './effects';
import type { ScenarioIndex } from './scenarioIndex';
import type { GameState } from './state';

/** The score of a state: the scenario's weighted tracks, without the labels the debrief shows. */
export function scoreValue(state: Pick<GameState, 'tracks'>, index: ScenarioIndex): number {
  let total = 0;
  for (const s of index.scenario.score) total += s.weight * state.tracks[s.track]!;
  return total;
}

/**
 * A copy that the effects may change freely: a draft without the log (see draft.ts) whose actors
 * that the effects name are copied too, since applyToScratch writes them in place (all of
 * them when an effect disrupts an agreement, whose onDisrupt may name any).
 */
function scratch(state: GameState, lists: readonly (readonly Effect[])[]): EffectTarget {
  const { tracks, actors, capital, flags, optionOpen, agreements } = state;
  const own = { ...actors };
  for (const effects of lists) {
    for (const e of effects) {
      if ('disrupt' in e) for (const id in own) own[id] = own[id] === actors[id] ? { ...actors[id]! } : own[id]!;
      else if ('actor' in e && own[e.actor] === actors[e.actor]) own[e.actor] = { ...actors[e.actor]! };
    }
  }
  return { tracks: { ...tracks }, actors: own, capital, flags, optionOpen, agreements };
}

/** The change in score from applying `effects`, then `perTurn` `turns` times. */
export function dealValue(state: GameState, index: ScenarioIndex, effects: readonly Effect[], perTurn: readonly Effect[], turns: number): number {
  const after = scratch(state, [effects, perTurn]);
  let actorMoved = applyToScratch(after, index, effects);
  for (let t = 0; t < turns; t++) if (applyToScratch(after, index, perTurn)) actorMoved = true;
  return gainOver(state, index, after, actorMoved);
}

/** The change in score from applying each list of effects in turn. */
export function scoreChange(state: GameState, index: ScenarioIndex, ...lists: readonly (readonly Effect[])[]): number {
  const after = scratch(state, lists);
  let actorMoved = false;
  for (const effects of lists) if (applyToScratch(after, index, effects)) actorMoved = true;
  return gainOver(state, index, after, actorMoved);
}

/** The score `after` adds to `state`'s, its derived tracks recomputed first when an actor moved. */
function gainOver(state: GameState, index: ScenarioIndex, after: EffectTarget, actorMoved: boolean): number {
  if (actorMoved) recomputeDerived(after, index);
  return scoreValue(after, index) - scoreValue(state, index);
}
