// Line geometry the Graphics API lacks: curved relation lines, dashes and dots along a
// polyline, and trimming a line where it meets a marker's box.
import type { Rect } from './frames';

export type Pt = readonly [number, number];

/** A gentle arc from a to b (quadratic Bézier), bowed to the same side for every line. */
export function arcPoints(a: Pt, b: Pt, bow: number, segments = 24): Pt[] {
  const mx = (a[0] + b[0]) / 2;
  const my = (a[1] + b[1]) / 2;
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len = Math.hypot(dx, dy) || 1;
  const cx = mx - (dy / len) * len * bow;
  const cy = my + (dx / len) * len * bow;
  const out: Pt[] = [];
  for (let i = 0; i <= segments; i++) {
    const t = i / segments;
    const u = 1 - t;
    out.push([u * u * a[0] + 2 * u * t * cx + t * t * b[0], u * u * a[1] + 2 * u * t * cy + t * t * b[1]]);
  }
  return out;
}

export function polylineLength(points: readonly Pt[]): number {
  let total = 0;
  for (let i = 1; i < points.length; i++) total += Math.hypot(points[i]![0] - points[i - 1]![0], points[i]![1] - points[i - 1]![1]);
  return total;
}

/** The point and direction at distance `d` along a polyline. */
export function pointAt(points: readonly Pt[], d: number): { x: number; y: number; angle: number } {
  let left = d;
  for (let i = 1; i < points.length; i++) {
    const [x0, y0] = points[i - 1]!;
    const [x1, y1] = points[i]!;
    const seg = Math.hypot(x1 - x0, y1 - y0);
    if (left <= seg || i === points.length - 1) {
      const t = seg > 0 ? Math.min(1, left / seg) : 0;
      return { x: x0 + (x1 - x0) * t, y: y0 + (y1 - y0) * t, angle: Math.atan2(y1 - y0, x1 - x0) };
    }
    left -= seg;
  }
  const p = points[0] ?? [0, 0];
  return { x: p[0], y: p[1], angle: 0 };
}

/** Splits a polyline into dashes: `on` pixels drawn, `off` pixels skipped, from `phase`. */
export function dashes(points: readonly Pt[], on: number, off: number, phase = 0): Pt[][] {
  const out: Pt[][] = [];
  if (points.length < 2) return out;
  const period = on + off;
  let d = ((phase % period) + period) % period; // position within the current period
  let drawing = d < on;
  let current: Pt[] | null = drawing ? [points[0]!] : null;
  for (let i = 1; i < points.length; i++) {
    let [x0, y0] = points[i - 1]!;
    const [x1, y1] = points[i]!;
    let left = Math.hypot(x1 - x0, y1 - y0);
    while (left > 1e-9) {
      const toChange = drawing ? on - d : period - d;
      if (toChange > left) {
        d += left;
        if (drawing) current!.push([x1, y1]);
        break;
      }
      const t = toChange / left;
      const nx = x0 + (x1 - x0) * t;
      const ny = y0 + (y1 - y0) * t;
      if (drawing) {
        current!.push([nx, ny]);
        out.push(current!);
        current = null;
        d = on;
      } else {
        current = [[nx, ny]];
        d = 0;
      }
      drawing = !drawing;
      left -= toChange;
      x0 = nx;
      y0 = ny;
    }
  }
  if (current && current.length > 1) out.push(current);
  return out;
}

/** Where the segment from inside `r` at `from` towards `to` leaves the box (or `to` if it never does). */
export function exitPoint(r: Rect, from: Pt, to: Pt): Pt {
  const dx = to[0] - from[0];
  const dy = to[1] - from[1];
  let t = 1;
  if (dx > 0) t = Math.min(t, (r.x + r.w - from[0]) / dx);
  if (dx < 0) t = Math.min(t, (r.x - from[0]) / dx);
  if (dy > 0) t = Math.min(t, (r.y + r.h - from[1]) / dy);
  if (dy < 0) t = Math.min(t, (r.y - from[1]) / dy);
  t = Math.max(0, t);
  return [from[0] + dx * t, from[1] + dy * t];
}

/** Drops the ends of a polyline that fall inside the given boxes (the markers it joins). */
export function trimInside(points: readonly Pt[], start: Rect | null, end: Rect | null): Pt[] {
  const inside = (r: Rect | null, p: Pt) => r !== null && p[0] > r.x && p[0] < r.x + r.w && p[1] > r.y && p[1] < r.y + r.h;
  let i0 = 0;
  while (i0 < points.length - 1 && inside(start, points[i0 + 1]!)) i0++;
  let i1 = points.length - 1;
  while (i1 > i0 + 1 && inside(end, points[i1 - 1]!)) i1--;
  const out = points.slice(i0, i1 + 1);
  if (out.length >= 2 && start && inside(start, out[0]!)) out[0] = exitPoint(start, out[0]!, out[1]!);
  const n = out.length;
  if (n >= 2 && end && inside(end, out[n - 1]!)) out[n - 1] = exitPoint(end, out[n - 1]!, out[n - 2]!);
  return out;
}
