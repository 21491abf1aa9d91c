// The marks of the view's places on the board (their names are painted with the map: staticMap.ts).
// A shape for each kind, so that disputed islands, capitals, sites and cities differ without colour.
import type { BoardPlace, PlaceKind } from './boardView';
import type { Anchor } from './frames';
import { strokeDashed } from './agreementGlyphs';
import { THEME } from './palette';
import type { Pen } from './pen';
import type { Pt } from './strokes';

/** The radius a place's mark takes, for labels and lines to keep off. */
export const placeMarkRadius = (kind: PlaceKind, u: number) => (kind === 'islands' ? 10 : 4.5) * u;

export function drawPlaceMarks(g: Pen, places: readonly BoardPlace[], anchors: ReadonlyMap<string, Anchor>, u: number): void {
  for (const p of places) {
    const a = anchors.get(p.id);
    if (!a) continue;
    if (a.where === 'edge') {
      // Off the shipped map (Washington): an arrow at the edge, its name says so.
      const r = 6 * u;
      const [dx, dy] = [Math.cos(a.angle), Math.sin(a.angle)];
      g.fillStyle(THEME.placeDot, 1);
      g.fillTriangle(a.x + dx * r, a.y + dy * r, a.x - dx * r * 0.6 - dy * r * 0.7, a.y - dy * r * 0.6 + dx * r * 0.7, a.x - dx * r * 0.6 + dy * r * 0.7, a.y - dy * r * 0.6 - dx * r * 0.7);
      continue;
    }
    switch (p.kind) {
      case 'islands':
        // Disputed islands: a dashed ring in amber (a shape cue as well as a colour).
        strokeDashed(g, circlePoints(a.x, a.y, 10 * u), 4 * u, 3 * u, 1.8 * u, THEME.disputed, 0.95);
        g.fillStyle(THEME.disputed, 1);
        g.fillCircle(a.x, a.y, 2.2 * u);
        break;
      case 'capital':
        g.lineStyle(1.5 * u, THEME.placeDot, 1);
        g.strokeCircle(a.x, a.y, 4.5 * u);
        g.fillStyle(THEME.placeDot, 1);
        g.fillCircle(a.x, a.y, 2 * u);
        break;
      case 'site':
        g.fillStyle(THEME.placeDot, 1);
        g.fillTriangle(a.x, a.y - 4.5 * u, a.x + 4.5 * u, a.y, a.x, a.y + 4.5 * u);
        g.fillTriangle(a.x, a.y - 4.5 * u, a.x - 4.5 * u, a.y, a.x, a.y + 4.5 * u);
        break;
      case 'city':
        g.fillStyle(0x0b1622, 1);
        g.fillCircle(a.x, a.y, 3.6 * u);
        g.fillStyle(THEME.placeDot, 1);
        g.fillCircle(a.x, a.y, 2.6 * u);
        break;
    }
  }
}

function circlePoints(x: number, y: number, r: number): Pt[] {
  const out: Pt[] = [];
  for (let i = 0; i <= 32; i++) out.push([x + r * Math.cos((i / 32) * Math.PI * 2), y + r * Math.sin((i / 32) * Math.PI * 2)]);
  return out;
}
