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

export interface BoardFrames {
  width: number;
  height: number;
  /** Size factor for markers and text: 1 at an 800-pixel-high board. */
  ui: number;
  main: Fit;
  /** The European Russia inset, when something on the board lies in it. */
  inset: { rect: Rect; fit: Fit } | null;
  /** Bottom-left corner kept for the legend. */
  legend: Rect;
}

export type Anchor =
  | { where: 'main' | 'inset'; x: number; y: number }
  /** Off both maps: pinned to the board's edge; `angle` points towards the real place. */
  | { where: 'edge'; x: number; y: number; angle: number };

const MAIN_FOCUS = focusBounds(MAIN_FRAME);
const INSET_FOCUS = focusBounds(INSET_FRAME);

export function computeFrames(
  width: number,
  height: number,
  legendSize: { w: number; h: number },
  withInset: boolean,
): BoardFrames {
  const ui = Math.max(0.8, Math.min(1.35, Math.min(width / 1.25, height) / 800));
  const margin = Math.max(8, Math.min(width, height) * 0.025);
  const main = fitRect(MAIN_FOCUS, { x: margin, y: margin, width: width - 2 * margin, height: height - 2 * margin });

  const insetW = Math.round(Math.max(150, Math.min(270, width * 0.2)));
  const insetH = Math.round(insetW * 0.62);
  const rect = { x: Math.round(margin), y: Math.round(margin), w: insetW, h: insetH };
  // Leave room inside the inset for its title above the map.
  const title = 16 * ui;
  const pad = 8;
  const fit = fitRect(INSET_FOCUS, { x: rect.x + pad, y: rect.y + title, width: rect.w - 2 * pad, height: rect.h - title - pad });

  const legend = {
    x: Math.round(margin),
    y: Math.round(height - margin - legendSize.h * ui),
    w: Math.round(legendSize.w * ui),
    h: Math.round(legendSize.h * ui),
  };
  return { width, height, ui, main, inset: withInset ? { rect, fit } : null, legend };
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
  return edgeAnchor(frames, p);
}

/** True when the point falls inside the inset's map (used to decide whether to show the inset). */
export function inInset(frames: BoardFrames, lon: number, lat: number): boolean {
  if (!frames.inset) return false;
  const q = projectScreen(INSET_FRAME, frames.inset.fit, lon, lat);
  return q !== null && contains(frames.inset.rect, q[0], q[1], 6);
}

/** Pins an off-board point to the edge, on the line from the board's centre towards it. */
function edgeAnchor(frames: BoardFrames, p: [number, number] | null): Anchor {
  const cx = frames.width / 2;
  const cy = frames.height / 2;
  const angle = p ? Math.atan2(p[1] - cy, p[0] - cx) : -Math.PI / 4;
  const gap = 30 * frames.ui;
  const hw = frames.width / 2 - gap;
  const hh = frames.height / 2 - gap;
  const dx = Math.cos(angle);
  const dy = Math.sin(angle);
  const t = Math.min(Math.abs(dx) > 1e-9 ? hw / Math.abs(dx) : Infinity, Math.abs(dy) > 1e-9 ? hh / Math.abs(dy) : Infinity);
  let x = cx + dx * t;
  let y = cy + dy * t;
  // Slide along the edge off the inset and the legend rather than hide under them.
  for (const r of frames.inset ? [frames.inset.rect, frames.legend] : [frames.legend]) {
    if (!contains(r, x, y, -gap)) continue;
    if (Math.abs(y - (frames.height / 2 - hh)) < 1 || Math.abs(y - (frames.height / 2 + hh)) < 1) x = r.x + r.w + gap;
    else y = r.y < frames.height / 2 ? r.y + r.h + gap : r.y - gap;
  }
  return { where: 'edge', x, y, angle };
}
