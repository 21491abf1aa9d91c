// Where the board's map and its geography come from: the shipped East Asia map at once, or, for
// a scenario it cannot hold, a map computed in a lazily loaded chunk (computeMap.ts) with the
// world's geography projected there too (worldGeometry.ts). Kept out of BoardScene, which asks
// for a view's map and is told when a computed one or its geography arrives.
import { mapKey, shippedMapFor, type BoardMap } from './boardMap';
import { geometryOf } from './boardGeography';
import type { BoardView } from './boardView';
import { viewPoints } from './layout';
import { preparePaths, type MapPaths } from './staticMap';

export interface MapSourceCallbacks {
  /** A view that waited for its computed map can be shown now. */
  viewReady(view: BoardView): void;
  /** The current map's geography has arrived: repaint. */
  geographyReady(): void;
}

export class MapSource {
  /** Geography of the map on show; a computed map's arrives later. */
  private paths: MapPaths | null = null;
  private pathsPending: string | null = null;
  private computed: { key: string; map: BoardMap } | null = null;
  private waiting: { key: string; view: BoardView } | null = null;
  private destroyed = false;

  constructor(private readonly callbacks: MapSourceCallbacks) {}

  /** The view's map: the shipped one, or a computed one once its chunk has loaded (else null). */
  mapOf(view: BoardView): BoardMap | null {
    const points = viewPoints(view);
    const shipped = shippedMapFor(points);
    if (shipped) {
      this.waiting = null;
      return shipped;
    }
    const key = mapKey(points);
    if (this.computed?.key === key) return this.computed.map;
    const already = this.waiting?.key === key;
    this.waiting = { key, view };
    if (!already) {
      performance.mark('pivot-east:board-geography-start');
      import('./worldGeometry').then(
        ({ computeBoardMap }) => {
          if (this.destroyed || this.waiting?.key !== key) return;
          this.computed = { key, map: computeBoardMap(points) };
          const next = this.waiting.view;
          this.waiting = null;
          this.callbacks.viewReady(next);
        },
        (e: unknown) => {
          // The page's lists still hold everything; the next view tries again.
          if (this.waiting?.key === key) this.waiting = null;
          console.warn('board: the map for this scenario could not be loaded', e);
        },
      );
    }
    return null;
  }

  /** Starts getting the map's geography; a computed map's is painted once it arrives. */
  ensureGeography(map: BoardMap): void {
    if (this.paths?.key === map.key || this.pathsPending === map.key) return;
    const geometry = geometryOf(map);
    if (Array.isArray(geometry)) {
      this.paths = preparePaths(map.key, geometry);
      return;
    }
    this.pathsPending = map.key;
    geometry.then(
      (g) => {
        if (this.destroyed || this.pathsPending !== map.key) return;
        this.pathsPending = null;
        this.paths = preparePaths(map.key, g);
        this.callbacks.geographyReady();
        performance.mark('pivot-east:board-geography');
      },
      (e: unknown) => {
        // The board stays usable on the bare sea; the page's lists hold everything.
        if (this.pathsPending === map.key) this.pathsPending = null;
        console.warn('board: the world map could not be loaded', e);
      },
    );
  }

  /** The paths to paint: none while a scenario's own map is on its way (the sea, not East Asia). */
  pathsToPaint(withView: boolean): MapPaths | null {
    return withView || !this.waiting ? this.paths : null;
  }

  hasGeography(map: BoardMap): boolean {
    return this.paths?.key === map.key;
  }

  destroy(): void {
    this.destroyed = true;
  }
}
