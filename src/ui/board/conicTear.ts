// Where a conic map is torn, and whether a rectangle of it meets the tear: computed maps use a
// conic only where their geography stays clear of it (computeMap.ts). Kept out of projection.ts,
// which the shipped scenarios' board chunk carries.
import { projectUnits, type FrameSpec } from './projection';

/**
 * Where a conic map is torn, as polylines in projected units: the meridian opposite its centre,
 * cut open into two straight rays (the empty wedge between them), and each pole, an arc with
 * nothing beyond it. Land meets these lines with straight edges, so no board may show them.
 * An azimuthal map has no such line short of its antipode (clipped away long before).
 */
export function tearLines(frame: FrameSpec): Array<Array<[number, number]>> {
  if (frame.kind !== 'conic') return [];
  const line = (n: number, at: (t: number) => [number, number]) => Array.from({ length: n + 1 }, (_, i) => projectUnits(frame, ...at(i / n))!);
  // 1e-9 degrees either side of the cut: the two edges of the wedge.
  const cut = (side: number) => line(180, (t) => [frame.center[0] + side * (180 - 1e-9), -90 + 180 * t]);
  const pole = (lat: number) => line(360, (t) => [frame.center[0] - 180 + 1e-9 + (360 - 2e-9) * t, lat]);
  return [cut(1), cut(-1), pole(90), pole(-90)];
}

/** True when a polyline passes through the rectangle [x0, y0, x1, y1] (a segment may cross it with no point inside). */
export function lineCrossesRect(line: ReadonlyArray<readonly [number, number]>, rect: readonly [number, number, number, number]): boolean {
  const [x0, y0, x1, y1] = rect;
  for (let i = 0; i + 1 < line.length; i++) {
    const [ax, ay] = line[i]!;
    const [bx, by] = line[i + 1]!;
    // Liang-Barsky: clip the segment's parameter range to each slab.
    let t0 = 0;
    let t1 = 1;
    const dx = bx - ax;
    const dy = by - ay;
    const slabs: Array<[number, number]> = [
      [-dx, ax - x0],
      [dx, x1 - ax],
      [-dy, ay - y0],
      [dy, y1 - ay],
    ];
    let inside = true;
    for (const [p, q] of slabs) {
      if (p === 0) {
        if (q < 0) inside = false;
        continue;
      }
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
    }
    if (inside && t0 <= t1) return true;
  }
  return false;
}
