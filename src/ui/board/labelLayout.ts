// Where the board's names go (places', agreements'), so that none lies over another name, a badge,
// a mark or a panel, or runs off the board, and each reads as its own point's: a map reader takes a
// name for the nearest thing's, so a place's name stands nearer its point than any other place's
// point or badge, and a line to it is short. A name tries, in this order: beside its point (its
// full text, then its shorter forms, "Seongju" for "Seongju (THAAD site)", "Washington" for
// "Washington (off the map, east)": the arrow says where; on two lines), the same smaller (larger
// text, the reader's, textScale.ts, kept wherever there is room for it), then a little further off
// with a short line to its point (placement.ts leaderLine) that passes under no other name, badge
// or mark. A name with no room near its point is left out, never drawn far off or over another:
// the lists beside the map name every place. Relation lines and routes are soft: a name keeps off
// them where it can. Pure: each request measures its own text, so this runs in Node.
import type { Rect } from './frames';
import { leaderLine, overlap } from './placement';

export interface NameRequest {
  id: string;
  /** The point the name belongs to. */
  x: number;
  y: number;
  /** Distance between the point and the name in the nearest spots. */
  gap: number;
  /** The texts it may show, the full one first. */
  texts: readonly string[];
  /** The font sizes it may take, the one asked for first. */
  sizes: readonly number[];
  measure(text: string, size: number): { w: number; h: number };
  /** Optional names (agreements') take a spot beside their point at the first size, or none. */
  optional: boolean;
  /** Keep the name inside this box (its inset) instead of the whole board. */
  within?: Rect;
  /** Other points (places', badges') the name must stand further from than from its own, to read as its own. */
  rivals?: ReadonlyArray<{ x: number; y: number }>;
  /** Radius of the mark on the point: a line to the name starts under it. */
  mark?: number;
  /** A badge over the point that stands for the same place (Korea's at Seoul): a name beside it is the point's too. */
  home?: Rect;
  /** Other badges: a name nearer its own badge than its point must stand a gap nearer it than any of these. */
  otherBadges?: readonly Rect[];
}

export interface PlacedName {
  id: string;
  text: string;
  size: number;
  rect: Rect;
  /** Beside its point (or the badge on it), or further off with a short line to the point. */
  stand: 'beside' | 'far';
}

export interface NamesLayout {
  placed: Map<string, PlacedName>;
  /** Names that must show and found no room (optional ones are simply not placed). */
  dropped: string[];
}

/** How much a name minds covering a soft obstacle (a line it can be read across) next to a hard one. */
const SOFT_WEIGHT = 0.25;
/** Distances of the spots beside the point, in gaps. */
const NEAR = [1, 2.6];
/**
 * The longest line to a name, in its font sizes, past the point's mark: about a word's height
 * and a half of gap, short enough that the name still stands in its point's neighbourhood (on a
 * phone's board 2 × 15 px is 30 px, under a tenth of its width; Pyongyang to Seoul is about 20).
 */
export const LEADER_MAX = 2;

/** Distance from a point to the nearest spot of a box (0 inside). */
export function boxDistance(r: Rect, p: { x: number; y: number }): number {
  return Math.hypot(Math.max(r.x - p.x, 0, p.x - r.x - r.w), Math.max(r.y - p.y, 0, p.y - r.y - r.h));
}

/** Distance between two boxes (0 where they touch or overlap). */
function gapBetween(a: Rect, b: Rect): number {
  return Math.hypot(Math.max(a.x - b.x - b.w, 0, b.x - a.x - a.w), Math.max(a.y - b.y - b.h, 0, b.y - a.y - a.h));
}

/** How far a name's box stands from its point, or from the badge that stands on it. */
export function distanceToOwn(r: Rect, own: Pick<NameRequest, 'x' | 'y' | 'home'>): number {
  return Math.min(boxDistance(r, own), own.home ? gapBetween(r, own.home) : Infinity);
}

