// The world's geography for a scenario without a prepared map, projected in the browser. This
// module is its own chunk, imported only for such a scenario: the shipped scenarios' game page
// never loads it, d3-geo, topojson-client or the atlas (Natural Earth 1:110m, about 40 KB gzipped,
// fetched as a static file).
import atlasUrl from 'world-atlas/countries-110m.json?url';
import { WORLD_LAYERS, buildFrameGeometry, type WorldTopology } from './geoBuild';
import type { FrameGeometry } from './mapData';

export { computeBoardMap } from './computeMap';
import type { FrameSpec } from './projection';

let atlas: Promise<WorldTopology> | null = null;

function loadAtlas(): Promise<WorldTopology> {
  atlas ??= fetch(atlasUrl).then((r) => {
    if (!r.ok) throw new Error(`world map: HTTP ${r.status}`);
    return r.json() as Promise<WorldTopology>;
  });
  // A failed fetch is tried again next time rather than remembered.
  atlas.catch(() => (atlas = null));
  return atlas;
}

// The chunk is loaded when a scenario needs it: fetch the atlas at once, while its map is computed.
void loadAtlas().catch(() => {});

export async function worldGeometry(frames: readonly FrameSpec[]): Promise<FrameGeometry[]> {
  const topology = await loadAtlas();
  return frames.map((f) => buildFrameGeometry(topology, f, WORLD_LAYERS));
}
