// Effects are structured data from the scenario; applying them changes a draft and says what
// changed, so that news, logs and the debrief can show it. A draft owns its tracks and its map of
// actors; the actors in that map, the flags, the options and the agreements it shares with the
// state it came from, so an effect replaces what it changes with a new object (see draft.ts).
import { withEntry } from './entries';
import { ATTRIBUTE_RANGE } from '../scenario/attributes';
import type { Effect } from '../scenario/schema';
import { recomputeDerived } from './derive';
import { clamp } from './intmath';
import { must, type ScenarioIndex } from './scenarioIndex';
import type { Change, GameState } from './state';

/** What effects read and change: a game's numbers, flags, options and agreements. */
export type EffectTarget = Pick<GameState, 'tracks' | 'actors' | 'capital' | 'flags' | 'optionOpen' | 'agreements'>;

/** An effect's new value: its `set`, or the old value plus its `add`. */
export function nextValue(before: number, e: { add?: number; set?: number }): number {
  return e.set !== undefined ? e.set : before + (e.add ?? 0);
}

/** Applies effects to a draft in order; returns the changes that actually moved something. */
export function applyEffects(state: EffectTarget, index: ScenarioIndex, effects: readonly Effect[]): Change[] {
  const changes: Change[] = [];
  applyInto(state, index, effects, changes);
  return changes;
}

/**
 * The same on a scratch copy whose actor objects are its own (dealValue's): it writes them in
 * place, so never call it on a draft, whose actors are shared with earlier states. It keeps no
 * list of changes and leaves the derived tracks as they were: for weighing what-ifs, which apply thousands
 * of effects a turn. No effect reads or moves a derived track (the validator refuses one that
 * would), so the caller recomputes them once, after its last list, when this said an actor moved.
 */
export function applyToScratch(state: EffectTarget, index: ScenarioIndex, effects: readonly Effect[]): boolean {
  return applyInto(state, index, effects, null);
}

/** Applies the effects; says whether an actor's number moved (with a list of changes, the derived tracks were then recomputed). */
function applyInto(state: EffectTarget, index: ScenarioIndex, effects: readonly Effect[], changes: Change[] | null): boolean {
  let actorMoved = false;
  // Quietly (no list), `record?.(…)` builds neither the target's text nor the change.
  const record =
    changes === null
      ? null
      : (target: string, before: Change['before'], after: Change['after']) => {
          if (before !== after) changes.push({ target, before, after });
        };
  for (const e of effects) {
    if ('track' in e) {
      const track = must(index.tracks.get(e.track), 'track', e.track);
      const before = state.tracks[e.track]!;
      state.tracks[e.track] = clamp(nextValue(before, e), track.min, track.max);
      record?.(`track:${e.track}`, before, state.tracks[e.track]!);
    } else if ('actor' in e) {
      const actor = must(state.actors[e.actor], 'actor', e.actor);
      const [min, max] = ATTRIBUTE_RANGE[e.attr];
      const before = actor[e.attr];
      const after = clamp(nextValue(before, e), min, max);
      if (after !== before) {
        // Quietly the caller owns every actor object; a draft owns only its map of them.
        const owned = changes === null ? actor : (state.actors[e.actor] = { ...actor });
        owned[e.attr] = after;
        actorMoved = true;
      }
      record?.(`actor:${e.actor}.${e.attr}`, before, after);
    } else if ('capital' in e) {
      const before = state.capital;
      state.capital = clamp(before + e.capital, 0, index.scenario.capital.max);
      record?.('capital', before, state.capital);
    } else if ('flag' in e) {
      const before = state.flags[e.flag] === true;
      state.flags = withEntry(state.flags, e.flag, e.set);
      record?.(`flag:${e.flag}`, before, e.set);
    } else if ('option' in e) {
      const before = state.optionOpen[e.option]!;
      state.optionOpen = { ...state.optionOpen, [e.option]: e.open };
      record?.(`option:${e.option}`, before, e.open);
    } else if ('disrupt' in e) {
      if (disrupt(state, index, e.disrupt, changes)) actorMoved = true;
    }
  }
  if (actorMoved && changes !== null) recomputeDerived(state, index);
  return actorMoved;
}

/** Breaks off the pending or active agreements made from an option, applying its onDisrupt. */
function disrupt(state: EffectTarget, index: ScenarioIndex, optionId: string, changes: Change[] | null): boolean {
  let actorMoved = false;
  const option = must(index.options.get(optionId), 'option', optionId);
  // By position, reading the list afresh: an onDisrupt may break other agreements (a new list each time).
  for (let i = 0; i < state.agreements.length; i++) {
    const agreement = state.agreements[i]!;
    if (agreement.option !== optionId || (agreement.status !== 'pending' && agreement.status !== 'active')) continue;
    changes?.push({ target: `agreement:${optionId}`, before: agreement.status, after: 'disrupted' });
    state.agreements = state.agreements.map((a, at) => (at === i ? { ...a, status: 'disrupted' as const, turnsLeft: 0 } : a));
    if (applyInto(state, index, option.onDisrupt, changes)) actorMoved = true;
  }
  return actorMoved;
}
