// The points a scenario's board must hold, read from the scenario alone (no game yet): what the
// start screen prefetches a teacher's map for. The board lists the same points from its view.
import type { Scenario } from '../scenario/schema';
import type { MapPoint } from './board/boardMap';

/** The player, the actors and the places, in the order the board lists them. */
export function boardPoints(scenario: Scenario): MapPoint[] {
  const located = [scenario.player, ...scenario.actors].map((a) => ({ id: a.id, name: a.name, lon: a.location.lon, lat: a.location.lat }));
  return [...located, ...scenario.places.map(({ id, name, lon, lat }) => ({ id, name, lon, lat }))];
}
