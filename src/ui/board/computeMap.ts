// The map computed for a scenario the shipped map cannot hold: a projection that suits the
// region, a frame that holds the points, insets for outlying groups. Pure and deterministic (no
// DOM, no clock), so the board, the CLI's `map` command and the tests all get the same answer.
// The board loads it lazily, with the world's geography (worldGeometry.ts).
import { mapKey, shippedMapFor, type BoardMap, type MapFrame, type MapPoint } from './boardMap';
import type { BoardView } from './boardView';
import { viewPoints } from './layout';
import { projectUnits, type FrameSpec } from './projection';

/** Points linked closer than this (great-circle degrees) share a frame; a group beyond it gets an inset. */
export const LINK_DEGREES = 35;
/** More outlying groups than this are not insets: everything goes on one wide main board. */
export const MAX_INSETS = 3;

const RAD = Math.PI / 180;

/** The board map for these points (the player, the actors and the places, in that order). */
export function chooseBoardMap(points: readonly MapPoint[]): BoardMap {
  return shippedMapFor(points) ?? computeBoardMap(points.filter((p) => Number.isFinite(p.lon) && Number.isFinite(p.lat)));
}

/** A map made for these points, never the shipped one (the CLI can show both). */
export function computeBoardMap(points: readonly MapPoint[]): BoardMap {
  const groups = linkGroups(points);
  // The main board holds the largest group; on a tie, the player's (the first point's).
  const mainIndex = groups.reduce((best, g, i) => (g.length > groups[best]!.length ? i : best), 0);
  let main = groups[mainIndex]!;
  let outliers = groups.filter((_, i) => i !== mainIndex);
  if (outliers.length > MAX_INSETS) {
    main = [...points];
    outliers = [];
  }
  const home: Record<string, number> = {};
  outliers.forEach((g, i) => g.forEach((p) => (home[p.id] = i)));
  const mainFrame = frameFor(main, 'main');
  const insets = outliers.map((g) => frameFor(g, 'inset'));
  return { key: mapKey(points), prepared: null, main: mainFrame, insets, home };
}

function unit(p: { lon: number; lat: number }): [number, number, number] {
  const lon = p.lon * RAD;
  const lat = p.lat * RAD;
  return [Math.cos(lat) * Math.cos(lon), Math.cos(lat) * Math.sin(lon), Math.sin(lat)];
}

/** Great-circle distance in degrees. */
export function arcDegrees(a: { lon: number; lat: number }, b: { lon: number; lat: number }): number {
  const [ax, ay, az] = unit(a);
  const [bx, by, bz] = unit(b);
  return Math.acos(Math.max(-1, Math.min(1, ax * bx + ay * by + az * bz))) / RAD;
}

/** Single-linkage groups: points chained by steps shorter than LINK_DEGREES, in input order. */
function linkGroups(points: readonly MapPoint[]): MapPoint[][] {
  const group = points.map((_, i) => i);
  const find = (i: number): number => (group[i] === i ? i : (group[i] = find(group[i]!)));
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) {
      if (arcDegrees(points[i]!, points[j]!) < LINK_DEGREES) group[find(j)] = find(i);
    }
  }
  const byRoot = new Map<number, MapPoint[]>();
  points.forEach((p, i) => {
    const root = find(i);
    byRoot.set(root, [...(byRoot.get(root) ?? []), p]);
  });
  return [...byRoot.values()];
}

/** Mean direction of the points on the sphere, as lon/lat (the first point where they cancel out). */
export function sphericalCentroid(points: readonly MapPoint[]): { lon: number; lat: number } {
  let x = 0;
  let y = 0;
  let z = 0;
  for (const p of points) {
    const [a, b, c] = unit(p);
    x += a;
    y += b;
    z += c;
  }
  const len = Math.hypot(x, y, z);
  if (len < 1e-9 * points.length) return { lon: points[0]!.lon, lat: points[0]!.lat };
  return { lon: Math.atan2(y, x) / RAD, lat: Math.asin(z / len) / RAD };
}

/** The narrowest range of longitudes holding all points: [west, width], west in -180 .. 180. */
function lonRange(points: readonly MapPoint[]): { west: number; span: number } {
  const lons = [...new Set(points.map((p) => ((((p.lon + 180) % 360) + 360) % 360) - 180))].sort((a, b) => a - b);
  if (lons.length < 2) return { west: lons[0] ?? 0, span: 0 };
  // The widest gap between neighbouring longitudes is the part of the globe left out.
  let gapAt = lons.length - 1;
  let gap = lons[0]! + 360 - lons[lons.length - 1]!;
  for (let i = 0; i + 1 < lons.length; i++) {
    const g = lons[i + 1]! - lons[i]!;
    if (g > gap) {
      gap = g;
      gapAt = i;
    }
  }
  return { west: lons[(gapAt + 1) % lons.length]!, span: 360 - gap };
}

