// Where things go on screen: fits the main map and the European Russia inset into the
// canvas, and resolves a lon/lat to a point on the main map, in the inset, or (for places
// beyond both, like Washington) on the edge of the board with the direction it lies in.
import { INSET_FRAME, MAIN_FRAME, fitRect, focusBounds, projectScreen, type Fit } from './projection';

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** The legend's size at a size factor of 1 (drawn by legend.ts, reserved here). */
export const LEGEND_SIZE = { w: 266, h: 166 } as const;

export interface BoardFrames {
  width: number;
  height: number;
  /** Size factor for markers and text: 1 at an 800-pixel-high board. */
  ui: number;
  main: Fit;
  /** The European Russia inset, when something on the board lies in it. */
  inset: { rect: Rect; fit: Fit } | null;
  /** Bottom-left corner kept for the legend; null on boards too small to spare it. */
  legend: Rect | null;
}

export type Anchor =
  | { where: 'main' | 'inset'; x: number; y: number }
  /** Off both maps: pinned to the board's edge; `angle` points towards the real place. */
  | { where: 'edge'; x: number; y: number; angle: number };

const MAIN_FOCUS = focusBounds(MAIN_FRAME);
const INSET_FOCUS = focusBounds(INSET_FRAME);

/** Size factor for markers and text: 1 on an 800-pixel-high board, within 0.8 .. 1.35. */
export function uiScale(width: number, height: number): number {
  return Math.max(0.8, Math.min(1.35, Math.min(width / 1.25, height) / 800));
}

export function computeFrames(width: number, height: number, withInset: boolean): BoardFrames {
  const ui = uiScale(width, height);
  const margin = Math.max(8, Math.min(width, height) * 0.025);
  const main = fitRect(MAIN_FOCUS, { x: margin, y: margin, width: width - 2 * margin, height: height - 2 * margin });

  const insetW = Math.round(Math.max(130, Math.min(290, width * 0.21)));
  const insetH = Math.round(insetW * 0.62);
  const rect = { x: Math.round(margin), y: Math.round(margin), w: insetW, h: insetH };
  // Leave room inside the inset for its title above the map.
  const title = 16 * ui;
  const pad = 8;
  const fit = fitRect(INSET_FOCUS, { x: rect.x + pad, y: rect.y + title, width: rect.w - 2 * pad, height: rect.h - title - pad });

  const legend = width < 640 || height < 460 ? null : {
    x: Math.round(margin),
    y: Math.round(height - margin - LEGEND_SIZE.h * ui),
    w: Math.round(LEGEND_SIZE.w * ui),
    h: Math.round(LEGEND_SIZE.h * ui),
  };
  return { width, height, ui, main, inset: withInset ? { rect, fit } : null, legend };
}

/** The inset and the legend, where they are shown. */
export function panels(frames: BoardFrames): Rect[] {
  return [frames.inset?.rect, frames.legend].filter((r): r is Rect => r != null);
}

export function contains(r: Rect, x: number, y: number, pad = 0): boolean {
  return x >= r.x + pad && x <= r.x + r.w - pad && y >= r.y + pad && y <= r.y + r.h - pad;
}

export function resolveAnchor(frames: BoardFrames, lon: number, lat: number): Anchor {
  const board = { x: 0, y: 0, w: frames.width, h: frames.height };
  const p = projectScreen(MAIN_FRAME, frames.main, lon, lat);
  const onBoard = p !== null && contains(board, p[0], p[1], 4);
  const inset = frames.inset;
  if (p && onBoard && !(inset && contains(inset.rect, p[0], p[1]))) return { where: 'main', x: p[0], y: p[1] };
  const q = inset && projectScreen(INSET_FRAME, inset.fit, lon, lat);
  if (inset && q && contains(inset.rect, q[0], q[1], 6)) return { where: 'inset', x: q[0], y: q[1] };
  if (p && onBoard) return { where: 'main', x: p[0], y: p[1] };
  return edgeAnchor(frames, lon, lat);
}

/**
 * Pins an off-board point to the edge, in the direction it lies on a flat lon/lat map: the
 * great-circle direction from East Asia to Washington is due north over the pole, which
 * reads wrongly; "east, across the Pacific" is what players expect.
 */
function edgeAnchor(frames: BoardFrames, lon: number, lat: number): Anchor {
  const cx = frames.width / 2;
  const cy = frames.height / 2;
  const dLon = ((((lon - MAIN_FRAME.center[0]) % 360) + 540) % 360) - 180;
  const dLat = lat - MAIN_FRAME.center[1];
  const angle = Math.atan2(-dLat, dLon * Math.cos((MAIN_FRAME.center[1] * Math.PI) / 180));
  // Far enough in for the badge and its arrow.
  const gap = 42 * frames.ui;
  const hw = frames.width / 2 - gap;
  const hh = frames.height / 2 - gap;
  const dx = Math.cos(angle);
  const dy = Math.sin(angle);
  const t = Math.min(Math.abs(dx) > 1e-9 ? hw / Math.abs(dx) : Infinity, Math.abs(dy) > 1e-9 ? hh / Math.abs(dy) : Infinity);
  let x = cx + dx * t;
  let y = cy + dy * t;
  // Slide along the edge off the inset and the legend rather than hide under them.
  for (const r of panels(frames)) {
    if (!contains(r, x, y, -gap)) continue;
    if (Math.abs(y - (frames.height / 2 - hh)) < 1 || Math.abs(y - (frames.height / 2 + hh)) < 1) x = r.x + r.w + gap;
    else y = r.y < frames.height / 2 ? r.y + r.h + gap : r.y - gap;
  }
  return { where: 'edge', x, y, angle };
}
