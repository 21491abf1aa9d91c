// The shape of assets/map/east-asia.json, written by scripts/build-map.ts: geography already
// projected, clipped, simplified and quantised at build time, so the browser only draws it.
import type { FrameSpec } from './projection';

export const MAP_FORMAT = 'pivot-east-map/1';

/**
 * A polyline or ring as integers in 1/quantum projected units, delta-encoded:
 * [x0, y0, dx1, dy1, dx2, dy2, ...]. Small deltas keep the file small and gzip well.
 */
export type EncodedLine = number[];

export interface FrameGeometry {
  /** The frame this was projected with (checked against projection.ts by a test). */
  center: [number, number];
  scale: number;
  extent: [number, number, number, number];
  quantum: number;
  /** [lon, lat, x, y]: points d3-geo projected at build time, to test the runtime projection. */
  controls: Array<[number, number, number, number]>;
  /** Closed land rings (fill with the non-zero rule). */
  land: EncodedLine[];
  /** Coastlines (open lines along the land rings, minus the clip edges). */
  coast: EncodedLine[];
  /** Land borders between countries. */
  borders: EncodedLine[];
  /** Meridians and parallels every 10 degrees. */
  graticule: EncodedLine[];
}

export interface MapData {
  format: typeof MAP_FORMAT;
  source: string;
  main: FrameGeometry;
  inset: FrameGeometry;
}

/** Decodes one line into absolute projected units, calling `visit` for each point. */
export function forEachPoint(line: EncodedLine, quantum: number, visit: (x: number, y: number, index: number) => void): void {
  let x = 0;
  let y = 0;
  for (let i = 0; i + 1 < line.length; i += 2) {
    x += line[i]!;
    y += line[i + 1]!;
    visit(x / quantum, y / quantum, i / 2);
  }
}

/** True when the geometry was built for this frame: a stale asset would misplace every marker. */
export function matchesFrame(geometry: FrameGeometry, frame: FrameSpec): boolean {
  return (
    geometry.center[0] === frame.center[0] &&
    geometry.center[1] === frame.center[1] &&
    geometry.scale === frame.scale &&
    geometry.extent.every((v, i) => v === frame.extent[i])
  );
}