/** A name more than two gaps from its point and from the badge on it has a line to the point (placement.ts leaderLine). */
export function standOf(r: Rect, own: Pick<NameRequest, 'x' | 'y' | 'home' | 'gap'>): PlacedName['stand'] {
  return distanceToOwn(r, own) > 2 * own.gap ? 'far' : 'beside';
}

/** Whether a name's box reads as its point's: nearer to it than to any rival point. */
export function readsAsOwn(r: Rect, own: Pick<NameRequest, 'x' | 'y' | 'home' | 'rivals' | 'otherBadges' | 'gap'>): boolean {
  const d = distanceToOwn(r, own);
  // Beside its badge rather than its point, it must read as that badge's, clearly (a gap nearer)
  // rather than a neighbour's (half a gap nearer): badges are large, a corner's pixel or two is not seen.
  const byBadge = d < boxDistance(r, own);
  return (own.rivals ?? []).every((p) => boxDistance(r, p) > d) && (!byBadge || (own.otherBadges ?? []).every((b) => gapBetween(r, b) > d + own.gap / 2));
}

/**
 * The texts a place's name may take, preferred first: in full, then without the edge's words, then
 * without a last "(…)"; each on one line, then on two.
 */
export function nameForms(name: string, offMap: string | null): string[] {
  const forms = offMap ? [`${name} (${offMap})`, name] : [name];
  const bare = name.replace(/\s*\([^()]*\)\s*$/, '');
  if (bare && bare !== name) forms.push(bare);
  return forms.flatMap((f) => {
    const wrapped = twoLines(f);
    return wrapped ? [f, wrapped] : [f];
  });
}

/** The text on two lines ("\n" between): before its "(…)", else at the space nearest its middle; null for one word. */
export function twoLines(text: string): string | null {
  const paren = text.indexOf(' (');
  if (paren > 0) return `${text.slice(0, paren)}\n${text.slice(paren + 1)}`;
  const spaces = [...text.matchAll(/ /g)].map((m) => m.index);
  if (spaces.length === 0) return null;
  const mid = text.length / 2;
  const at = spaces.reduce((a, b) => (Math.abs(b - mid) < Math.abs(a - mid) ? b : a));
  return `${text.slice(0, at)}\n${text.slice(at + 1)}`;
}

/** Font sizes from `wanted` down to `least`, each about 15 % under the one before. */
export function sizesDown(wanted: number, least: number): number[] {
  const out = [wanted];
  for (let s = Math.round(wanted * 0.85); s > least; s = Math.round(s * 0.85)) if (s < out.at(-1)!) out.push(s);
  if (least < out.at(-1)!) out.push(least);
  return out;
}

function holds(outer: Rect, inner: Rect): boolean {
  return outer.x <= inner.x && outer.y <= inner.y && outer.x + outer.w >= inner.x + inner.w && outer.y + outer.h >= inner.y + inner.h;
}

/** Top-left corners of a w × h name beside box `b` (a point: an empty box) at `gap`: right, left, above, below, then the diagonals (right of the point reads most naturally). */
function beside(b: Rect, w: number, h: number, gap: number): Array<[number, number]> {
  const d = gap * 0.7;
  const [l, r, t, u, cx, cy] = [b.x, b.x + b.w, b.y, b.y + b.h, b.x + b.w / 2, b.y + b.h / 2];
  return [
    [r + gap, cy - h / 2],
    [l - gap - w, cy - h / 2],
    [cx - w / 2, t - gap - h],
    [cx - w / 2, u + gap],
    [r + d, t - d - h],
    [r + d, u + d],
    [l - d - w, t - d - h],
    [l - d - w, u + d],
  ];
}

/** The same sides slid along, so that the point faces the name's end rather than its middle. */
function slid(x: number, y: number, w: number, h: number, gap: number): Array<[number, number]> {
  return [0.15, 0.85].flatMap((f): Array<[number, number]> => [
    [x + gap, y - f * h],
    [x - gap - w, y - f * h],
    [x - f * w, y - gap - h],
    [x - f * w, y + gap],
  ]);
}

