// Keeps markers and labels from piling up: markers that overlap are pushed apart (Seoul and
// Pyongyang are 200 km apart), labels try a few spots around their point and take the first
// free one. Deterministic: same input, same layout.
import type { Rect } from './frames';

export interface Box {
  id: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

export function overlap(a: Rect, b: Rect): number {
  const ox = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
  const oy = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
  return ox > 0 && oy > 0 ? ox * oy : 0;
}

function holds(outer: Rect, inner: Rect): boolean {
  return outer.x <= inner.x && outer.y <= inner.y && outer.x + outer.w >= inner.x + inner.w && outer.y + outer.h >= inner.y + inner.h;
}

/**
 * Moves centred boxes apart until no two overlap (given `gap`), keeping them inside `bounds`.
 * Boxes listed in `pinned` do not move. Returns the new centres.
 */
export function spreadBoxes(boxes: readonly Box[], bounds: Rect, gap: number, pinned: ReadonlySet<string> = new Set()): Map<string, { x: number; y: number }> {
  const pos = boxes.map((b) => ({ ...b }));
  for (let iter = 0; iter < 60; iter++) {
    let moved = false;
    for (let i = 0; i < pos.length; i++) {
      for (let j = i + 1; j < pos.length; j++) {
        const a = pos[i]!;
        const b = pos[j]!;
        const px = (a.w + b.w) / 2 + gap - Math.abs(a.x - b.x);
        const py = (a.h + b.h) / 2 + gap - Math.abs(a.y - b.y);
        if (px <= 0 || py <= 0) continue;
        moved = true;
        const aFixed = pinned.has(a.id);
        const bFixed = pinned.has(b.id);
        if (aFixed && bFixed) continue;
        const share = aFixed ? [0, 1] : bFixed ? [1, 0] : [0.5, 0.5];
        // Push along the axis that needs the smaller move; ties break by id order.
        if (px < py * 1.6) {
          const dir = a.x < b.x || (a.x === b.x && a.id < b.id) ? -1 : 1;
          a.x += dir * px * share[0]!;
          b.x -= dir * px * share[1]!;
        } else {
          const dir = a.y < b.y || (a.y === b.y && a.id < b.id) ? -1 : 1;
          a.y += dir * py * share[0]!;
          b.y -= dir * py * share[1]!;
        }
      }
    }
    for (const p of pos) {
      if (pinned.has(p.id)) continue;
      p.x = Math.max(bounds.x + p.w / 2, Math.min(bounds.x + bounds.w - p.w / 2, p.x));
      p.y = Math.max(bounds.y + p.h / 2, Math.min(bounds.y + bounds.h - p.h / 2, p.y));
    }
    if (!moved) break;
  }
  return new Map(pos.map((p) => [p.id, { x: p.x, y: p.y }]));
}

export interface LabelRequest {
  id: string;
  /** The point the label names. */
  x: number;
  y: number;
  w: number;
  h: number;
  /** Distance between the point and the label. */
  gap: number;
  /** A label that cannot find a free spot is dropped instead of overlapping. */
  optional: boolean;
  /** Keep the label inside this box (e.g. the inset) instead of the whole board. */
  within?: Rect;
}

/** How much a label minds covering a soft obstacle (a line it can be read across) next to a hard one. */
const SOFT_WEIGHT = 0.25;

/**
 * Label rectangle (top-left corner) for each request, or null when dropped. `soft` obstacles
 * (e.g. relation lines) are avoided where possible but never make an optional label drop.
 */
export function placeLabels(requests: readonly LabelRequest[], obstacles: readonly Rect[], bounds: Rect, soft: readonly Rect[] = []): Map<string, Rect | null> {
  const taken: Rect[] = [...obstacles];
  const out = new Map<string, Rect | null>();
  for (const r of requests) {
    // Right, left, above, below, then the diagonals (right-of-point reads most naturally);
    // then the same a little further out, before giving up; a name that must show, further still
    // rather than under a badge or a deal's mark (a phone's crowded board hid Pyongyang so).
    // The third ring is tried only when the first two have no spot clear of hard obstacles: a
    // name beside its point across a line reads better than one far from it.
    const spots: Array<[number, number, boolean]> = [];
    for (const gap of r.optional ? [r.gap, r.gap * 2.6] : [r.gap, r.gap * 2.6, r.gap * 4.5]) {
      const far = gap === r.gap * 4.5;
      const ring: Array<[number, number]> = [
        [r.x + gap, r.y - r.h / 2],
        [r.x - gap - r.w, r.y - r.h / 2],
        [r.x - r.w / 2, r.y - gap - r.h],
        [r.x - r.w / 2, r.y + gap],
        [r.x + gap * 0.7, r.y - gap * 0.7 - r.h],
        [r.x + gap * 0.7, r.y + gap * 0.7],
        [r.x - gap * 0.7 - r.w, r.y - gap * 0.7 - r.h],
        [r.x - gap * 0.7 - r.w, r.y + gap * 0.7],
      ];
      for (const [x, y] of ring) spots.push([x, y, far]);
    }
    const box = r.within ?? bounds;
    let best: Rect | null = null;
    let bestCost = Infinity;
    let bestHard = Infinity;
    for (const [x, y, far] of spots) {
      if (far && bestHard === 0) break;
      const rect = { x, y, w: r.w, h: r.h };
      const outside = x < box.x || y < box.y || x + r.w > box.x + box.w || y + r.h > box.y + box.h;
      if (outside) continue;
      // A box that holds the whole allowed area (the inset, for its own labels) is no obstacle.
      const hard = taken.reduce((sum, t) => sum + (holds(t, box) ? 0 : overlap(rect, t)), 0);
      const cost = hard + SOFT_WEIGHT * soft.reduce((sum, t) => sum + overlap(rect, t), 0);
      if (cost < bestCost) {
        best = rect;
        bestCost = cost;
        bestHard = hard;
        if (cost === 0) break;
      }
    }
    if (best && (bestHard === 0 || !r.optional)) {
      taken.push(best);
      out.set(r.id, best);
    } else {
      out.set(r.id, null);
    }
  }
  return out;
}

/**
 * A thin line from a point to its name when the name had to stand further off than the first ring
 * (more than twice its gap away): on a crowded phone board "Seoul" ended up beside another place's
 * mark with nothing to say whose name it was. From the point to the nearest spot of the name's box;
 * null when the name is close enough to read as the point's.
 */
export function leaderLine(request: Pick<LabelRequest, 'x' | 'y' | 'gap'>, rect: Rect): { from: { x: number; y: number }; to: { x: number; y: number } } | null {
  const from = { x: request.x, y: request.y };
  const to = { x: Math.max(rect.x, Math.min(rect.x + rect.w, from.x)), y: Math.max(rect.y, Math.min(rect.y + rect.h, from.y)) };
  return Math.hypot(to.x - from.x, to.y - from.y) > 2 * request.gap ? { from, to } : null;
}
