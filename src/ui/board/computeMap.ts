// The map computed for a scenario the shipped map cannot hold: a projection that suits the
// region, a frame that holds the points, insets for outlying groups. Pure and deterministic (no
// DOM, no clock), so the board, the CLI's `map` command and the tests all get the same answer.
// The board loads it lazily, with the world's geography (worldGeometry.ts).
import { mapKey, shippedMapFor, type BoardMap, type MapFrame, type MapPoint } from './boardMap';
import type { BoardView } from './boardView';
import { viewPoints } from './layout';
import { lineCrossesRect, tearLines } from './conicTear';
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
 * How far the geography reaches from the view's centre, in the view's larger side: a board of
 * another shape shows more than the view, above and below a wide view, beside a tall one, and
 * under the column of insets. The most, measured on the boards the game lays out
 * (tests/ui/board/mapTear.test.ts): 2.25 for a 1280 x 368 board (a laptop's at double text
 * size) beside an inset; 1.5 for a phone's board, 390 x 700, with one; 1 at most on a laptop's
 * or a wide screen's usual board.
 */
const REACH = 2.3;

/** The rectangle a frame must show for its points: their projected box, at least `min` across, and 14 % more each side for markers and names. */
function viewOf(spec: FrameSpec, points: readonly MapPoint[], role: 'main' | 'inset'): [number, number, number, number] {
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
  // A floor so that two neighbouring towns still show the country around them.
  const min = MIN_VIEW[role];
  const grow = (a: number, b: number) => {
    const size = Math.max(b - a, min);
    const mid = (a + b) / 2;
    const pad = size * 0.14;
    return [mid - size / 2 - pad, mid + size / 2 + pad] as const;
  };
  const [vx0, vx1] = grow(x0, x1);
  const [vy0, vy1] = grow(y0, y1);
  return [vx0, vy0, vx1, vy1];
}

/** What the geography covers around a view: REACH times its larger side each way from its centre, and (azimuthal) no more than the globe. */
function extentOf(spec: FrameSpec, view: readonly [number, number, number, number]): [number, number, number, number] {
  const [x0, y0, x1, y1] = view;
  const half = REACH * Math.max(x1 - x0, y1 - y0);
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  // An azimuthal map's globe ends at its antipode's circle, two radii (scales) from its centre.
  const edge = spec.kind === 'conic' ? Infinity : 2 * spec.scale;
  return [Math.max(cx - half, -edge), Math.max(cy - half, -edge), Math.min(cx + half, edge), Math.min(cy + half, edge)];
}

/**
 * The smallest cap (circle on the globe) holding the points: its centre and radius in degrees.
 * Welzl's incremental construction, in input order: a cap through two points (its diameter) or
 * three; a few dozen points take well under a millisecond. Points spread over more than a
 * hemisphere give a cap over 90 degrees, which nothing here relies on.
 */
export function smallestCap(points: readonly MapPoint[]): { lon: number; lat: number; radius: number } {
  type V = [number, number, number];
  const v = points.map(unit);
  const dot = (a: V, b: V) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
  const norm = (a: V): V => {
    const l = Math.hypot(a[0], a[1], a[2]);
    return l < 1e-12 ? [0, 0, 1] : [a[0] / l, a[1] / l, a[2] / l];
  };
  const two = (a: V, b: V) => {
    const c = norm([a[0] + b[0], a[1] + b[1], a[2] + b[2]]);
    return { c, cos: dot(c, a) };
  };
  const three = (a: V, b: V, d: V) => {
    const [ux, uy, uz] = [b[0] - a[0], b[1] - a[1], b[2] - a[2]];
    const [wx, wy, wz] = [d[0] - a[0], d[1] - a[1], d[2] - a[2]];
    let c = norm([uy * wz - uz * wy, uz * wx - ux * wz, ux * wy - uy * wx]);
    if (dot(c, a) < 0) c = [-c[0], -c[1], -c[2]];
    return { c, cos: dot(c, a) };
  };
  let cap = { c: v[0] ?? ([1, 0, 0] as V), cos: 1 };
  const holds = (p: V) => dot(cap.c, p) >= cap.cos - 1e-12;
  for (let i = 1; i < v.length; i++) {
    if (holds(v[i]!)) continue;
    cap = two(v[0]!, v[i]!);
    for (let j = 0; j < i; j++) {
      if (holds(v[j]!)) continue;
      cap = two(v[i]!, v[j]!);
      for (let k = 0; k < j; k++) if (!holds(v[k]!)) cap = three(v[i]!, v[j]!, v[k]!);
    }
  }
  const [x, y, z] = cap.c;
  return { lon: Math.atan2(y, x) / RAD, lat: Math.asin(Math.max(-1, Math.min(1, z))) / RAD, radius: Math.acos(Math.max(-1, Math.min(1, cap.cos))) / RAD };
}

