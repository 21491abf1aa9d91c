// Where the names the board left out (boardPlan.ts `dropped`) go when the reader asks for them
// (leftOutLayer.ts): each in a box of its own, near its point, with a line to the point where it
// stands off; none over another or over a button, and over no other text on the board (names,
// badges, labels) where the board has room for that anywhere. A name asked for may stand further
// off than labelLayout.ts lets a name stay for good: the line and a ring round its point show whose
// it is, and it goes again when the reader is done. And which part of a left-out place's mark the
// pointer can take (hover, a tap), off the badges that lie over it. Pure: unit-tested in Node.
import type { Rect } from './frames';
import { overlap } from './placement';

export interface CalloutRequest {
  id: string;
  /** The place's point, and its mark's radius. */
  x: number;
  y: number;
  r: number;
  /** The callout's size as measured. */
  w: number;
  h: number;
}

export interface Callout {
  id: string;
  rect: Rect;
  /** From the mark's edge to the callout, where it stands off its point. */
  line: { from: { x: number; y: number }; to: { x: number; y: number } } | null;
}

export interface CalloutRoom {
  width: number;
  height: number;
  /** Text the callouts keep off where they can: names, badges, agreements' labels, panels. */
  text: readonly Rect[];
  /** What they keep off where they can, much less than text: marks, the map's country and sea names. */
  soft: readonly Rect[];
  /** What they never cover: the board's buttons. */
  hard: readonly Rect[];
}

/** Around the point, from east, in sixteen directions. */
const ANGLES = Array.from({ length: 16 }, (_, i) => (i * Math.PI) / 8);
const MARGIN = 4;
/**
 * What a pixel further off costs: a line across a name 30 pixels long (a dot every 3 pixels, 10
 * each) about as bad as standing 50 further off; across another name's line, 200.
 */
const PER_PIXEL = 2;

/** The nearest spot of a box to a point. */
function nearest(r: Rect, p: { x: number; y: number }): { x: number; y: number } {
  return { x: Math.max(r.x, Math.min(p.x, r.x + r.w)), y: Math.max(r.y, Math.min(p.y, r.y + r.h)) };
}

type Pt = { x: number; y: number };
type Segment = { from: Pt; to: Pt };

/** The line from a mark's edge to its callout, where it stands off its point. */
function lineTo(rect: Rect, q: CalloutRequest): Segment | null {
  const to = nearest(rect, q);
  const gap = Math.hypot(to.x - q.x, to.y - q.y);
  return gap > q.r + 4 ? { from: { x: q.x + ((to.x - q.x) / gap) * q.r, y: q.y + ((to.y - q.y) / gap) * q.r }, to } : null;
}

/** Points every 3 pixels along a line. */
function along({ from, to }: Segment): Pt[] {
  const n = Math.max(1, Math.ceil(Math.hypot(to.x - from.x, to.y - from.y) / 3));
  return Array.from({ length: n + 1 }, (_, i) => ({ x: from.x + ((to.x - from.x) * i) / n, y: from.y + ((to.y - from.y) * i) / n }));
}

const inside = (r: Rect, p: Pt) => p.x > r.x && p.x < r.x + r.w && p.y > r.y && p.y < r.y + r.h;

/** Whether two lines cross. */
function crosses(a: Segment, b: Segment): boolean {
  const side = (p: Pt, q: Pt, r: Pt) => Math.sign((q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x));
  return side(a.from, a.to, b.from) * side(a.from, a.to, b.to) < 0 && side(b.from, b.to, a.from) * side(b.from, b.to, a.to) < 0;
}

/**
 * Each callout: the nearest spot (sixteen directions, rings further out) that covers nothing (text,
 * soft, a callout placed before it or its line) and whose line crosses nothing; else the one that
 * costs least, covering text the most, standing off the least. Never over a button or another
 * callout, never over its own mark. Placed one after the other, in the order asked and the other
 * way round, whichever costs less: the first placed takes the best spot, which may be the one the
 * next one needed (Beijing's over Vladivostok sent Pyongyang's across a phone's board).
 */
export function placeCallouts(requests: readonly CalloutRequest[], room: CalloutRoom): Callout[] {
  const forth = placeInOrder(requests, room);
  if (requests.length < 2) return forth.callouts;
  const back = placeInOrder([...requests].reverse(), room);
  const chosen = back.cost < forth.cost ? back.callouts : forth.callouts;
  return requests.map((q) => chosen.find((c) => c.id === q.id)!);
}

