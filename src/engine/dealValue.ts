// What a deal, or an answer to a crisis, would add to the score, judged on the present state. The
// greedy bot weighs every open option each turn this way (up to 120 in a file the validator
// accepts) and every answer of a crisis, and the advisor's playthroughs ask it thousands of times,
// so it is computed on the score's numbers alone (scoreGain.ts); a list that breaks off an
// agreement is applied to a scratch copy as small as a draft, without the log.
import type { Effect } from '../scenario/schema';
import { actorCopy } from './actorCopy';
import { recomputeDerived } from './derive';
import { applyToScratch, type EffectTarget } from './effects';
import type { ScenarioIndex } from './scenarioIndex';
import { objectListOf } from './lists';
import { dealGainOn, scoreGain, type Applied, type ScoreBase } from './scoreGain';
import type { GameState } from './state';
import { trackValue } from './trackValue';

/** The score of a state: the scenario's weighted tracks, without the labels the debrief shows. */
export function scoreValue(state: Pick<GameState, 'tracks'>, index: ScenarioIndex): number {
  let total = 0;
  for (const s of index.scenario.score) total += s.weight * trackValue(state.tracks, index, s.track);
  return total;
}

/**
 * A copy that the effects may change freely: a draft without the log (see draft.ts) whose actors
 * that the effects name are copied too, since applyToScratch writes them in place (all of
 * them when an effect disrupts an agreement, whose onDisrupt may name any).
 */
function scratch(state: GameState, index: ScenarioIndex, lists: readonly (readonly Effect[])[]): EffectTarget {
  const { tracks, actors, capital, flags, optionOpen, agreements } = state;
  const own = actors.slice();
  const ownCopy = (slot: number) => {
    if (own[slot] === actors[slot]) own[slot] = actorCopy(actors[slot]!);
  };
  for (const effects of lists) {
    for (const e of effects) {
      if ('disrupt' in e) for (let slot = 0; slot < own.length; slot++) ownCopy(slot);
      else if ('actor' in e) ownCopy(index.actorSlots.get(e.actor)!);
    }
  }
  return { tracks: tracks.slice(), actors: own, capital, flags, optionOpen, agreements };
}

/** The change in score from applying `effects`, then `perTurn` `turns` times. */
export function dealValue(state: GameState, index: ScenarioIndex, effects: readonly Effect[], perTurn: readonly Effect[], turns: number): number {
  return gainOf(state, index, asDeal(effects, perTurn, turns));
}

/** A deal's lists: its effects once, then its per-turn effects `turns` times. */
const asDeal = (effects: readonly Effect[], perTurn: readonly Effect[], turns: number): Applied[] => [{ effects, times: 1 }, { effects: perTurn, times: turns }];

/** dealValue on the state of `base` (scoreGain.ts), for many deals weighed on one state. */
export function dealValueOn(base: ScoreBase, index: ScenarioIndex, effects: readonly Effect[], perTurn: readonly Effect[], turns: number): number {
  return dealGainOn(base, index, effects, perTurn, turns) ?? scoreGainOnScratch(base.state, index, asDeal(effects, perTurn, turns));
}

/** The change in score from applying each list of effects in turn. */
export function scoreChange(state: GameState, index: ScenarioIndex, ...lists: readonly (readonly Effect[])[]): number {
  return gainOf(state, index, objectListOf(lists, (effects) => ({ effects, times: 1 })));
}

const gainOf = (state: GameState, index: ScenarioIndex, applied: readonly Applied[]) => scoreGain(state, index, applied) ?? scoreGainOnScratch(state, index, applied);

/** The same change computed by applying the lists to a scratch copy: any effect, at the cost of the copy. */
export function scoreGainOnScratch(state: GameState, index: ScenarioIndex, applied: readonly Applied[]): number {
  const after = scratch(state, index, objectListOf(applied, (a) => a.effects));
  let moved = 0;
  for (const { effects, times } of applied) for (let t = 0; t < times; t++) moved |= applyToScratch(after, index, effects);
  if (moved !== 0) recomputeDerived(after, index, moved);
  return scoreValue(after, index) - scoreValue(state, index);
}
