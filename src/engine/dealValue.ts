// What a deal, or an answer to a crisis, would add to the score, judged on the present state. The
// greedy bot weighs every open option each turn this way (up to 120 in a file the validator
// accepts) and every answer of a crisis, and the advisor's playthroughs ask it thousands of times,
// so it works on a scratch copy of only what can move the score: the tracks, and the actors (whose
// numbers feed the derived tracks) and agreements (which a disruption breaks) only when an effect
// can reach them. Flags and options never move a track, so their writes land in throwaway objects.
import type { Effect } from '../scenario/schema';
import { recomputeDerived } from './derive';
import { copyActors } from './draft';
import { applyEffectsQuietly, type EffectTarget } from './effects';
import type { ScenarioIndex } from './scenarioIndex';
import type { GameState } from './state';

/** The score of a state: the scenario's weighted tracks, without the labels the debrief shows. */
export function scoreValue(state: Pick<GameState, 'tracks'>, index: ScenarioIndex): number {
  let total = 0;
  for (const s of index.scenario.score) total += s.weight * state.tracks[s.track]!;
  return total;
}

/**
 * A copy that the effects may change freely as far as the score goes (see the file's comment):
 * the tracks; each actor an effect names (all of them, and the agreements, when one disrupts).
 */
function scratch(state: GameState, lists: readonly (readonly Effect[])[]): EffectTarget {
  const disrupts = lists.some((effects) => effects.some((e) => 'disrupt' in e));
  const actors = disrupts ? copyActors(state) : { ...state.actors };
  if (!disrupts) {
    for (const effects of lists) {
      for (const e of effects) if ('actor' in e && actors[e.actor] === state.actors[e.actor]) actors[e.actor] = { ...state.actors[e.actor]! };
    }
  }
  return {
    tracks: { ...state.tracks },
    actors,
    capital: state.capital,
    flags: {},
    optionOpen: {},
    agreements: disrupts ? state.agreements.map((a) => ({ ...a })) : state.agreements,
  };
}

/** The change in score from applying `effects`, then `perTurn` `turns` times. */
export function dealValue(state: GameState, index: ScenarioIndex, effects: readonly Effect[], perTurn: readonly Effect[], turns: number): number {
  const after = scratch(state, [effects, perTurn]);
  let actorMoved = applyEffectsQuietly(after, index, effects);
  for (let t = 0; t < turns; t++) if (applyEffectsQuietly(after, index, perTurn)) actorMoved = true;
  if (actorMoved) recomputeDerived(after, index);
  return scoreValue(after, index) - scoreValue(state, index);
}

/** The change in score from applying each list of effects in turn. */
export function scoreChange(state: GameState, index: ScenarioIndex, ...lists: readonly (readonly Effect[])[]): number {
  const after = scratch(state, lists);
  let actorMoved = false;
  for (const effects of lists) if (applyEffectsQuietly(after, index, effects)) actorMoved = true;
  if (actorMoved) recomputeDerived(after, index);
  return scoreValue(after, index) - scoreValue(state, index);
}
