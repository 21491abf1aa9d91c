// An agreement as the board draws it at a moment of its animation: its route or icon in a colour
// that greys as it is disrupted, a tick when it holds, a cross when it fails, a ring that flashes
// on a change of status. Where it is drawn is agreementLayout.ts's; the shapes, agreementGlyphs.ts's.
import { drawCheck, drawCross, drawKindIcon, drawRoute } from './agreementGlyphs';
import type { AgreementGeometry, StatusLook } from './agreementLayout';
import { mixColor, relationColor, THEME } from './palette';
import type { Pen } from './pen';

/** An agreement's look between two statuses, as its tweens leave it; `flash` 1 .. 0 after a change. */
export type ShownAgreement = StatusLook & { flash: number };

/** Draws one agreement; returns the colour its label takes. */
export function drawAgreementMark(g: Pen, geo: AgreementGeometry, s: ShownAgreement, pending: boolean, u: number): number {
  const color = mixColor(THEME.agreement, THEME.agreementDisrupted, s.grey);
  if (geo.route) drawRoute(g, geo.kind, geo.route, color, s.alpha, u, THEME.badgeFill);
  if (geo.icon) drawKindIcon(g, geo.kind, geo.icon.x, geo.icon.y, 8.5 * u, color, s.alpha, THEME.badgeFill, pending);
  const m = geo.mark;
  if (s.check > 0.01) drawCheck(g, m.x + (geo.icon ? 8 * u : 0), m.y - (geo.icon ? 8 * u : 7 * u), 3.5 * u, THEME.agreement, s.check);
  if (s.cross > 0.01) drawCross(g, m.x, m.y, 5 * u * (0.6 + 0.4 * s.cross), relationColor(-100), s.cross, THEME.badgeFill);
  if (s.flash > 0.01) {
    g.lineStyle(2 * u, THEME.agreement, s.flash);
    g.strokeCircle(m.x, m.y, (9 + 16 * (1 - s.flash)) * u);
  }
  return color;
}

/** Scenario titles can be long; the board shows the start, the panels the rest. */
export function shortLabel(label: string, max = 30): string {
  if (label.length <= max) return label;
  const cut = label.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return (space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:–-]+$/, '') + '…';
}
