// The key in the bottom-left corner: what colours, dashes, bars and icons mean. Drawn with the
// same functions as the board so the two cannot drift apart, onto a 2D canvas (legendLayer.ts).
import type { AlignmentSides } from '../alignmentWords';
import type { AgreementKind } from './boardView';
import { drawCheck, drawCross, drawKindIcon, drawRoute, strokeDashed, strokeDotted, strokePolyline } from './agreementGlyphs';
import { LEGEND_SIZE } from './frames';
import { FONT, THEME, css, relationColor, relationStroke } from './palette';
import { CanvasPen } from './pen';

const KINDS: ReadonlyArray<[AgreementKind, string]> = [
  ['railway', 'rail'],
  ['pipeline', 'pipe'],
  ['facility', 'base'],
  ['summit', 'summit'],
  ['finance', 'funds'],
  ['military', 'arms'],
  ['territory', 'land'],
];

/** Paints the legend with its top-left corner at (x, y), in CSS pixels of the board. */
export function paintLegend(ctx: CanvasRenderingContext2D, x: number, y: number, u: number, playerName: string, sides: AlignmentSides): void {
  ctx.save();
  ctx.translate(x, y);
  const g = new CanvasPen(ctx);
  const W = LEGEND_SIZE.w * u;
  const H = LEGEND_SIZE.h * u;
  g.fillStyle(THEME.panel, 0.86);
  g.fillRoundedRect(0, 0, W, H, 6 * u);
  g.lineStyle(1, THEME.panelEdge, 0.9);
  g.strokeRoundedRect(0.5, 0.5, W - 1, H - 1, 6 * u);

  // Texts are placed by their left edge (origin 0) or centre (0.5), vertically by their middle; a
  // long one (a scenario's names: up to 60 characters) is narrowed to end inside the panel.
  const text = (x: number, y: number, s: string, size: number, color: number = THEME.textMuted, origin = 0, weight = '') => {
    ctx.font = `${weight} ${Math.round(size * u)}px ${FONT}`.trim();
    ctx.fillStyle = css(color);
    ctx.textAlign = origin === 0 ? 'left' : 'center';
    ctx.textBaseline = 'middle';
    ctx.fillText(s, x, y, origin === 0 ? W - x - 6 * u : W - 12 * u);
  };

  const left = 10 * u;
  const barW = W - 20 * u;
  text(left, 11 * u, `Relation with ${playerName}`, 11, THEME.text, 0, 'bold');

  // Colour scale, -100 .. 100.
  const steps = 40;
  for (let i = 0; i < steps; i++) {
    g.fillStyle(relationColor(-100 + (200 * (i + 0.5)) / steps), 1);
    g.fillRect(left + (barW * i) / steps, 21 * u, barW / steps + 0.5, 6 * u);
  }
  // Line samples under the scale: dashed = hostile, dotted = neutral, solid = close.
  const sampleY = 36 * u;
  const third = barW / 3;
  const sample = (value: number, x0: number) => {
    const pts = [
      [x0 + 6 * u, sampleY],
      [x0 + third - 6 * u, sampleY],
    ] as const;
    const s = relationStroke(value);
    const color = relationColor(value);
    if (s.style === 'solid') strokePolyline(g, pts, s.width * u, color, 1);
    else if (s.style === 'dashed') strokeDashed(g, pts, 8 * u, 5 * u, s.width * u, color, 1);
    else strokeDotted(g, pts, 6 * u, 1.4 * u, color, 1);
  };
  sample(-80, left);
  sample(0, left + third);
  sample(80, left + 2 * third);
  text(left + third / 2, 47 * u, 'hostile', 10, THEME.textMuted, 0.5);
  text(left + third * 1.5, 47 * u, 'neutral', 10, THEME.textMuted, 0.5);
  text(left + third * 2.5, 47 * u, 'close', 10, THEME.textMuted, 0.5);

  // A sample badge: trust bar inside, alignment pointer below.
  const bx = left;
  const by = 60 * u;
  const bw = 38 * u;
  const bh = 20 * u;
  g.fillStyle(THEME.badgeFill, 1);
  g.fillRoundedRect(bx, by, bw, bh, 4 * u);
  g.lineStyle(2 * u, relationColor(40), 1);
  g.strokeRoundedRect(bx, by, bw, bh, 4 * u);
  g.fillStyle(0x2c3b4d, 1);
  g.fillRect(bx + 4 * u, by + bh - 5 * u, bw - 8 * u, 2.5 * u);
  g.fillStyle(0xe6edf5, 1);
  g.fillRect(bx + 4 * u, by + bh - 5 * u, (bw - 8 * u) * 0.6, 2.5 * u);
  const ay = by + bh + 4 * u;
  g.lineStyle(1, THEME.textMuted, 0.7);
  g.lineBetween(bx + 4 * u, ay, bx + bw - 4 * u, ay);
  g.fillStyle(0xffffff, 1);
  const px = bx + 4 * u + (bw - 8 * u) * 0.75;
  g.fillTriangle(px, ay - 1 * u, px - 3.5 * u, ay + 5 * u, px + 3.5 * u, ay + 5 * u);
  text(bx + bw + 8 * u, by + 5 * u, 'bar inside: trust, 0 to 100', 10);
  text(bx + bw + 8 * u, by + 19 * u, `pointer below, the lean: ${sides.low} ◂ ▸ ${sides.high}`, 10);

  // Agreement kinds.
  const iconY = 104 * u;
  const step = barW / KINDS.length;
  KINDS.forEach(([kind, name], i) => {
    const x = left + step * (i + 0.5);
    drawKindIcon(g, kind, x, iconY, 8 * u, THEME.agreement, 1, THEME.badgeFill, false);
    text(x, iconY + 15 * u, name, 8.5, THEME.textMuted, 0.5);
  });

  // Agreement status, on a short railway each.
  const statusY = 143 * u;
  const quarter = barW / 4;
  const statuses = ['pending', 'active', 'done', 'disrupted'] as const;
  statuses.forEach((status, i) => {
    const x0 = left + quarter * i + 4 * u;
    const x1 = x0 + quarter - 8 * u;
    const pts = [
      [x0, statusY],
      [x1, statusY],
    ] as const;
    const color = status === 'disrupted' ? THEME.agreementDisrupted : THEME.agreement;
    const alpha = status === 'pending' ? 0.4 : status === 'done' ? 0.75 : 1;
    drawRoute(g, 'railway', pts, color, alpha, u * 0.8, THEME.badgeFill);
    const mx = (x0 + x1) / 2;
    if (status === 'done') drawCheck(g, mx, statusY - 7 * u, 3.5 * u, THEME.agreement, 1);
    if (status === 'disrupted') drawCross(g, mx, statusY, 4 * u, relationColor(-100), 1, THEME.badgeFill);
    text(mx, statusY + 12 * u, status, 9, THEME.textMuted, 0.5);
  });
  ctx.restore();
}
