// Projects Natural Earth (world-atlas TopoJSON) for one board frame with d3-geo: clips to the
// frame's extent, simplifies and quantises into SVG path text (mapData.ts). Used at build time
// for the shipped map (scripts/build-map.ts), by the CLI's `map` command, and in the browser in a
// chunk loaded only for a scenario without a prepared map (worldGeometry.ts).
import { geoAzimuthalEqualArea, geoConicEqualArea, geoGraticule, geoPath, type GeoContext, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { countryCells } from './countryCells';
import type { CountryCells, FrameGeometry, PathLine } from './mapData';
import type { FrameSpec } from './projection';

type Pt = [number, number];

/** A d3 path context that records projected, clipped polylines instead of drawing them. */
function recorder(): { context: GeoContext; lines: Pt[][]; closed: boolean[] } {
  const lines: Pt[][] = [];
  const closed: boolean[] = [];
  let current: Pt[] | null = null;
  const context: GeoContext = {
    beginPath() {},
    moveTo(x, y) {
      current = [[x, y]];
      lines.push(current);
      closed.push(false);
    },
    lineTo(x, y) {
      current?.push([x, y]);
    },
    closePath() {
      closed[closed.length - 1] = true;
      current = null;
    },
    arc() {},
  };
  return { context, lines, closed };
}

/** Douglas-Peucker on one polyline: keeps the endpoints, drops points closer than `tol`. */
function simplify(points: Pt[], tol: number): Pt[] {
  if (points.length <= 2) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const stack: Array<[number, number]> = [[0, points.length - 1]];
  const tol2 = tol * tol;
  while (stack.length) {
    const [a, b] = stack.pop()!;
    const [ax, ay] = points[a]!;
    const [bx, by] = points[b]!;
    const dx = bx - ax;
    const dy = by - ay;
    const len2 = dx * dx + dy * dy;
    let worst = -1;
    let worstD = tol2;
    for (let i = a + 1; i < b; i++) {
      const [px, py] = points[i]!;
      let t = len2 > 0 ? ((px - ax) * dx + (py - ay) * dy) / len2 : 0;
      t = Math.max(0, Math.min(1, t));
      const ex = ax + t * dx - px;
      const ey = ay + t * dy - py;
      const d = ex * ex + ey * ey;
      if (d > worstD) {
        worstD = d;
        worst = i;
      }
    }
    if (worst >= 0) {
      keep[worst] = 1;
      stack.push([a, worst], [worst, b]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

/** A line as integers in quanta, delta-encoded: [x0, y0, dx1, dy1, ...]. */
type EncodedLine = number[];

/** Rounds to the quantum grid, drops repeated points, delta-encodes. */
function encode(points: Pt[], quantum: number): EncodedLine {
  const out: number[] = [];
  let px = 0;
  let py = 0;
  let first = true;
  for (const [x, y] of points) {
    const qx = Math.round(x * quantum);
    const qy = Math.round(y * quantum);
    if (!first && qx === px && qy === py) continue;
    out.push(qx - px, qy - py);
    px = qx;
    py = qy;
    first = false;
  }
  return out;
}

/**
 * The coast's halo is a faint 5-pixel line, the map's costliest stroke to rasterise (about 9 of
 * its 13 ms before the board's first frame, software canvas, 1280x800). Under it a coarser copy
 * of the coast does: 3 projected units is at most 2 pixels on the largest board, and islands
 * under 4 units get no halo.
 */
const HALO = { tolerance: 3, minSize: 4 };

/** SVG path data of an encoded line: its start point, then its relative steps. */
function pathLine(line: EncodedLine, close: boolean): PathLine {
  return `M${line[0]} ${line[1]}${line.length > 2 ? `l${line.slice(2).join(' ')}` : ''}${close ? 'z' : ''}`;
}

function extentSize(points: Pt[]): number {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const [x, y] of points) {
    x0 = Math.min(x0, x);
    y0 = Math.min(y0, y);
    x1 = Math.max(x1, x);
    y1 = Math.max(y1, y);
  }
  return Math.max(x1 - x0, y1 - y0);
}

/** The world map for a computed board (Natural Earth 1:110m in world-atlas; shipped as a static file). */
export const WORLD_ATLAS = 'world-atlas/countries-110m.json';

/** Same simplification as the shipped map's, in the projected units of each frame. */
export const WORLD_LAYERS = { tolerance: 0.8, minSize: 1, quantum: 2, tight: true, precision: 0.4, countryGrid: 40 } as const;

/** Angular distance (degrees) from an azimuthal frame's centre to its extent's farthest corner. */
function reachDegrees(frame: FrameSpec): number {
  const [x0, y0, x1, y1] = frame.extent;
  const r = Math.max(Math.hypot(x0, y0), Math.hypot(x0, y1), Math.hypot(x1, y0), Math.hypot(x1, y1));
  return (2 * Math.asin(Math.min(1, r / (2 * frame.scale))) * 180) / Math.PI;
}

/** The farthest a computed azimuthal map's geography reaches from its centre, in degrees. */
export const TIGHT_CLIP_MAX = 170;

export interface LayerOptions {
  /** Clip the sphere just beyond the extent (azimuthal frames), not at 100 degrees. */
  tight?: boolean;
  /** d3's adaptive resampling, in projected units (default 0.1, the shipped map's). */
  precision?: number;
  tolerance: number;
  minSize: number;
  quantum: number;
  /** Countries on a grid of this many cells across the view (countryCells.ts); none when absent. */
  countryGrid?: number;
}

/** d3's projection for a frame: the one projection.ts reproduces (a test checks they agree). */
export function d3Projection(frame: FrameSpec): GeoProjection {
  if (frame.kind === 'conic') {
    const [p0, p1] = frame.parallels ?? [frame.center[1] - 10, frame.center[1] + 10];
    return geoConicEqualArea()
      .parallels([p0, p1])
      .rotate([-frame.center[0], 0])
      .center([0, frame.center[1]])
      .scale(frame.scale)
      .translate([0, 0]);
  }
  return geoAzimuthalEqualArea()
    .rotate([-frame.center[0], -frame.center[1]])
    .scale(frame.scale)
    .translate([0, 0]);
}

/** Land, coast and borders as GeoJSON, made once per atlas (a map has several frames). */
type Countries = Array<{ name: string; shape: GeoPermissibleObjects }>;
const converted = new WeakMap<object, { land: GeoPermissibleObjects; coast: GeoPermissibleObjects; borders: GeoPermissibleObjects; countries: Countries }>();
export function worldObjects(topology: WorldTopology) {
  let objects = converted.get(topology);
  if (!objects) {
    objects = {
      land: feature(topology, topology.objects.land),
      coast: mesh(topology, topology.objects.land),
      borders: mesh(topology, topology.objects.countries, (a, b) => a !== b),
      countries: feature(topology, topology.objects.countries).features.map((f) => ({ name: f.properties.name, shape: f })),
    };
    converted.set(topology, objects);
  }
  return objects;
}

/** The world's land and borders as world-atlas ships them (TopoJSON). */
export type WorldTopology = Topology<{ countries: GeometryCollection<{ name: string }>; land: GeometryCollection }>;

/** d3's projection for a frame, clipped as its geography is: to its extent, and (azimuthal) to a circle around its centre. */
export function clippedProjection(frame: FrameSpec, opts: Pick<LayerOptions, 'tight' | 'precision'>): GeoProjection {
  const [x0, y0, x1, y1] = frame.extent;
  const projection = d3Projection(frame);
  // Nothing past 100 degrees can reach the shipped map's extent; clipping there also keeps
  // polygons around the antipode (South America) from wrapping over the whole map. A computed map
  // clips just beyond its extent's corners: d3 then resamples only what can show (about ten
  // times less work for a regional map, in the browser at load). Its extent may reach much
  // further (a board far wider than its view, computeMap.ts REACH): up to 170 degrees, where
  // the globe's last ring is 8 units thin, so that no board shows land ending in a circle.
  if (frame.kind !== 'conic') projection.clipAngle(opts.tight ? Math.min(TIGHT_CLIP_MAX, reachDegrees(frame) + 3) : 100);
  return projection
    .clipExtent([
      [x0, y0],
      [x1, y1],
    ])
    .precision(opts.precision ?? 0.1);
}

/**
 * Projects, clips, simplifies and quantises the world for one frame, in the format the board
 * paints (mapData.ts). `controls`: points whose d3 positions are kept for a test.
 */
export function buildFrameGeometry(topology: WorldTopology, frame: FrameSpec, opts: LayerOptions, controlPoints: ReadonlyArray<readonly [number, number]> = []): FrameGeometry {
  const [x0, y0, x1, y1] = frame.extent;
  const projection = clippedProjection(frame, opts);

  const record = (object: GeoPermissibleObjects) => {
    const rec = recorder();
    geoPath(projection, rec.context)(object);
    return rec;
  };
  const encodeLines = (rec: ReturnType<typeof recorder>, wantClosed: boolean, { tolerance, minSize }: { tolerance: number; minSize: number } = opts): EncodedLine[] => {
    const out: EncodedLine[] = [];
    rec.lines.forEach((line, i) => {
      if (wantClosed && !rec.closed[i]) return;
      if (extentSize(line) < minSize) return;
      const points = wantClosed ? [...line, line[0]!] : line;
      const simple = simplify(points, tolerance);
      const encoded = encode(wantClosed ? simple.slice(0, -1) : simple, opts.quantum);
      if (encoded.length >= (wantClosed ? 6 : 4)) out.push(encoded);
    });
    return out;
  };
  const layer = (object: GeoPermissibleObjects, wantClosed: boolean, tol?: { tolerance: number; minSize: number }) => encodeLines(record(object), wantClosed, tol);

  const world = worldObjects(topology);
  const graticule = geoGraticule().step([10, 10]).extentMinor([
    [-180, -80.01],
    [180, 80.01],
  ])();
  const landLines = record(world.land);
  // The halo follows the coast: a computed map takes it from the land rings already projected
  // (their cuts along the extent lie outside the view) rather than projecting the coast again.
  const halo = opts.tight ? encodeLines({ ...landLines, closed: landLines.closed.map(() => false) }, false, HALO) : layer(world.coast, false, HALO);

  const bare = d3Projection(frame);
  const controls = controlPoints.map(([lon, lat]) => {
    const [x, y] = bare([lon, lat])!;
    return [lon, lat, Math.round(x * 1000) / 1000, Math.round(y * 1000) / 1000] as [number, number, number, number];
  });

  const open = (lines: EncodedLine[]) => lines.map((l) => pathLine(l, false));
  return {
    center: [frame.center[0], frame.center[1]],
    scale: frame.scale,
    extent: [x0, y0, x1, y1],
    quantum: opts.quantum,
    controls,
    land: encodeLines(landLines, true).map((l) => pathLine(l, true)),
    halo: open(halo),
    borders: open(layer(world.borders, false)),
    graticule: open(layer(graticule, false)),
    ...(opts.countryGrid ? { countries: countriesOf(world.countries, frame, opts, opts.countryGrid) } : {}),
  };
}

/** The countries' cells: their rings projected and clipped as the land's, resampled only as finely as a quarter cell. */
function countriesOf(countries: Countries, frame: FrameSpec, opts: LayerOptions, across: number): CountryCells {
  const [x0, y0, x1, y1] = frame.view ?? frame.extent;
  const cell = Math.max(x1 - x0, y1 - y0) / across;
  const projection = clippedProjection(frame, { ...opts, precision: cell / 4 });
  const rings = countries.map(({ name, shape }) => {
    const rec = recorder();
    geoPath(projection, rec.context)(shape);
    return { name, rings: rec.lines.filter((_, i) => rec.closed[i]) };
  });
  return countryCells(rings, frame.extent, cell);
}
