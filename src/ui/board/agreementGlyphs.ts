// How each kind of agreement looks: an icon at a place, or a styled line along a route.
// Shapes differ by kind (not only colour) so they can be told apart without colour vision.
import type { AgreementKind } from './boardView';
import type { Pen } from './pen';
import { dashes, type Pt } from './strokes';

/** A Phaser Graphics, or a CanvasPen for what is painted into the 2D map layer. */
type G = Pen;

function strokeLine(g: G, pts: readonly Pt[]): void {
  if (pts.length < 2) return;
  g.beginPath();
  g.moveTo(pts[0]![0], pts[0]![1]);
  for (let i = 1; i < pts.length; i++) g.lineTo(pts[i]![0], pts[i]![1]);
  g.strokePath();
}

export function strokePolyline(g: G, pts: readonly Pt[], width: number, color: number, alpha: number): void {
  g.lineStyle(width, color, alpha);
  strokeLine(g, pts);
}

export function strokeDashed(g: G, pts: readonly Pt[], on: number, off: number, width: number, color: number, alpha: number, phase = 0): void {
  g.lineStyle(width, color, alpha);
  for (const dash of dashes(pts, on, off, phase)) strokeLine(g, dash);
}

/**
 * Dots along a line. Small squares, not circles: at 2-3 pixels they look the same, and
 * Phaser draws a rectangle as one quad but re-triangulates every circle on every frame.
 */
export function strokeDotted(g: G, pts: readonly Pt[], spacing: number, radius: number, color: number, alpha: number): void {
  g.fillStyle(color, alpha);
  for (const dash of dashes(pts, 0.01, spacing)) g.fillRect(dash[0]![0] - radius, dash[0]![1] - radius, radius * 2, radius * 2);
}

/**
 * A route: railways are the map convention of alternating light and dark dashes, pipelines a
 * hollow double line, anything else a plain line. `u` is the board's size factor.
 */
export function drawRoute(g: G, kind: AgreementKind, pts: readonly Pt[], color: number, alpha: number, u: number, casing: number): void {
  if (kind === 'railway') {
    strokePolyline(g, pts, 5 * u, casing, 0.9 * alpha);
    strokePolyline(g, pts, 3 * u, color, alpha);
    strokeDashed(g, pts, 7 * u, 7 * u, 1.8 * u, casing, alpha);
  } else if (kind === 'pipeline') {
    strokePolyline(g, pts, 6 * u, color, alpha);
    strokePolyline(g, pts, 2.4 * u, casing, alpha);
  } else {
    strokePolyline(g, pts, 2.5 * u, color, alpha);
  }
}

function star(g: G, x: number, y: number, r: number): void {
  g.beginPath();
  for (let i = 0; i < 10; i++) {
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    const rr = i % 2 === 0 ? r : r * 0.45;
    if (i === 0) g.moveTo(x + rr * Math.cos(a), y + rr * Math.sin(a));
    else g.lineTo(x + rr * Math.cos(a), y + rr * Math.sin(a));
  }
  g.closePath();
  g.fillPath();
}

/**
 * An icon centred on (x, y) within a disc of radius `r`: a dark token with the kind's symbol.
 * `hollow` draws pending agreements as an outline only.
 */
export function drawKindIcon(g: G, kind: AgreementKind, x: number, y: number, r: number, color: number, alpha: number, casing: number, hollow: boolean): void {
  g.fillStyle(casing, 0.92 * alpha);
  g.fillCircle(x, y, r);
  g.lineStyle(Math.max(1, r * 0.16), color, alpha);
  g.strokeCircle(x, y, r);
  if (hollow) alpha *= 0.75;
  g.fillStyle(color, alpha);
  g.lineStyle(Math.max(1, r * 0.18), color, alpha);
  const s = r * 0.55;
  switch (kind) {
    case 'facility': // a building: block with a pitched roof
      g.fillRect(x - s * 0.8, y - s * 0.1, s * 1.6, s * 0.9);
      g.fillTriangle(x - s, y - s * 0.1, x + s, y - s * 0.1, x, y - s * 0.9);
      break;
    case 'summit': // a star
      star(g, x, y, s * 1.15);
      break;
    case 'finance': // a coin: ring with a bar
      g.strokeCircle(x, y, s * 0.85);
      g.fillRect(x - s * 0.12, y - s * 0.55, s * 0.24, s * 1.1);
      break;
    case 'military': // a chevron
      g.fillTriangle(x - s, y + s * 0.2, x, y - s * 0.9, x + s, y + s * 0.2);
      g.fillStyle(casing, alpha);
      g.fillTriangle(x - s * 0.45, y + s * 0.2, x, y - s * 0.3, x + s * 0.45, y + s * 0.2);
      g.fillStyle(color, alpha);
      g.fillRect(x - s, y + s * 0.45, s * 2, s * 0.35);
      break;
    case 'territory': // a flag on a pole
      g.fillRect(x - s * 0.7, y - s, s * 0.22, s * 2);
      g.fillTriangle(x - s * 0.5, y - s, x + s, y - s * 0.55, x - s * 0.5, y - s * 0.1);
      break;
    case 'railway': // two rails and sleepers
      g.fillRect(x - s, y - s * 0.45, s * 2, s * 0.2);
      g.fillRect(x - s, y + s * 0.25, s * 2, s * 0.2);
      for (let i = -1; i <= 1; i++) g.fillRect(x + i * s * 0.6 - s * 0.1, y - s * 0.7, s * 0.2, s * 1.4);
      break;
    case 'pipeline': // a pipe with a flange
      g.fillRect(x - s, y - s * 0.28, s * 2, s * 0.56);
      g.fillRect(x - s * 0.18, y - s * 0.6, s * 0.36, s * 1.2);
      break;
  }
}

/** The "broken off" mark on disrupted agreements. */
export function drawCross(g: G, x: number, y: number, r: number, color: number, alpha: number, casing: number): void {
  g.lineStyle(r * 0.7, casing, alpha);
  g.lineBetween(x - r, y - r, x + r, y + r);
  g.lineBetween(x - r, y + r, x + r, y - r);
  g.lineStyle(r * 0.38, color, alpha);
  g.lineBetween(x - r, y - r, x + r, y + r);
  g.lineBetween(x - r, y + r, x + r, y - r);
}

/** The "carried out" mark on finished agreements. */
export function drawCheck(g: G, x: number, y: number, r: number, color: number, alpha: number): void {
  g.lineStyle(r * 0.4, color, alpha);
  g.beginPath();
  g.moveTo(x - r, y);
  g.lineTo(x - r * 0.3, y + r * 0.7);
  g.lineTo(x + r, y - r * 0.7);
  g.strokePath();
}
