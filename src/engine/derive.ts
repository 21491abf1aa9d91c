// Derived tracks (diversification, dependence on one partner) follow from the actors' numbers.
import { ATTRIBUTE_RANGE } from '../scenario/attributes';
import { clamp, div } from './intmath';
import type { ScenarioIndex } from './scenarioIndex';
import type { GameState } from './state';

/** Recomputes every derived track of a draft in place. */
export function recomputeDerived(state: Pick<GameState, 'tracks' | 'actors'>, index: ScenarioIndex): void {
  for (const track of index.derived) {
    const derive = track.derive!;
    const attr = derive.attr;
    const floor = ATTRIBUTE_RANGE[attr][0];
    // Shares are of the attribute above its floor, so relation (-100..100) counts from -100.
    const counted = derive.actors ?? index.actorIds;
    let total = 0;
    for (const id of counted) total += state.actors[id]![attr] - floor;
    let value: number;
    if (total <= 0) value = 0;
    else if (derive.kind === 'share') value = div((state.actors[derive.actor]![attr] - floor) * 100, total);
    else {
      // 100 minus the Herfindahl index of the shares, both in percent: 10000 / 100 = 100.
      let concentration = 0;
      for (const id of counted) {
        const share = div((state.actors[id]![attr] - floor) * 100, total);
        concentration += share * share;
      }
      value = 100 - div(concentration, 100);
    }
    state.tracks[track.id] = clamp(value, track.min, track.max);
  }
}
