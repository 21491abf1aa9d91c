// What a deal would add to the score if carried out in full, judged on the present state. The
// greedy bot weighs every open option each turn this way (up to 120 in a file the validator
// accepts), so it works on a scratch copy of only what effects can change: copying the whole
// state (its log grows all game) made the bot several times slower than the game it plays.
import type { Effect } from '../scenario/schema';
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
  const actors: GameState['actors'] = {};
  for (const id in state.actors) actors[id] = { ...state.actors[id]! };
  return {
    ...state,
    tracks: { ...state.tracks },
    actors,
    flags: { ...state.flags },
    optionOpen: { ...state.optionOpen },
    agreements: disrupts ? state.agreements.map((a) => ({ ...a })) : state.agreements,
  };
}

/** The change in score from `effects` now and `perTurn` for `turns` turns after. */
export function dealValue(state: GameState, index: ScenarioIndex, effects: readonly Effect[], perTurn: readonly Effect[], turns: number): number {
  const disrupts = effects.some((e) => 'disrupt' in e) || (turns > 0 && perTurn.some((e) => 'disrupt' in e));
  const after = scratch(state, disrupts);
  applyEffectsQuietly(after, index, effects);
  for (let i = 0; i < turns; i++) applyEffectsQuietly(after, index, perTurn);
  return scoreValue(after, index) - scoreValue(state, index);
}
