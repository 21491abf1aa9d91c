// The shape of assets/map/east-asia.json, written by scripts/build-map.ts: geography already
// projected, clipped, simplified and quantised at build time, so the browser only draws it.
import type { FrameSpec } from './projection';

export const MAP_FORMAT = 'pivot-east-map/2';

/**
 * One polyline or ring as SVG path data in integer quanta (1/quantum projected units): a start
 * point and relative steps, `M x y l dx dy dx dy ...`, with a closing `z` for land rings. The
 * browser hands it straight to Path2D: no number is converted at run time.
 */
export type PathLine = string;

export interface FrameGeometry {
  /** The frame this was projected with (checked against projection.ts by a test). */
  center: [number, number];
  scale: number;
  extent: [number, number, number, number];
  quantum: number;
  /** [lon, lat, x, y]: points d3-geo projected at build time, to test the runtime projection. */
  controls: Array<[number, number, number, number]>;
  /**
   * Closed land rings (fill with the non-zero rule). Stroked, they are also the coastline, plus
   * straight cuts along the extent's edges where the clipping closed them.
   */
  land: PathLine[];
  /** The coastline alone, with fewer points, for the wide, faint halo drawn along it. */
  halo: PathLine[];
  /** Land borders between countries. */
  borders: PathLine[];
  /** Meridians and parallels every 10 degrees. */
  graticule: PathLine[];
  /** Where each country lies (computed maps only): the board names a country where it shows (countryNames.ts). */
  countries?: CountryCells;
}

/**
 * The countries on a coarse grid over the extent: cell (col, row) is the square of side `cell`
 * from (x0 + col * cell, y0 + row * cell), in projected units, and belongs to the country its
 * centre lies in. Each country's cells as runs along the rows: [row, firstCol, lastCol, ...].
 */
export interface CountryCells {
  x0: number;
  y0: number;
  cell: number;
  countries: Array<{ name: string; runs: number[] }>;
}

export interface MapData {
  format: typeof MAP_FORMAT;
  source: string;
  main: FrameGeometry;
  inset: FrameGeometry;
}

/** The points of one line in projected units (for tests and tools; the board draws the text). */
export function linePoints(line: PathLine, quantum: number): Array<[number, number]> {
  const numbers = line.match(/-?\d+/g)?.map(Number) ?? [];
  const out: Array<[number, number]> = [];
  let x = 0;
  let y = 0;
  for (let i = 0; i + 1 < numbers.length; i += 2) {
    x += numbers[i]!;
    y += numbers[i + 1]!;
    out.push([x / quantum, y / quantum]);
  }
  return out;
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
