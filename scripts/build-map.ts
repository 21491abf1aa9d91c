// Builds assets/map/east-asia.json from Natural Earth (world-atlas, 1:50m): projects with
// d3-geo, clips to each frame's extent, simplifies and quantises, so the browser ships
// neither world-atlas nor d3. Run: npx tsx scripts/build-map.ts
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { geoAzimuthalEqualArea, geoGraticule, geoPath, type GeoContext, type GeoPermissibleObjects } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { INSET_FRAME, MAIN_FRAME, type FrameSpec } from '../src/ui/board/projection';
import { MAP_FORMAT, linePoints, type FrameGeometry, type MapData, type PathLine } from '../src/ui/board/mapData';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const atlasPath = require.resolve('world-atlas/countries-50m.json');
const atlasVersion = (JSON.parse(readFileSync(require.resolve('world-atlas/package.json'), 'utf8')) as { version: string }).version;
const topology = JSON.parse(readFileSync(atlasPath, 'utf8')) as Topology<{
  countries: GeometryCollection<{ name: string }>;
  land: GeometryCollection;
}>;

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

/** Points projected here by d3, so a test can check the browser's projection against d3. */
const CONTROL_POINTS: Array<[number, number]> = [
  [37.62, 55.75], // Moscow
  [49.12, 55.79], // Kazan
  [131.89, 43.12], // Vladivostok
  [116.4, 39.9], // Beijing
  [139.69, 35.69], // Tokyo
  [103.82, 1.35], // Singapore
  [106.85, -6.21], // Jakarta
  [146.9, 44.3], // Southern Kurils
  [95, -10],
  [150, 62],
];

interface LayerOptions {
  tolerance: number;
  minSize: number;
  quantum: number;
}

function buildFrame(frame: FrameSpec, opts: LayerOptions): FrameGeometry {
  const [x0, y0, x1, y1] = frame.extent;
  const projection = geoAzimuthalEqualArea()
    .rotate([-frame.center[0], -frame.center[1]])
    .scale(frame.scale)
    .translate([0, 0])
    // Nothing past 100 degrees can reach the extent; clipping there also keeps polygons
    // around the antipode (South America) from wrapping over the whole map.
    .clipAngle(100)
    .clipExtent([
      [x0, y0],
      [x1, y1],
    ])
    .precision(0.1);

  const layer = (object: GeoPermissibleObjects, wantClosed: boolean, { tolerance, minSize } = opts): EncodedLine[] => {
    const rec = recorder();
    geoPath(projection, rec.context)(object);
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

  const land = feature(topology, topology.objects.land);
  const coast = mesh(topology, topology.objects.land);
  const borders = mesh(topology, topology.objects.countries, (a, b) => a !== b);
  const graticule = geoGraticule().step([10, 10]).extentMinor([
    [-180, -80.01],
    [180, 80.01],
  ])();

  const bare = geoAzimuthalEqualArea()
    .rotate([-frame.center[0], -frame.center[1]])
    .scale(frame.scale)
    .translate([0, 0]);
  const controls = CONTROL_POINTS.map(([lon, lat]) => {
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
    land: layer(land, true).map((l) => pathLine(l, true)),
    halo: open(layer(coast, false, HALO)),
    borders: open(layer(borders, false)),
    graticule: open(layer(graticule, false)),
  };
}

/** One ring per line: the file stays diffable and still compact. */
function stringify(data: MapData): string {
  const frame = (g: FrameGeometry) =>
    [
      '{',
      `  "center": ${JSON.stringify(g.center)}, "scale": ${g.scale}, "extent": ${JSON.stringify(g.extent)}, "quantum": ${g.quantum},`,
      `  "controls": ${JSON.stringify(g.controls)},`,
      ...(['land', 'halo', 'borders', 'graticule'] as const).map(
        (key, i, keys) => `  "${key}": [\n${g[key].map((l) => '   ' + JSON.stringify(l)).join(',\n')}\n  ]${i < keys.length - 1 ? ',' : ''}`,
      ),
      '}',
    ].join('\n');
  return `{"format": ${JSON.stringify(data.format)}, "source": ${JSON.stringify(data.source)},\n"main": ${frame(data.main)},\n"inset": ${frame(data.inset)}\n}\n`;
}

const data: MapData = {
  format: MAP_FORMAT,
  source: `Natural Earth 1:50m (public domain) via world-atlas ${atlasVersion} countries-50m.json; built by scripts/build-map.ts`,
  main: buildFrame(MAIN_FRAME, { tolerance: 0.8, minSize: 1, quantum: 2 }),
  inset: buildFrame(INSET_FRAME, { tolerance: 0.8, minSize: 1, quantum: 2 }),
};

const outPath = resolve(root, 'assets/map/east-asia.json');
mkdirSync(dirname(outPath), { recursive: true });
const text = stringify(data);
JSON.parse(text); // the hand-rolled writer must still produce valid JSON
writeFileSync(outPath, text);

const count = (g: FrameGeometry) =>
  `${g.land.length} rings, ${g.halo.length + g.borders.length} lines, ${[...g.land, ...g.halo, ...g.borders, ...g.graticule].reduce((n, l) => n + linePoints(l, 1).length, 0)} points`;
console.log(`wrote ${outPath} (${(text.length / 1024).toFixed(0)} KiB)`);
console.log(`  main:  ${count(data.main)}`);
console.log(`  inset: ${count(data.inset)}`);
