// Derived tracks (diversification, dependence on one partner) follow from the actors' numbers.
import { ACTOR_ATTRIBUTES, ATTRIBUTE_RANGE } from '../scenario/attributes';
import type { ActorAttribute, Scenario, ScenarioTrack } from '../scenario/schema';
import { clamp, div } from './intmath';
import type { ScenarioIndex } from './scenarioIndex';
import type { GameState } from './state';

/** A derived track with the actors it counts, in order, so that their numbers are read by position. */
export interface DerivedTrack {
  track: ScenarioTrack;
  /** The track's place in a state's `tracks`. */
  slot: number;
  attr: ActorAttribute;
  /** Its list of actors, or every actor in file order. */
  counted: readonly string[];
  /** Their places in a state's `actors`. */
  countedSlots: readonly number[];
  /** Where the share's actor is among `counted` (the validator checks it is there); -1 for a spread. */
  share: number;
  /**
   * 0, 1, … one per counted actor: `derivedValue`'s `at` for numbers given in counted order
   * (recomputeDerived). Numbers read through the weighing's own slots instead of a copy in counted
   * order: a deal's value 216 against 229–237 ns.
   */
  positions: readonly number[];
}

/** The scenario's derived tracks, in file order (ScenarioIndex.derived). */
export function derivedTracks(scenario: Scenario): DerivedTrack[] {
  const everyone = scenario.actors.map((a) => a.id);
  return scenario.tracks.flatMap((track, slot) => {
    const derive = track.derive;
    if (derive === undefined) return [];
    const counted = derive.actors ?? everyone;
    return [{ track, slot, attr: derive.attr, counted, countedSlots: counted.map((id) => everyone.indexOf(id)), share: derive.kind === 'share' ? counted.indexOf(derive.actor) : -1, positions: counted.map((_, i) => i) }];
  });
}

/**
 * The counted actors' numbers of the draft being recomputed, by position: scratch, filled before
 * each derived track is read (nothing recomputeDerived calls comes back to it).
 */
const countedNumbers: number[] = [];

/**
 * Each actor attribute as a bit, so that a set of them is a number (the attributes an effect list
 * moved). Written out rather than built from ACTOR_ATTRIBUTES: the advice after the bench's games
 * took 606–643 ms a round with this literal, 609–693 with Object.fromEntries (alternated);
 * tests/engine/derive.test.ts holds it to one bit for each attribute.
 */
export const ATTRIBUTE_BIT: Readonly<Record<ActorAttribute, number>> = { relation: 1, trust: 2, trade: 4, alignment: 8 };
export const EVERY_ATTRIBUTE = (1 << ACTOR_ATTRIBUTES.length) - 1;

/**
 * Recomputes the derived tracks of a draft in place: those that read an attribute in `moved` (a set
 * of ATTRIBUTE_BITs), every one by default. A track reads one attribute of its actors, so a change
 * to the others cannot move it.
 */
export function recomputeDerived(state: Pick<GameState, 'tracks' | 'actors'>, index: ScenarioIndex, moved = EVERY_ATTRIBUTE): void {
  for (const d of index.derived) {
    if ((moved & ATTRIBUTE_BIT[d.attr]) === 0) continue;
    for (let i = 0; i < d.countedSlots.length; i++) countedNumbers[i] = state.actors[d.countedSlots[i]!]![d.attr];
    state.tracks[d.slot] = derivedValue(d, countedNumbers, d.positions);
  }
}

/**
 * A derived track's value from the numbers of the actors it counts: the i-th counted actor's number
 * is `numbers[at[i]]` (recomputeDerived passes them in order, scoreGain.ts from its own slots).
 * Read by position rather than through a function: it is weighed for most deals the bots consider.
 */
export function derivedValue(d: DerivedTrack, numbers: ArrayLike<number>, at: ArrayLike<number>): number {
  const floor = ATTRIBUTE_RANGE[d.attr][0];
  const count = d.counted.length;
  // Shares are of the attribute above its floor, so relation (-100..100) counts from -100.
  let total = 0;
  for (let i = 0; i < count; i++) total += numbers[at[i]!]! - floor;
  let value: number;
  if (total <= 0) value = 0;
  else if (d.share >= 0) value = div((numbers[at[d.share]!]! - floor) * 100, total);
  else {
    // 100 minus the Herfindahl index of the shares, both in percent: 10000 / 100 = 100.
    let concentration = 0;
    for (let i = 0; i < count; i++) {
      const share = div((numbers[at[i]!]! - floor) * 100, total);
      concentration += share * share;
    }
    value = 100 - div(concentration, 100);
  }
  return clamp(value, d.track.min, d.track.max);
}
