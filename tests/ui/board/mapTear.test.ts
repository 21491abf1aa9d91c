// A computed map is never torn: on every board the game lays out, land ends only at a coast.
// A conic map used to tear: its poles are arcs with nothing beyond, and the meridian behind its
// centre is cut open into an empty wedge; land met them with long straight edges (a teacher's
// Arctic file at 1280 x 900, Lisbon to Vladivostok). And a tall board beside a wide view showed
// past the geography's extent, where land stopped in a straight line.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoPath, type GeoContext } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import type { BoardMap, MapFrame, MapPoint } from '../../../src/ui/board/boardMap';
import { computeBoardMap } from '../../../src/ui/board/computeMap';
import { computeFrames } from '../../../src/ui/board/frames';
import { WORLD_ATLAS, WORLD_LAYERS, buildFrameGeometry, clippedProjection, worldObjects, type WorldTopology } from '../../../src/ui/board/geoBuild';
import { linePoints } from '../../../src/ui/board/mapData';
import { lineCrossesRect, tearLines } from '../../../src/ui/board/conicTear';
import type { FrameSpec } from '../../../src/ui/board/projection';
import { ANTARCTIC, ARCTIC_HELSINKI, ARCTIC_OPENS, LISBON_VLADIVOSTOK, POLE_RING, SAHEL, SOUTH_AMERICA } from './regionPoints';

const topology = JSON.parse(readFileSync(createRequire(import.meta.url).resolve(WORLD_ATLAS), 'utf8')) as WorldTopology;

const SETS: Array<[string, MapPoint[]]> = [
  ['the Arctic with Brussels and Beijing', ARCTIC_OPENS],
  ['the Arctic with Helsinki', ARCTIC_HELSINKI],
  ['Lisbon to Vladivostok', LISBON_VLADIVOSTOK],
  ['points around the North Pole', POLE_RING],
  ['Antarctica', ANTARCTIC],
  ['the Sahel from Paris', SAHEL],
  ['South America', SOUTH_AMERICA],
];

/**
 * Boards the game lays out (the map's canvas, CSS pixels): a 1280 x 900 window's, a 1920 x 1080
 * window's, a phone's (and one held upright), 400 % zoom, the CLI's and debrief's SVG, a small
 * window's, a 1280 x 800 window's one column at double text size, tall tablets'.
 */
const BOARDS = [
  [580, 780],
  [1220, 960],
  [390, 388],
  [390, 700],
  [320, 209],
  [1200, 800],
  [800, 600],
  [1280, 368],
  [900, 1200],
  [700, 1000],
] as const;

/** What each board shows of each frame, in projected units: [frame, x0, y0, x1, y1]. */
function shown(map: BoardMap): Array<[MapFrame, [number, number, number, number]]> {
  const out: Array<[MapFrame, [number, number, number, number]]> = [];
  for (const [w, h] of BOARDS) {
    const frames = computeFrames(w, h, map, map.insets.map((_, i) => i));
    // The main frame's geography fills the whole board; an inset's, its panel.
    const boards = [{ frame: map.main, fit: frames.main, rect: { x: 0, y: 0, w, h } }, ...frames.insets.map((i) => ({ frame: i.frame, fit: i.fit, rect: i.rect }))];
    for (const { frame, fit, rect } of boards) {
      out.push([frame, [(rect.x - fit.ox) / fit.k, (rect.y - fit.oy) / fit.k, (rect.x + rect.w - fit.ox) / fit.k, (rect.y + rect.h - fit.oy) / fit.k]]);
    }
  }
  return out;
}

/** The coastline, projected and clipped as the land is, as segments on a grid for nearness queries. */
function coastIndex(frame: FrameSpec) {
  const cell = 8;
  const grid = new Map<string, Array<[number, number, number, number]>>();
  let last: [number, number] | null = null;
  const add = (a: [number, number], b: [number, number]) => {
    for (let i = Math.floor((Math.min(a[0], b[0]) - 3) / cell); i <= Math.floor((Math.max(a[0], b[0]) + 3) / cell); i++) {
      for (let j = Math.floor((Math.min(a[1], b[1]) - 3) / cell); j <= Math.floor((Math.max(a[1], b[1]) + 3) / cell); j++) {
        const k = `${i},${j}`;
        grid.set(k, [...(grid.get(k) ?? []), [a[0], a[1], b[0], b[1]]]);
      }
    }
  };
  const context: GeoContext = {
    beginPath() {},
    moveTo: (x, y) => void (last = [x, y]),
    lineTo: (x, y) => {
      if (last) add(last, [x, y]);
      last = [x, y];
    },
    closePath() {},
    arc() {},
  };
  geoPath(clippedProjection(frame, WORLD_LAYERS), context)(worldObjects(topology).coast);
  return (x: number, y: number) => {
    let best = Infinity;
    for (const [ax, ay, bx, by] of grid.get(`${Math.floor(x / cell)},${Math.floor(y / cell)}`) ?? []) {
      const dx = bx - ax;
      const dy = by - ay;
      const len2 = dx * dx + dy * dy;
      const t = len2 > 0 ? Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / len2)) : 0;
      best = Math.min(best, Math.hypot(ax + t * dx - x, ay + t * dy - y));
    }
    return best;
  };
}

