// Where things go on screen: fits a board map's main frame and its insets into the canvas, and
// resolves a point to the main board, an inset, or (only on the shipped map, for places beyond
// both, like Washington) the edge of the board with the direction it lies in.
import { EAST_ASIA_MAP, type BoardMap, type MapFrame } from './boardMap';
import { fitRect, focusBounds, projectScreen, type Fit } from './projection';

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** The legend's size at a size factor of 1 (drawn by legend.ts, reserved here). */
export const LEGEND_SIZE = { w: 266, h: 166 } as const;

export interface InsetPanel {
  /** Index into the map's insets. */
  index: number;
  frame: MapFrame;
  rect: Rect;
  fit: Fit;
}

export interface BoardFrames {
  width: number;
  height: number;
  /** Size factor for markers and text: 1 at an 800-pixel-high board, times the reader's text scale (textScale.ts). */
  ui: number;
  map: BoardMap;
  main: Fit;
  /** The insets shown: those something on the board lies in. */
  insets: InsetPanel[];
  /** Corner kept for the legend; null on boards too small to spare it. */
  legend: Rect | null;
  /** The legend's own size factor (legendScale). */
  legendUi: number;
}

export type Anchor =
  | { where: 'main'; x: number; y: number }
  | { where: 'inset'; inset: number; x: number; y: number }
  /** Off the map (shipped map only): pinned to the board's edge; `angle` points towards the real place. */
  | { where: 'edge'; x: number; y: number; angle: number };

const scaleFor = (width: number, height: number) => Math.min(1.35, Math.min(width / 1.25, height) / 800);

/** Size factor for markers and text: 1 on an 800-pixel-high board, within 1 .. 1.35 (at 0.8, a phone's or a laptop's board wrote its place names 8 px high). */
export function uiScale(width: number, height: number): number {
  return Math.max(1, scaleFor(width, height));
}

/** The legend's size factor, within 0.8 .. 1.35: it lies over the map's corner, and at 1 on a laptop's board it hid ASEAN's and Indonesia's badges. */
export function legendScale(width: number, height: number): number {
  return Math.max(0.8, scaleFor(width, height));
}

/** Height of an inset's title bar at size factor `ui`. */
export const insetTitleHeight = (ui: number) => 16 * ui;

function insetFit(frame: MapFrame, rect: Rect, ui: number): Fit {
  const pad = 8;
  const title = insetTitleHeight(ui);
  return fitRect(focusBounds(frame), { x: rect.x + pad, y: rect.y + title, width: rect.w - 2 * pad, height: rect.h - title - pad });
}

/**
 * Lays out the map in a `width` x `height` board with the insets listed in `shown`. The shipped
 * map lays its one inset over Central Asia (empty in its scenarios); a computed map puts its
 * insets in a column on the left, beside the main board, so they never cover a point of it.
 * `text`: the reader's text scale (textScale.ts), which markers, names and the key grow with.
 */
