// The lines from the player's badge to each actor's: where they run (bowed to miss other badges,
// trimmed to the badges' edges, from the inset's edge when the player is shown in one), how they
// are stroked (colour and dash by relation), and the thin boxes along them that labels keep off.
import { strokeDashed, strokeDotted, strokePolyline } from './agreementGlyphs';
import { contains, type BoardFrames, type Rect } from './frames';
import { relationColor, relationStroke, THEME } from './palette';
import type { Pen } from './pen';
import { arcPoints, trimInside, type Pt } from './strokes';

/** How much relation lines bow, as a share of their length. */
export const BOW = 0.12;

export const centre = (b: Rect): Pt => [b.x + b.w / 2, b.y + b.h / 2];

const inside = (r: Rect, p: Pt) => contains(r, p[0], p[1]);

/** What the lines start from: the inset the player is shown in (they leave at its edge), or the player's badge. */
export function lineStart(from: Pt, playerBox: Rect, frames: BoardFrames): { box: Rect; fromInset: boolean } {
  const inset = frames.insets.find((i) => inside(i.rect, from))?.rect;
  return { box: inset ?? playerBox, fromInset: inset !== undefined };
}

/** A relation line's points, from the start's edge to the actor's badge's edge (to the badge's centre without one). */
export function relationPoints(from: Pt, to: Pt, bow: number, start: Rect, end: Rect | null): Pt[] {
  return trimInside(arcPoints(from, to, bow), start, end);
}

/** The bow, to one side or the other, whose line crosses fewer of the other boxes. */
export function chooseBow(from: Pt, to: Pt, others: readonly Rect[]): number {
  const cost = (bow: number) =>
    arcPoints(from, to, bow)
      .slice(2, -2)
      .reduce((n, p) => n + others.filter((o) => inside(o, p)).length, 0);
  return cost(-BOW) < cost(BOW) ? -BOW : BOW;
}

export interface RelationLine {
  points: readonly Pt[];
  relation: number;
  /** Extra width right after a change, 1 .. 0. */
  boost: number;
  alpha: number;
}

/** Each line over a dark casing (legible over land and sea alike), solid, dashed or dotted by relation; in order, the last on top. */
export function drawRelationLines(g: Pen, lines: readonly RelationLine[], u: number): void {
  for (const { points, relation, boost, alpha } of lines) {
    if (points.length < 2) continue;
    const color = relationColor(relation);
    const stroke = relationStroke(relation);
    const width = stroke.width * u * (1 + 0.9 * boost);
    strokePolyline(g, points, width + 2.5 * u, 0x07111b, 0.45 * alpha);
    if (stroke.style === 'solid') strokePolyline(g, points, width, color, alpha);
    else if (stroke.style === 'dashed') strokeDashed(g, points, 10 * u, 6 * u, width, color, alpha);
    else strokeDotted(g, points, 7 * u, Math.max(1.3 * u, width * 0.75), color, alpha);
  }
}

/** Where the lines leave the inset the player is shown in: a small port on its edge for each. */
export function drawInsetPorts(g: Pen, ports: readonly Pt[], u: number): void {
  g.fillStyle(THEME.playerFill, 0.9);
  for (const [x, y] of ports) g.fillCircle(x, y, 2.2 * u);
}

/** Thin boxes along polylines, in short pieces so that a long diagonal does not claim the whole rectangle around it. */
export function boxesAlong(paths: Iterable<readonly Pt[]>, ui: number): Rect[] {
  const half = 3 * ui;
  const out: Rect[] = [];
  for (const pts of paths) {
    for (let i = 1; i < pts.length; i++) {
      const [x0, y0] = pts[i - 1]!;
      const [x1, y1] = pts[i]!;
      const pieces = Math.max(1, Math.ceil(Math.hypot(x1 - x0, y1 - y0) / (12 * ui)));
      for (let k = 0; k < pieces; k++) {
        const ax = x0 + ((x1 - x0) * k) / pieces;
        const ay = y0 + ((y1 - y0) * k) / pieces;
        const bx = x0 + ((x1 - x0) * (k + 1)) / pieces;
        const by = y0 + ((y1 - y0) * (k + 1)) / pieces;
        out.push({ x: Math.min(ax, bx) - half, y: Math.min(ay, by) - half, w: Math.abs(bx - ax) + 2 * half, h: Math.abs(by - ay) + 2 * half });
      }
    }
  }
  return out;
}
