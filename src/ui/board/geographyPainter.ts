// Paints the static geography (sea, graticule, land, coasts, borders, map labels) with the
// Canvas 2D API, in CSS pixels under whatever transform the caller set (the device pixel
// ratio). Phaser's Graphics would re-triangulate these filled paths every frame.
import type { Rect } from './frames';
import type { Fit } from './projection';
import type { CountryCells, FrameGeometry, PathLine } from './mapData';
import { FONT, THEME, css } from './palette';

/** Paths in projected units, built once and redrawn at any scale. */
export interface PreparedGeometry {
  /** Land rings: filled, and stroked as the coast inside `inner`. */
  land: Path2D;
  /** The coast with fewer points, for the wide, faint halo. */
  halo: Path2D;
  borders: Path2D;
  graticule: Path2D;
  /** The map's extent, shrunk so that a coast stroke clipped to it leaves out the cut edges. */
  inner: { x: number; y: number; w: number; h: number };
  /** Where each country lies (computed maps), to name it where it shows. */
  countries: CountryCells | null;
}

/** One Path2D of a layer's lines, scaled from quanta to projected units. */
function toPath(lines: PathLine[], quantum: number): Path2D {
  const path = new Path2D();
  path.addPath(new Path2D(lines.join('')), new DOMMatrix([1 / quantum, 0, 0, 1 / quantum, 0, 0]));
  return path;
}

/** Projected units inside the extent where the clipped land's cut edges are left unstroked. */
const EDGE = 1;

export function prepareGeometry(geometry: FrameGeometry): PreparedGeometry {
  const q = geometry.quantum;
  const [x0, y0, x1, y1] = geometry.extent;
  return {
    land: toPath(geometry.land, q),
    halo: toPath(geometry.halo, q),
    borders: toPath(geometry.borders, q),
    graticule: toPath(geometry.graticule, q),
    inner: { x: x0 + EDGE, y: y0 + EDGE, w: x1 - x0 - 2 * EDGE, h: y1 - y0 - 2 * EDGE },
    countries: geometry.countries ?? null,
  };
}

export interface MapLabel {
  text: string;
  x: number;
  y: number;
  kind: 'country' | 'sea';
  size: number;
}

/** Fills `rect` of the context with the sea and the projected geography. */
export function paintGeography(
  ctx: CanvasRenderingContext2D,
  geo: PreparedGeometry,
  fit: Fit,
  rect: Rect,
  sizeScale = 1,
): void {
  ctx.save();
  ctx.beginPath();
  ctx.rect(rect.x, rect.y, rect.w, rect.h);
  ctx.clip();
  const cx = rect.x + rect.w * 0.55;
  const cy = rect.y + rect.h * 0.5;
  const sea = ctx.createRadialGradient(cx, cy, 0, cx, cy, Math.hypot(rect.w, rect.h) * 0.6);
  sea.addColorStop(0, THEME.seaInner);
  sea.addColorStop(1, THEME.seaOuter);
  ctx.fillStyle = sea;
  ctx.fillRect(rect.x, rect.y, rect.w, rect.h);

  // Draw in projected units; line widths are divided by the scale to stay in pixels.
  ctx.transform(fit.k, 0, 0, fit.k, fit.ox, fit.oy);
  const px = 1 / fit.k;
  ctx.lineJoin = 'round';
  ctx.lineCap = 'round';

  ctx.strokeStyle = THEME.graticule;
  ctx.lineWidth = 0.8 * px;
  ctx.stroke(geo.graticule);

  // A soft halo along the coast reads as shallow water. Bevelled: round joins on this wide
  // stroke cost a third more to rasterise, for no visible difference at 13 % opacity.
  ctx.strokeStyle = 'rgba(110, 170, 225, 0.13)';
  ctx.lineWidth = 5 * px * sizeScale;
  ctx.lineJoin = 'bevel';
  ctx.stroke(geo.halo);
  ctx.lineJoin = 'round';

  ctx.fillStyle = THEME.land;
  ctx.fill(geo.land, 'nonzero');

  ctx.strokeStyle = THEME.border;
  ctx.lineWidth = 0.9 * px;
  ctx.setLineDash([3 * px, 2 * px]);
  ctx.stroke(geo.borders);
  ctx.setLineDash([]);

  ctx.strokeStyle = THEME.landEdge;
  ctx.globalAlpha = 0.75;
  ctx.lineWidth = 0.9 * px;
  const { x, y, w, h } = geo.inner;
  ctx.beginPath();
  ctx.rect(x, y, w, h);
  ctx.clip();
  ctx.stroke(geo.land);
  ctx.restore();
}