export function computeFrames(width: number, height: number, map: BoardMap = EAST_ASIA_MAP, shown: readonly number[] = [], text = 1): BoardFrames {
  const ui = uiScale(width, height) * text;
  const margin = Math.max(8, Math.min(width, height) * 0.025);
  const legendUi = legendScale(width, height) * text;
  const legendRect = (x: number, y: number) => ({ x: Math.round(x), y: Math.round(y), w: Math.round(LEGEND_SIZE.w * legendUi), h: Math.round(LEGEND_SIZE.h * legendUi) });
  // A key grown with the reader's text that would take more than 40 % of the board either way
  // goes behind its button (never the case at the usual text size).
  const legendFits = !(width < 640 || height < 460) && LEGEND_SIZE.w * legendUi <= 0.4 * width && LEGEND_SIZE.h * legendUi <= 0.4 * height;
  const insets: InsetPanel[] = [];

  if (map.prepared) {
    const main = fitRect(focusBounds(map.main), { x: margin, y: margin, width: width - 2 * margin, height: height - 2 * margin });
    // Wider for larger text (its names and title), up to half again and 40 % of the board.
    const insetW = Math.round(Math.min(Math.max(130, Math.min(290, width * 0.21)) * Math.min(text, 1.5), Math.max(130, width * 0.4)));
    const rect = { x: Math.round(margin), y: Math.round(margin), w: insetW, h: Math.round(insetW * 0.62) };
    for (const index of shown) insets.push({ index, frame: map.insets[index]!, rect, fit: insetFit(map.insets[index]!, rect, ui) });
    const legend = legendFits ? legendRect(margin, height - margin - LEGEND_SIZE.h * legendUi) : null;
    return { width, height, ui, map, main, insets, legend, legendUi };
  }

  // A column for the insets, stacked from the top, each as tall as its frame's shape asks.
  const column = shown.length === 0 ? 0 : Math.round(Math.max(130, Math.min(300, width * 0.22)));
  let y = margin;
  const gap = Math.round(8 * ui);
  const room = (height - 2 * margin - gap * (shown.length - 1)) / Math.max(1, shown.length);
  for (const index of shown) {
    const frame = map.insets[index]!;
    const [x0, y0, x1, y1] = focusBounds(frame);
    const h = Math.round(Math.max(70, Math.min(room, column * 1.1, (column - 16) * ((y1 - y0) / (x1 - x0)) + insetTitleHeight(ui) + 8)));
    const rect = { x: Math.round(margin), y: Math.round(y), w: column, h };
    insets.push({ index, frame, rect, fit: insetFit(frame, rect, ui) });
    y += h + gap;
  }
  const left = column === 0 ? margin : margin + column + gap;
  const main = fitRect(focusBounds(map.main), { x: left, y: margin, width: width - left - margin, height: height - 2 * margin });
  // The legend's corner is chosen by the layout, away from the points (see layout.ts).
  const legend = legendFits ? legendRect(margin, height - margin - LEGEND_SIZE.h * legendUi) : null;
  return { width, height, ui, map, main, insets, legend, legendUi };
}

/** The insets and the legend, where they are shown. */
export function panels(frames: BoardFrames): Rect[] {
  return [...frames.insets.map((i) => i.rect), frames.legend].filter((r): r is Rect => r != null);
}

export function contains(r: Rect, x: number, y: number, pad = 0): boolean {
  return x >= r.x + pad && x <= r.x + r.w - pad && y >= r.y + pad && y <= r.y + r.h - pad;
}

/** Where a point (by id, with its position) is drawn. */
export function resolveAnchor(frames: BoardFrames, id: string, lon: number, lat: number): Anchor {
  const map = frames.map;
  if (!map.prepared) {
    const home = map.home[id];
    const panel = home === undefined ? undefined : frames.insets.find((i) => i.index === home);
    if (panel) {
      const q = projectScreen(panel.frame, panel.fit, lon, lat);
      if (q) return { where: 'inset', inset: panel.index, x: q[0], y: q[1] };
    }
    const p = projectScreen(map.main, frames.main, lon, lat);
    if (p) return { where: 'main', x: p[0], y: p[1] };
    return edgeAnchor(frames, lon, lat);
  }
  const board = { x: 0, y: 0, w: frames.width, h: frames.height };
  const p = projectScreen(map.main, frames.main, lon, lat);
  const onBoard = p !== null && contains(board, p[0], p[1], 4);
  const under = p && frames.insets.some((i) => contains(i.rect, p[0], p[1]));
  if (p && onBoard && !under) return { where: 'main', x: p[0], y: p[1] };
  for (const panel of frames.insets) {
    const q = projectScreen(panel.frame, panel.fit, lon, lat);
    if (q && contains(panel.rect, q[0], q[1], 6)) return { where: 'inset', inset: panel.index, x: q[0], y: q[1] };
  }
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
  const center = frames.map.main.center;
  const dLon = ((((lon - center[0]) % 360) + 540) % 360) - 180;
  const dLat = lat - center[1];
  const angle = Math.atan2(-dLat, dLon * Math.cos((center[1] * Math.PI) / 180));
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

/** Compass words for an edge pin's direction (screen angle, y down): "east", "north-east"... */
export function directionWords(angle: number): string {
  const names = ['east', 'south-east', 'south', 'south-west', 'west', 'north-west', 'north', 'north-east'];
  const i = Math.round((((angle / (Math.PI / 4)) % 8) + 8) % 8) % 8;
  return names[i]!;
}