/**
 * Whether a map of these points should be centred on a pole (north when their centroid is north):
 * all of them in its hemisphere, and the pole among them. Either they lie on every side of it,
 * so that it is inside their outline on the globe (no half of the globe between two opposite
 * meridians holds them all: Utqiagvik, Nuuk and Murmansk do not fit in one, whatever lies
 * further south, Brussels or Beijing), or it lies near the middle of the smallest circle
 * holding them, within a quarter of its radius of its centre, where a map centred on them
 * would be the polar map, turned. Lisbon to Vladivostok is neither: its smallest circle reaches
 * over the pole, but the pole lies 20 degrees from its centre and off its outline.
 */
export function ringsPole(points: readonly MapPoint[], north: boolean): boolean {
  if (!points.every((p) => (north ? p.lat > 0 : p.lat < 0))) return false;
  if (lonRange(points).span > 180) return true;
  const cap = smallestCap(points);
  return 90 - (north ? cap.lat : -cap.lat) <= cap.radius / 4;
}

/**
 * The projection that suits a group of points, all equal-area:
 * - centred on the pole (the Arctic, the Antarctic) when the pole lies among them (ringsPole);
 * - Albers' conic when they stretch east-west (over 30 degrees of arc at their middle latitude,
 *   and 1.5 times their north-south range) in middle latitudes of one hemisphere, and only if
 *   the geography it must draw stays clear of its tear (tearLines): its poles and the cut
 *   opposite its centre. That geography reaches REACH view sides around the view, which today
 *   leaves no band wide enough for a conic (Lisbon to Vladivostok's 1280 x 900 board showed the
 *   cut above the pole): the test keeps a conic from being drawn torn should that change;
 * - otherwise, azimuthal centred on the points' spherical centroid: a compact region, or one
 *   that a conic would tear.
 * Insets are small and always azimuthal.
 */
export function projectionFor(points: readonly MapPoint[], role: 'main' | 'inset'): FrameSpec {
  const c = sphericalCentroid(points);
  const round = (v: number) => Math.round(v * 100) / 100;
  const base = { scale: 1000, extent: [0, 0, 0, 0] as const };
  const azimuthal: FrameSpec = { ...base, center: [round(c.lon), round(c.lat)] };
  if (role === 'inset') return azimuthal;
  const north = c.lat >= 0;
  if (ringsPole(points, north)) return { ...base, center: [round(c.lon), north ? 90 : -90] };

  const { west, span } = lonRange(points);
  const lats = points.map((p) => p.lat);
  const south = Math.min(...lats);
  const northmost = Math.max(...lats);
  const mid = (south + northmost) / 2;
  // How far they spread east-west where they are: a degree of longitude is cos(latitude) of a degree of arc.
  const eastWest = span * Math.cos(mid * RAD);
  const midLat = Math.min(Math.abs(south), Math.abs(northmost));
  if (south * northmost > 0 && midLat >= 15 && eastWest >= 30 && eastWest > 1.5 * (northmost - south)) {
    // The classic choice: standard parallels one sixth of the range in from each end.
    const range = Math.max(northmost - south, 10);
    const conic: FrameSpec = {
      ...base,
      kind: 'conic',
      center: [round(west + span / 2 > 180 ? west + span / 2 - 360 : west + span / 2), round(mid)],
      parallels: [round(mid - range / 3), round(mid + range / 3)],
    };
    const extent = extentOf(conic, viewOf(conic, points, role));
    if (!tearLines(conic).some((line) => lineCrossesRect(line, extent))) return conic;
  }
  return azimuthal;
}

function frameFor(points: readonly MapPoint[], role: 'main' | 'inset'): MapFrame {
  const spec = projectionFor(points, role);
  const r = (v: number) => Math.round(v * 10) / 10;
  const view = viewOf(spec, points, role);
  // The geography reaches well past the view: the board shows more of it than the view where its
  // shape differs (a wide screen, a tall inset).
  const extent = extentOf(spec, view);
  return { ...spec, title: insetTitle(points), view: [r(view[0]), r(view[1]), r(view[2]), r(view[3])], extent: [r(extent[0]), r(extent[1]), r(extent[2]), r(extent[3])] };
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