/** The edges of a frame's land rings that follow no coast, the extent's edge nor the globe's rim: its tears. */
function tears(frame: FrameSpec): string[] {
  const geometry = buildFrameGeometry(topology, frame, WORLD_LAYERS);
  const nearCoast = coastIndex(frame);
  const [x0, y0, x1, y1] = frame.extent;
  const onSide = (p: [number, number], q: [number, number]) =>
    [0, 1].some((axis) => [frame.extent[axis]!, frame.extent[axis + 2]!].some((v) => Math.abs(p[axis]! - v) < 0.6 && Math.abs(q[axis]! - v) < 0.6));
  // An azimuthal map's geography reaches 170 degrees from its centre: the globe's last 8 units.
  const rim = 2 * frame.scale * Math.sin((165 * Math.PI) / 360);
  const atRim = (p: [number, number]) => frame.kind !== 'conic' && Math.hypot(p[0], p[1]) > rim;
  const out: string[] = [];
  for (const line of geometry.land) {
    const ring = linePoints(line, geometry.quantum);
    ring.forEach((p, i) => {
      const q = ring[(i + 1) % ring.length]!;
      if (Math.hypot(q[0] - p[0], q[1] - p[1]) < 1 || onSide(p, q) || (atRim(p) && atRim(q))) return;
      const d = nearCoast((p[0] + q[0]) / 2, (p[1] + q[1]) / 2);
      // Simplified at 0.8 units, resampled at 0.4, quantised to 0.5: a coast edge lies within 2.5 of it.
      if (d > 2.5) out.push(`${p.map(Math.round)} to ${q.map(Math.round)} (extent ${[x0, y0, x1, y1].map(Math.round)})`);
    });
  }
  return out;
}

describe('a computed map is never torn', () => {
  it.each(SETS)('%s: every land edge is a coast, the extent\'s edge or the globe\'s rim', (_, points) => {
    const map = computeBoardMap(points);
    for (const frame of [map.main, ...map.insets]) expect(tears(frame)).toEqual([]);
  });

  it.each(SETS)('%s: no board the game lays out shows past the geography (but past the globe)', (_, points) => {
    const map = computeBoardMap(points);
    for (const [frame, [sx0, sy0, sx1, sy1]] of shown(map)) {
      const [x0, y0, x1, y1] = frame.extent;
      // Past an azimuthal map's antipode circle there is no globe to draw.
      const globe = frame.kind === 'conic' ? Infinity : 2 * frame.scale;
      expect(Math.max(sx0, -globe)).toBeGreaterThanOrEqual(x0 - 0.1);
      expect(Math.max(sy0, -globe)).toBeGreaterThanOrEqual(y0 - 0.1);
      expect(Math.min(sx1, globe)).toBeLessThanOrEqual(x1 + 0.1);
      expect(Math.min(sy1, globe)).toBeLessThanOrEqual(y1 + 0.1);
    }
  });

  it("finds the conic's tear where a board showed it: the map the Arctic file got, and that Lisbon to Vladivostok got", () => {
    // The frames chosen before: both tear their geography (the first test's check: the Arctic's
    // two straight edges along the cut), and their tear lines cross their extents.
    const arctic: FrameSpec = { kind: 'conic', center: [-61.86, 65.84], parallels: [55.85, 75.83], scale: 1000, extent: [-1226.2, -1224, 1488.2, 838.3] };
    const lisbon: FrameSpec = { kind: 'conic', center: [68.68, 45.74], parallels: [39.04, 52.44], scale: 1000, extent: [-2528.8, -1822.2, 2513.5, 1339] };
    for (const frame of [arctic, lisbon]) {
      expect(tears(frame).length).toBeGreaterThan(0);
      expect(tearLines(frame).some((l) => lineCrossesRect(l, frame.extent))).toBe(true);
    }
    // A conic frame kept to middle latitudes, clear of both, is whole.
    const band: FrameSpec = { ...lisbon, extent: [-1000, -400, 1000, 300] };
    expect(tearLines(band).some((l) => lineCrossesRect(l, band.extent))).toBe(false);
    expect(tears(band)).toEqual([]);
    // An azimuthal map has no tear line.
    expect(tearLines({ center: [0, 90], scale: 1000, extent: [-2000, -2000, 2000, 2000] })).toEqual([]);
  });
});
