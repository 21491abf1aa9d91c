// The geography of a board map, one FrameGeometry per frame ([main, ...insets]): the shipped
// map's from its bundled asset at once, a computed map's projected in a lazily loaded chunk.
import type { BoardMap } from './boardMap';
import { loadMapData } from './mapAsset';
import type { FrameGeometry } from './mapData';

export function geometryOf(map: BoardMap): FrameGeometry[] | Promise<FrameGeometry[]> {
  if (map.prepared) {
    const data = loadMapData();
    return [data.main, data.inset];
  }
  return import('./worldGeometry').then(({ worldGeometry }) => worldGeometry([map.main, ...map.insets]));
}