/** Sixteen directions around (x, y), the name's nearest edge `dist` from the point. */
function around(x: number, y: number, w: number, h: number, dist: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let k = 0; k < 16; k++) {
    const a = (k * Math.PI) / 8;
    const c = Math.cos(a);
    const s = Math.sin(a);
    const r = dist + (Math.abs(c) * w) / 2 + (Math.abs(s) * h) / 2;
    out.push([x + c * r - w / 2, y + s * r - h / 2]);
  }
  return out;
}

/** Whether the segment from `a` to `b` passes through the inside of `r` (Liang–Barsky clipping). */
export function crosses(a: { x: number; y: number }, b: { x: number; y: number }, r: Rect): boolean {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  let t0 = 0;
  let t1 = 1;
  for (const [p, q] of [
    [-dx, a.x - r.x],
    [dx, r.x + r.w - a.x],
    [-dy, a.y - r.y],
    [dy, r.y + r.h - a.y],
  ] as const) {
    if (p === 0) {
      if (q <= 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 >= t1) return false;
  }
  return true;
}

/** Thin boxes along a leader line, for later names to keep off. */
function along(a: { x: number; y: number }, b: { x: number; y: number }): Rect[] {
  const pieces = Math.max(1, Math.ceil(Math.hypot(b.x - a.x, b.y - a.y) / 10));
  const out: Rect[] = [];
  for (let k = 0; k < pieces; k++) {
    const x0 = a.x + ((b.x - a.x) * k) / pieces;
    const y0 = a.y + ((b.y - a.y) * k) / pieces;
    const x1 = a.x + ((b.x - a.x) * (k + 1)) / pieces;
    const y1 = a.y + ((b.y - a.y) * (k + 1)) / pieces;
    out.push({ x: Math.min(x0, x1) - 2, y: Math.min(y0, y1) - 2, w: Math.abs(x1 - x0) + 4, h: Math.abs(y1 - y0) + 4 });
  }
  return out;
}

/**
 * Places the names, each clear of `obstacles`, the names before it and the board (`bounds`, or its
 * own `within`); `soft` boxes (relation lines) are avoided where possible. In the order given; then,
 * where some name had to shrink, stand off or be left out, once more with those names first
 * (a crowded spot's name before its neighbours' easier ones), keeping whichever places them better.
 */
export function layoutNames(requests: readonly NameRequest[], obstacles: readonly Rect[], bounds: Rect, soft: readonly Rect[] = []): NamesLayout {
  const first = placeInOrder(requests, obstacles, bounds, soft);
  const troubled = new Set(requests.filter((r) => (first.costs.get(r.id) ?? 0) >= SIZE_COST).map((r) => r.id));
  let best = first;
  if (troubled.size > 0 && troubled.size < requests.length) {
    const again = placeInOrder([...requests.filter((r) => troubled.has(r.id)), ...requests.filter((r) => !troubled.has(r.id))], obstacles, bounds, soft);
    const total = (l: typeof first) => [...l.costs.values()].reduce((a, b) => a + b, 0);
    if (total(again) < total(first)) best = again;
  }
  return { placed: best.placed, dropped: best.dropped };
}

/** What a name's place costs: each shorter form 1, each smaller size 10, standing off with a line 50, left out 1000. */
const SIZE_COST = 10;
const FAR_COST = 50;
const DROP_COST = 1000;

function placeInOrder(requests: readonly NameRequest[], obstacles: readonly Rect[], bounds: Rect, soft: readonly Rect[]): NamesLayout & { costs: Map<string, number> } {
  const taken: Rect[] = [...obstacles];
  const names: Rect[] = [];
  const leaders: Rect[] = [];
  const placed = new Map<string, PlacedName>();
  const costs = new Map<string, number>();
  const dropped: string[] = [];
  for (const r of requests) {
    const box = r.within ?? bounds;
    // Spots beside the point, and beside the badge on it.
    const homes: Rect[] = [{ x: r.x, y: r.y, w: 0, h: 0 }, ...(r.home ? [r.home] : [])];
    // A box that holds the whole allowed area (the inset, for its own names) is no obstacle.
    const hard = taken.filter((t) => !holds(t, box));
    // A line to the point under another name, or under a badge or a mark further off, would read
    // as theirs; the badge or mark on or next to the point (its actor's, its own) it may leave from.
    const blocking = [...names.filter((t) => boxDistance(t, r) > 0), ...hard.filter((t) => !names.includes(t) && boxDistance(t, r) > r.gap * NEAR.at(-1)!)];
    /** The free spot of least soft cost among `corners`, in their order, that reads as the point's, or null; `reach`: the furthest it may stand, with a line that passes under nothing. */
    const best = (corners: Array<[number, number]>, w: number, h: number, reach?: number): Rect | null => {
      let found: Rect | null = null;
      let cost = Infinity;
      for (const [x, y] of corners) {
        if (x < box.x || y < box.y || x + w > box.x + box.w || y + h > box.y + box.h) continue;
        const rect = { x, y, w, h };
        // A line goes from the point: its length counts from there, even beside the badge on it.
        if (reach !== undefined && boxDistance(rect, r) > reach) continue;
        if (hard.some((t) => overlap(rect, t) > 0)) continue;
        // Nor over an earlier name's line, which would then seem to lead to this one.
        if (leaders.some((t) => overlap(rect, t) > 0)) continue;
        if (!readsAsOwn(rect, r)) continue;
        const leader = reach !== undefined && distanceToOwn(rect, r) > 2 * r.gap ? leaderLine(r, rect) : null;
        if (leader && blocking.some((n) => crosses(leader.from, leader.to, n))) continue;
        const c = SOFT_WEIGHT * soft.reduce((sum, t) => sum + overlap(rect, t), 0);
        if (c < cost) {
          found = rect;
          cost = c;
          if (c === 0) break;
        }
      }
      return found;
    };
    const measured = new Map<string, { w: number; h: number }>();
    const measure = (text: string, size: number) => {
      const key = `${size} ${text}`;
      const m = measured.get(key) ?? r.measure(text, size);
      measured.set(key, m);
      return m;
    };
    const sizes = r.optional ? r.sizes.slice(0, 1) : r.sizes;
    let done: (PlacedName & { cost: number }) | null = null;
    // Beside the point: every text at a size (its usual spots, then slid along), then the next size.
    search: for (const [s, size] of sizes.entries()) {
      for (const [t, text] of r.texts.entries()) {
        const { w, h } = measure(text, size);
        const rect = best(NEAR.flatMap((k) => homes.flatMap((b) => beside(b, w, h, r.gap * k))), w, h) ?? best(NEAR.flatMap((k) => slid(r.x, r.y, w, h, r.gap * k)), w, h);
        if (rect) {
          done = { id: r.id, text, size, rect, stand: standOf(rect, r), cost: s * SIZE_COST + t };
          break search;
        }
      }
    }
    // A name that must show: a little further off, ring by ring, with a short line to its point.
    if (!done && !r.optional) {
      far: for (const [s, size] of sizes.entries()) {
        const reach = (r.mark ?? 0) + LEADER_MAX * size;
        const step = Math.max(2, size / 4);
        for (let dist = r.gap * NEAR.at(-1)! + step; dist <= reach; dist += step) {
          for (const [t, text] of r.texts.entries()) {
            const { w, h } = measure(text, size);
            const rect = best([...homes.flatMap((b) => beside(b, w, h, dist)), ...slid(r.x, r.y, w, h, dist), ...around(r.x, r.y, w, h, dist)], w, h, reach);
            if (rect) {
              done = { id: r.id, text, size, rect, stand: standOf(rect, r), cost: FAR_COST + s * SIZE_COST + t };
              break far;
            }
          }
        }
      }
    }
    if (done) {
      const { cost, ...name } = done;
      placed.set(r.id, name);
      costs.set(r.id, cost);
      taken.push(name.rect);
      names.push(name.rect);
      const leader = name.stand === 'far' ? leaderLine(r, name.rect) : null;
      if (leader) leaders.push(...along(leader.from, leader.to));
    } else if (!r.optional) {
      dropped.push(r.id);
      costs.set(r.id, DROP_COST);
    }
  }
  return { placed, dropped, costs };
}