/** The inset's frame: a drop shadow under it, an edge around it and its title on top. */
export function paintInsetFrame(ctx: CanvasRenderingContext2D, rect: Rect, title: string, u: number, phase: 'under' | 'over'): void {
  ctx.save();
  if (phase === 'under') {
    ctx.shadowColor = 'rgba(0, 0, 0, 0.55)';
    ctx.shadowBlur = 14 * u;
    ctx.shadowOffsetY = 3 * u;
    ctx.fillStyle = THEME.seaOuter;
    ctx.fillRect(rect.x, rect.y, rect.w, rect.h);
  } else {
    const bar = 16 * u;
    ctx.fillStyle = 'rgba(11, 22, 34, 0.88)';
    ctx.fillRect(rect.x, rect.y, rect.w, bar);
    // Smaller where the reader's larger text (textScale.ts) would run past the inset's edge.
    let size = Math.round(10.5 * u);
    ctx.font = `600 ${size}px ${FONT}`;
    const room = rect.w - 14 * u;
    const wide = ctx.measureText(title).width;
    if (wide > room) {
      size = Math.floor((size * room) / wide);
      ctx.font = `600 ${size}px ${FONT}`;
    }
    ctx.fillStyle = 'rgba(220, 230, 240, 0.85)';
    ctx.textBaseline = 'middle';
    ctx.fillText(title, rect.x + 7 * u, rect.y + bar / 2 + 0.5);
    ctx.strokeStyle = 'rgba(140, 170, 200, 0.7)';
    ctx.lineWidth = 1;
    ctx.strokeRect(rect.x + 0.5, rect.y + 0.5, rect.w - 1, rect.h - 1);
  }
  ctx.restore();
}

/** Country and sea names, already placed in pixels by the layout. */
export function paintMapLabels(ctx: CanvasRenderingContext2D, labels: readonly MapLabel[]): void {
  ctx.save();
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  for (const label of labels) {
    if (label.kind === 'country') {
      ctx.font = `600 ${label.size}px ${FONT}`;
      ctx.fillStyle = THEME.countryLabel;
      drawSpaced(ctx, label.text.toUpperCase(), label.x, label.y, label.size * 0.18);
    } else {
      ctx.font = `italic ${label.size}px ${FONT}`;
      ctx.fillStyle = THEME.seaLabel;
      const lines = label.text.split('\n');
      lines.forEach((line, i) => ctx.fillText(line, label.x, label.y + (i - (lines.length - 1) / 2) * label.size * 1.15));
    }
  }
  ctx.restore();
}

/** Letter-spaced text, centred on x: one fillText where canvas letterSpacing exists. */
function drawSpaced(ctx: CanvasRenderingContext2D, text: string, x: number, y: number, spacing: number): void {
  // Older browsers lack it, whatever the DOM typings say.
  if (typeof (ctx as Partial<CanvasTextDrawingStyles>).letterSpacing === 'string') {
    ctx.letterSpacing = `${spacing}px`;
    // The spacing also follows the last letter: half of it on each side keeps the word centred.
    ctx.fillText(text, x + spacing / 2, y);
    ctx.letterSpacing = '0px';
    return;
  }
  const widths = [...text].map((ch) => ctx.measureText(ch).width);
  const total = widths.reduce((a, b) => a + b, 0) + spacing * (widths.length - 1);
  let cx = x - total / 2;
  ctx.textAlign = 'left';
  [...text].forEach((ch, i) => {
    ctx.fillText(ch, cx, y);
    cx += widths[i]! + spacing;
  });
  ctx.textAlign = 'center';
}

