// Derived tracks (diversification, dependence on one partner) follow from the actors' numbers.
import { ATTRIBUTE_RANGE } from '../scenario/attributes';
import type { ActorAttribute, ScenarioTrack } from '../scenario/schema';
import { clamp, div } from './intmath';
import type { ScenarioIndex } from './scenarioIndex';
import type { GameState } from './state';

/** Recomputes every derived track of a draft in place. */
export function recomputeDerived(state: Pick<GameState, 'tracks' | 'actors'>, index: ScenarioIndex): void {
  for (const track of index.derived) state.tracks[track.id] = derivedValue(track, index, (id, attr) => state.actors[id]![attr]);
}

/** A derived track's value from the actors' numbers, read through `numberOf` (scoreGain.ts reads its own copy of them). */
export function derivedValue(track: ScenarioTrack, index: ScenarioIndex, numberOf: (actor: string, attr: ActorAttribute) => number): number {
  const derive = track.derive!;
  const attr = derive.attr;
  const floor = ATTRIBUTE_RANGE[attr][0];
  // Shares are of the attribute above its floor, so relation (-100..100) counts from -100.
  const counted = derive.actors ?? index.actorIds;
  let total = 0;
  for (const id of counted) total += numberOf(id, attr) - floor;
  let value: number;
  if (total <= 0) value = 0;
  else if (derive.kind === 'share') value = div((numberOf(derive.actor, attr) - floor) * 100, total);
  else {
    // 100 minus the Herfindahl index of the shares, both in percent: 10000 / 100 = 100.
    let concentration = 0;
    for (const id of counted) {
      const share = div((numberOf(id, attr) - floor) * 100, total);
      concentration += share * share;
    }
    value = 100 - div(concentration, 100);
  }
  return clamp(value, track.min, track.max);
}
