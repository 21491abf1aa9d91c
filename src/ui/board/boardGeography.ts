// The geography of a board map, one FrameGeometry per frame ([main, ...insets]): the shipped
// map's from its bundled asset at once, a computed map's projected in a lazily loaded chunk.
import type { BoardMap } from './boardMap';
import { loadMapData } from './mapAsset';
import type { FrameGeometry } from './mapData';

/** Computed geographies by map key: a prefetch (prefetchBoardMap) and the board share one. */
const computed = new Map<string, Promise<FrameGeometry[]>>();

export function geometryOf(map: BoardMap): FrameGeometry[] | Promise<FrameGeometry[]> {
  if (map.prepared) {
    const data = loadMapData();
    return [data.main, data.inset];
  }
  let geometry = computed.get(map.key);
  if (!geometry) {
    geometry = import('./worldGeometry').then(({ worldGeometry }) => worldGeometry([map.main, ...map.insets]));
    // A few maps at most: a teacher may try several files in one page.
    if (computed.size >= 4) computed.delete(computed.keys().next().value!);
    computed.set(map.key, geometry);
    geometry.catch(() => computed.delete(map.key)); // a failed fetch is tried again next time
  }
  return geometry;
}
