// What a deal, or an answer to a crisis, would add to the score, judged on the present state. The
// greedy bot weighs every open option each turn this way (up to 120 in a file the validator
// accepts) and every answer of a crisis, so it works on a scratch copy of only what effects can
// change: copying the whole state (its log grows all game) made the bot several times slower than
// the game it plays.
import type { Effect } from '../scenario/schema';
import { copyActors } from './draft';
import { applyEffectsQuietly } from './effects';
import type { ScenarioIndex } from './scenarioIndex';
import type { GameState } from './state';

/** The score of a state: the scenario's weighted tracks, without the labels the debrief shows. */
export function scoreValue(state: GameState, index: ScenarioIndex): number {
  let total = 0;
  for (const s of index.scenario.score) total += s.weight * state.tracks[s.track]!;
  return total;
}

/** A copy that applyEffects may change freely; agreements are copied only when a deal breaks one. */
function scratch(state: GameState, disrupts: boolean): GameState {
  return {
    ...state,
    tracks: { ...state.tracks },
    actors: copyActors(state),
    flags: { ...state.flags },
    optionOpen: { ...state.optionOpen },
    agreements: disrupts ? state.agreements.map((a) => ({ ...a })) : state.agreements,
  };
}

/** The change in score from applying each list of effects in turn. */
export function scoreChange(state: GameState, index: ScenarioIndex, ...lists: readonly (readonly Effect[])[]): number {
  const after = scratch(state, lists.some((effects) => effects.some((e) => 'disrupt' in e)));
  for (const effects of lists) applyEffectsQuietly(after, index, effects);
  return scoreValue(after, index) - scoreValue(state, index);
}

/** The change in score from `effects` now and `perTurn` for `turns` turns after. */
export function dealValue(state: GameState, index: ScenarioIndex, effects: readonly Effect[], perTurn: readonly Effect[], turns: number): number {
  return scoreChange(state, index, effects, ...Array.from({ length: turns }, () => perTurn));
}
