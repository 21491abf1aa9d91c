// A scenario's lists of effects turned into steps, each list once (as the conditions are turned
// into tests, conditionTests.ts): what an effect names (a track's bounds, an attribute's range, the
// capital's ceiling) is looked up when the list is first applied, and each change's name
// ('track:development') is written then, not at every application. Every step has the same
// fields, made in one place, so V8 reads them all one way, where effects of six shapes were
// asked `'track' in e` one kind after another. Built from the data, never from text; only the
// time depends on it, never the result.
import { ATTRIBUTE_RANGE } from '../scenario/attributes';
import type { ActorAttribute, Effect } from '../scenario/schema';
import { objectListOf } from './lists';
import { must, type ScenarioIndex } from './scenarioIndex';

export type EffectKind = 'track' | 'actor' | 'capital' | 'flag' | 'option' | 'disrupt';

export interface EffectStep {
  kind: EffectKind;
  /** The track, actor, flag or option the effect names; '' for the capital. */
  id: string;
  /** The actor's number, for an effect on an actor. */
  attr: ActorAttribute;
  /** The change's name in the news and the log: 'track:x', 'actor:x.attr', 'capital', 'flag:x', 'option:x' ('' for a disrupt, whose changes name each agreement). */
  target: string;
  /** The value set, or undefined when the effect adds `add`. */
  set: number | undefined;
  add: number;
  min: number;
  max: number;
  /** The flag's value or the option's state. */
  on: boolean;
  /** The track's place in the state's `tracks` (ScenarioIndex.trackSlots), the actor's in its `actors`, the option's in its `optionOpen` (ScenarioIndex.slots); -1 for any other step. */
  slot: number;
}

function step(kind: EffectKind, id: string, target: string, fields: Partial<Pick<EffectStep, 'attr' | 'set' | 'add' | 'min' | 'max' | 'on' | 'slot'>> = {}): EffectStep {
  return { kind, id, attr: fields.attr ?? 'relation', target, set: fields.set, add: fields.add ?? 0, min: fields.min ?? 0, max: fields.max ?? 0, on: fields.on ?? false, slot: fields.slot ?? -1 };
}

function compile(index: ScenarioIndex, effects: readonly Effect[]): EffectStep[] {
  // In one kind of list whatever its length (lists.ts: `map` gave an empty list another kind).
  return objectListOf(effects, (e): EffectStep => {
    if ('track' in e) {
      const track = must(index.tracks.get(e.track), 'track', e.track);
      return step('track', e.track, `track:${e.track}`, { set: e.set, add: e.add, min: track.min, max: track.max, slot: index.trackSlots.get(e.track)! });
    }
    if ('actor' in e) {
      const [min, max] = ATTRIBUTE_RANGE[e.attr];
      return step('actor', e.actor, `actor:${e.actor}.${e.attr}`, { attr: e.attr, set: e.set, add: e.add, min, max, slot: must(index.actorSlots.get(e.actor), 'actor', e.actor) });
    }
    if ('capital' in e) return step('capital', '', 'capital', { add: e.capital, min: 0, max: index.scenario.capital.max });
    if ('flag' in e) return step('flag', e.flag, `flag:${e.flag}`, { on: e.set });
    if ('option' in e) return step('option', e.option, `option:${e.option}`, { on: e.open, slot: must(index.slots.options.get(e.option), 'option', e.option) });
    return step('disrupt', e.disrupt, '');
  });
}

/**
 * The list's steps, built on first use and kept by the index (ScenarioIndex.effectSteps): a list
 * shared by two scenarios with other bounds gets steps of its own in each.
 */
export function effectSteps(index: ScenarioIndex, effects: readonly Effect[]): EffectStep[] {
  let steps = index.effectSteps.get(effects);
  if (steps === undefined) index.effectSteps.set(effects, (steps = compile(index, effects)));
  return steps;
}
