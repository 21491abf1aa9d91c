// A scenario without a prepared map gets its map and geography computed in a lazy chunk. When a
// teacher loads such a file on the start screen, that work starts at once, so that the board is
// ready, or nearly, by the time they press Start.
import { shippedMapFor, type MapPoint } from './boardMap';
import { geometryOf } from './boardGeography';

export function prefetchBoardMap(points: readonly MapPoint[]): void {
  if (shippedMapFor(points)) return;
  void import('./worldGeometry')
    .then(({ computeBoardMap }) => geometryOf(computeBoardMap(points)))
    .catch(() => {}); // the board asks again when it is shown, and says so if it fails
}
