// Effects are structured data from the scenario; applying them changes a draft and says what
// changed, so that news, logs and the debrief can show it. A draft owns its tracks and its list of
// actors; the actors in that list, the flags, the options and the agreements it shares with the
// state it came from, so an effect replaces what it changes with a new object (see draft.ts).
import { actorCopy } from './actorCopy';
import { agreementAfter } from './agreementAfter';
import { effectSteps, type EffectStep } from './effectSteps';
import { withEntry } from './entries';
import type { Effect } from '../scenario/schema';
import { ATTRIBUTE_BIT, recomputeDerived } from './derive';
import { clamp } from './intmath';
import { objectListReplacing } from './lists';
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
  const moved = applyInto(state, index, effects, changes);
  if (moved !== 0) recomputeDerived(state, index, moved);
  return changes;
}

/**
 * applyEffects for a step that applies list after list with nothing read between them (the
 * resolution): the changes go to `changes`, and the derived tracks are left for the caller to
 * recompute once, after its last list, for the attributes this says moved (ATTRIBUTE_BITs). No
 * effect reads or moves a derived track (the validator refuses one that would), so the result is
 * the same as recomputing after each list.
 */
export function applyEffectsTo(state: EffectTarget, index: ScenarioIndex, effects: readonly Effect[], changes: Change[]): number {
  return applyInto(state, index, effects, changes);
}

/**
 * The same on a scratch copy whose actor objects are its own (dealValue's): it writes them in
 * place, so never call it on a draft, whose actors are shared with earlier states. It keeps no
 * list of changes and leaves the derived tracks as they were: for weighing what-ifs, which apply thousands
 * of effects a turn. No effect reads or moves a derived track (the validator refuses one that
 * would), so the caller recomputes them once, after its last list, for the attributes this says
 * moved (ATTRIBUTE_BITs; 0 when no actor moved).
 */
export function applyToScratch(state: EffectTarget, index: ScenarioIndex, effects: readonly Effect[]): number {
  return applyInto(state, index, effects, null);
}

/**
 * Applies the effects; says which attributes of actors moved, as ATTRIBUTE_BITs (0: none). The
 * derived tracks that read them are the caller's to recompute. Without a list of changes it
 * writes the actors in place (a scratch copy's); with one it replaces each actor it changes.
 */
function applyInto(state: EffectTarget, index: ScenarioIndex, effects: readonly Effect[], changes: Change[] | null): number {
  let moved = 0;
  for (const s of effectSteps(index, effects)) {
    switch (s.kind) {
      case 'track': {
        const before = state.tracks[s.slot]!;
        const after = clamp(nextValue(before, s), s.min, s.max);
        state.tracks[s.slot] = after;
        record(changes, s, before, after);
        break;
      }
      case 'actor': {
        const actor = state.actors[s.slot]!;
        const before = actor[s.attr];
        const after = clamp(nextValue(before, s), s.min, s.max);
        if (after !== before) {
          // Quietly the caller owns every actor object; a draft owns only its list of them.
          const owned = changes === null ? actor : (state.actors[s.slot] = actorCopy(actor));
          owned[s.attr] = after;
          moved |= ATTRIBUTE_BIT[s.attr];
        }
        record(changes, s, before, after);
        break;
      }
      case 'capital': {
        const before = state.capital;
        state.capital = clamp(before + s.add, s.min, s.max);
        record(changes, s, before, state.capital);
        break;
      }
      case 'flag': {
        const before = state.flags[s.id] === true;
        state.flags = withEntry(state.flags, s.id, s.on);
        record(changes, s, before, s.on);
        break;
      }
      case 'option': {
        const before = state.optionOpen[s.slot]!;
        const open = state.optionOpen.slice(); // shared with earlier states (draft.ts)
        open[s.slot] = s.on;
        state.optionOpen = open;
        record(changes, s, before, s.on);
        break;
      }
      case 'disrupt':
        moved |= disrupt(state, index, s.id, changes);
    }
  }
  return moved;
}

/** Quietly (no list) no change is recorded; a change that moved nothing never is. */
function record(changes: Change[] | null, s: EffectStep, before: Change['before'], after: Change['after']): void {
  if (changes !== null && before !== after) changes.push({ target: s.target, before, after });
}

/** Breaks off the pending or active agreements made from an option, applying its onDisrupt. */
function disrupt(state: EffectTarget, index: ScenarioIndex, optionId: string, changes: Change[] | null): number {
  let moved = 0;
  const option = must(index.options.get(optionId), 'option', optionId);
  // By position, reading the list afresh: an onDisrupt may break other agreements (a new list each time).
  for (let i = 0; i < state.agreements.length; i++) {
    const agreement = state.agreements[i]!;
    if (agreement.option !== optionId || (agreement.status !== 'pending' && agreement.status !== 'active')) continue;
    changes?.push({ target: `agreement:${optionId}`, before: agreement.status, after: 'disrupted' });
    state.agreements = objectListReplacing(state.agreements, i, agreementAfter(agreement, 0, 'disrupted'));
    moved |= applyInto(state, index, option.onDisrupt, changes);
  }
  return moved;
}