/** Minimum size of a frame's view, projected units (1000 per radian: 300 is about 1,900 km). */
const MIN_VIEW = { main: 300, inset: 160 } as const;

/**
 * The projection that suits a group of points: azimuthal equal-area centred on them (a compact
 * region); centred on the pole when they ring it (the Arctic); Albers' conic when they stretch
 * far east-west in middle latitudes (Lisbon to Vladivostok), where an azimuthal map would bend
 * the ends. Insets are small and always azimuthal.
 */
export function projectionFor(points: readonly MapPoint[], role: 'main' | 'inset'): FrameSpec {
  const c = sphericalCentroid(points);
  const { west, span } = lonRange(points);
  const lats = points.map((p) => p.lat);
  const south = Math.min(...lats);
  const north = Math.max(...lats);
  const round = (v: number) => Math.round(v * 100) / 100;
  const base = { scale: 1000, extent: [0, 0, 0, 0] as const };
  // Around the pole: points on most sides of it, or all of them in the polar circle's latitudes.
  const polarSide = c.lat > 0 ? south : -north;
  if (role === 'main' && Math.abs(c.lat) >= 60 && (span >= 200 || polarSide >= 60)) {
    return { ...base, center: [round(c.lon), c.lat > 0 ? 90 : -90] };
  }
  const sameSide = south * north > 0;
  const midLat = Math.min(Math.abs(south), Math.abs(north));
  if (role === 'main' && sameSide && midLat >= 15 && span >= 50 && span > 1.5 * (north - south)) {
    // The classic choice: standard parallels one sixth of the range in from each end.
    const range = Math.max(north - south, 10);
    const mid = (south + north) / 2;
    return {
      ...base,
      kind: 'conic',
      center: [round(west + span / 2 > 180 ? west + span / 2 - 360 : west + span / 2), round(mid)],
      parallels: [round(mid - range / 3), round(mid + range / 3)],
    };
  }
  return { ...base, center: [round(c.lon), round(c.lat)] };
}

function frameFor(points: readonly MapPoint[], role: 'main' | 'inset'): MapFrame {
  const spec = projectionFor(points, role);
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const p of points) {
    const q = projectUnits(spec, p.lon, p.lat);
    if (!q) continue;
    x0 = Math.min(x0, q[0]);
    y0 = Math.min(y0, q[1]);
    x1 = Math.max(x1, q[0]);
    y1 = Math.max(y1, q[1]);
  }
  // Room around the outermost points for their markers and names, and a floor so that two
  // neighbouring towns still show the country around them.
  const min = MIN_VIEW[role];
  const grow = (a: number, b: number) => {
    const size = Math.max(b - a, min);
    const mid = (a + b) / 2;
    const pad = size * 0.14;
    return [mid - size / 2 - pad, mid + size / 2 + pad] as const;
  };
  const [vx0, vx1] = grow(x0, x1);
  const [vy0, vy1] = grow(y0, y1);
  const r = (v: number) => Math.round(v * 10) / 10;
  const view = [r(vx0), r(vy0), r(vx1), r(vy1)] as const;
  // The geography reaches well past the view: the board shows more of it than the view where its
  // shape differs (a wide screen, a tall inset).
  const side = Math.max(vx1 - vx0, vy1 - vy0);
  const extent = [r(vx0 - side * 0.6), r(vy0 - side * 0.6), r(vx1 + side * 0.6), r(vy1 + side * 0.6)] as const;
  return { ...spec, title: insetTitle(points), view, extent };
}

/** An inset is named after what it shows: "Washington", "Lima, Quito", "Paris + 3 more". */
function insetTitle(points: readonly MapPoint[]): string {
  const names = points.map((p) => p.name);
  if (names.length <= 2) return names.join(', ');
  return `${names[0]} + ${names.length - 1} more`;
}

let lastMap: { key: string; map: BoardMap } | null = null;

/** The board map of a view, kept while its points stay the same (a view changes every turn). */
export function boardMapOf(view: Pick<BoardView, 'player' | 'actors' | 'places'>): BoardMap {
  const points = viewPoints(view);
  const key = mapKey(points);
  if (lastMap?.key !== key) lastMap = { key, map: chooseBoardMap(points) };
  return lastMap.map;
}