function placeInOrder(requests: readonly CalloutRequest[], room: CalloutRoom): { callouts: Callout[]; cost: number } {
  const out: Callout[] = [];
  const placed: Rect[] = [];
  const lines: Segment[] = [];
  let total = 0;
  const bounds = { x: MARGIN, y: MARGIN, w: room.width - 2 * MARGIN, h: room.height - 2 * MARGIN };
  const area = (rect: Rect, under: readonly Rect[]) => under.reduce((s, t) => s + overlap(rect, t), 0);
  for (const q of requests) {
    const own = { x: q.x - q.r, y: q.y - q.r, w: 2 * q.r, h: 2 * q.r };
    const step = Math.max(4, q.h / 2);
    const far = Math.hypot(room.width, room.height);
    let best: { rect: Rect; cost: number } | null = null;
    // Ring by ring outwards, until the rings are further than the best spot's cost (its distance, where it covers nothing).
    for (let d = q.r + 3; d <= far && !(best && best.cost < d * PER_PIXEL); d += step) {
      for (const a of ANGLES) {
        const [cx, cy] = [Math.cos(a), Math.sin(a)];
        // Its edge at distance d along the ray: the box's half-extent along it, further.
        const half = Math.min(Math.abs(cx) > 1e-9 ? q.w / 2 / Math.abs(cx) : Infinity, Math.abs(cy) > 1e-9 ? q.h / 2 / Math.abs(cy) : Infinity);
        const w = Math.min(q.w, bounds.w);
        const x = Math.max(bounds.x, Math.min(bounds.x + bounds.w - w, q.x + cx * (d + half) - q.w / 2));
        const y = Math.max(bounds.y, Math.min(bounds.y + bounds.h - q.h, q.y + cy * (d + half) - q.h / 2));
        const rect = { x, y, w, h: q.h };
        if (overlap(rect, own) > 0 || room.hard.some((h) => overlap(rect, h) > 0) || placed.some((p) => overlap(rect, p) > 0)) continue;
        // Its cost, cheapest terms first: a spot already dearer than the best found is left at once.
        const to = nearest(rect, q);
        let cost = Math.hypot(to.x - q.x, to.y - q.y) * PER_PIXEL + area(rect, room.text) * 1e6;
        if (best && cost >= best.cost) continue;
        const line = lineTo(rect, q);
        const dots = line ? along(line).filter((p) => !inside(own, p)) : [];
        const count = (under: readonly Rect[]) => dots.reduce((n, p) => n + (under.some((r) => inside(r, p)) ? 1 : 0), 0);
        const crossed = line ? lines.filter((l) => crosses(line, l)).length : 0;
        const covered = lines.reduce((n, l) => n + along(l).filter((p) => inside(rect, p)).length, 0);
        cost += (count(placed) + covered) * 1e4 + count(room.text) * 10 + crossed * 400 + area(rect, room.soft) + count(room.soft) * 10;
        if (!best || cost < best.cost) best = { rect, cost };
      }
    }
    // Nowhere at all (a board smaller than the callout): the board's top-left corner.
    const rect = best?.rect ?? { x: bounds.x, y: bounds.y, w: Math.min(q.w, bounds.w), h: q.h };
    const line = lineTo(rect, q);
    placed.push(rect);
    if (line) lines.push(line);
    out.push({ id: q.id, rect, line });
    total += best?.cost ?? Infinity;
  }
  return { callouts: out, cost: total };
}

/**
 * The part of a mark the pointer takes: a square `size` wide round its point (a finger's target,
 * WCAG's 24 px), cut back off the badges over it (which keep their own hover and tap), to the
 * largest piece that keeps the point; null where a badge covers the point.
 */
export function markTarget(x: number, y: number, size: number, badges: readonly Rect[], bounds: Rect): Rect | null {
  let r: Rect = { x: x - size / 2, y: y - size / 2, w: size, h: size };
  r = clip(r, bounds);
  for (const b of badges) {
    if (overlap(r, b) <= 0) continue;
    const pieces: Rect[] = [
      { x: r.x, y: r.y, w: b.x - r.x, h: r.h },
      { x: b.x + b.w, y: r.y, w: r.x + r.w - b.x - b.w, h: r.h },
      { x: r.x, y: r.y, w: r.w, h: b.y - r.y },
      { x: r.x, y: b.y + b.h, w: r.w, h: r.y + r.h - b.y - b.h },
    ].filter((p) => p.w > 0 && p.h > 0 && x >= p.x && x <= p.x + p.w && y >= p.y && y <= p.y + p.h);
    if (pieces.length === 0) return null;
    r = pieces.reduce((a, c) => (c.w * c.h > a.w * a.h ? c : a));
  }
  return r;
}

function clip(r: Rect, b: Rect): Rect {
  const x = Math.max(r.x, b.x);
  const y = Math.max(r.y, b.y);
  return { x, y, w: Math.max(0, Math.min(r.x + r.w, b.x + b.w) - x), h: Math.max(0, Math.min(r.y + r.h, b.y + b.h) - y) };
}