/** Width and height a map label will take, for the layout's collision checks. */
export function measureMapLabel(ctx: CanvasRenderingContext2D, label: Omit<MapLabel, 'x' | 'y'>): { w: number; h: number } {
  ctx.save();
  if (label.kind === 'country') {
    ctx.font = `600 ${label.size}px ${FONT}`;
    const text = label.text.toUpperCase();
    const w = ctx.measureText(text).width + label.size * 0.18 * (text.length - 1);
    ctx.restore();
    return { w, h: label.size * 1.2 };
  }
  ctx.font = `italic ${label.size}px ${FONT}`;
  const lines = label.text.split('\n');
  const w = Math.max(...lines.map((l) => ctx.measureText(l).width));
  ctx.restore();
  return { w, h: label.size * 1.15 * lines.length };
}

/** A place's name (a city, a site, the disputed islands), placed by the board's layout. */
export interface PlaceLabel {
  text: string;
  disputed: boolean;
  size: number;
  /** Width of the dark outline that keeps the name legible over land, sea and lines. */
  outline: number;
  /** Top-left corner of the box measurePlaceLabel() gave. */
  x: number;
  y: number;
  /** A thin line to the named point, for a name placed far from it (placement.ts leaderLine). */
  leader?: { from: { x: number; y: number }; to: { x: number; y: number } } | null;
}

/** A name's lines ("\n" between two: labelLayout.ts twoLines), each `size` × 1.25 high. */
const lines = (label: Pick<PlaceLabel, 'text'>) => label.text.split('\n');
const placeLabelHeight = (label: Pick<PlaceLabel, 'text' | 'size' | 'outline'>) => Math.ceil(label.size * 1.25 * lines(label).length + label.outline);

/** The box a place name takes, outline included. */
export function measurePlaceLabel(ctx: CanvasRenderingContext2D, label: Omit<PlaceLabel, 'x' | 'y'>): { w: number; h: number } {
  ctx.save();
  ctx.font = `${label.size}px ${FONT}`;
  const w = Math.max(...lines(label).map((line) => ctx.measureText(line).width));
  ctx.restore();
  return { w: Math.ceil(w + label.outline), h: placeLabelHeight(label) };
}

export function paintPlaceLabels(ctx: CanvasRenderingContext2D, labels: readonly PlaceLabel[]): void {
  ctx.save();
  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';
  ctx.lineJoin = 'round';
  // Leaders first, so that no line crosses a name.
  for (const { leader, size, disputed } of labels) {
    if (!leader) continue;
    ctx.beginPath();
    ctx.moveTo(leader.from.x, leader.from.y);
    ctx.lineTo(leader.to.x, leader.to.y);
    ctx.lineWidth = Math.max(1, size / 10);
    ctx.strokeStyle = css(disputed ? THEME.disputed : THEME.textMuted);
    ctx.globalAlpha = 0.7;
    ctx.stroke();
    ctx.globalAlpha = 1;
  }
  ctx.strokeStyle = '#0d1824';
  for (const label of labels) {
    ctx.font = `${label.size}px ${FONT}`;
    ctx.lineWidth = label.outline;
    const x = label.x + label.outline / 2;
    ctx.fillStyle = css(label.disputed ? THEME.disputed : THEME.textMuted);
    const at = (i: number) => label.y + label.outline / 2 + label.size * 1.25 * (i + 0.5);
    // Every line's outline before any line's letters: a second line's outline would cut into the first's.
    lines(label).forEach((line, i) => ctx.strokeText(line, x, at(i)));
    lines(label).forEach((line, i) => ctx.fillText(line, x, at(i)));
  }
  ctx.restore();
}
