// Turns a BoardView and a canvas size into screen positions: anchors for every id, badge
// centres (spread apart where they collide) and the leftover room for place names.
// Pure: no Phaser, no DOM, so it is unit-tested in Node.
import type { BoardMap, MapPoint } from './boardMap';
import type { BoardView } from './boardView';
import { computeFrames, contains, resolveAnchor, type Anchor, type BoardFrames, type Rect } from './frames';
import { spreadBoxes } from './placement';

export interface BadgeSize {
  w: number;
  h: number;
}

export interface BoardLayout {
  frames: BoardFrames;
  /** Anchors of the player, actors and places, by id (actors win over places on a clash). */
  anchors: Map<string, Anchor>;
  /** Centres of the player's and actors' badges after spreading. */
  badges: Map<string, { x: number; y: number }>;
}

/** Everything the board shows, as points for choosing its map: the player, the actors, the places. */
export function viewPoints(view: Pick<BoardView, 'player' | 'actors' | 'places'>): MapPoint[] {
  return [view.player, ...view.actors, ...view.places].map(({ id, name, lon, lat }) => ({ id, name, lon, lat }));
}

/** Two place marks nearer than this (at size factor 1) are moved apart, never drawn as one. */
export const MIN_PLACE_GAP = 9;

/**
 * `text`: the reader's text scale (textScale.ts), passed on to computeFrames. `keyButton`: the box
 * the key's button covers on a board with no corner for the key, which badges keep off. `keyCorner`
 * false: the key behind its button even where a corner could hold it, and `reserved`: boxes badges
 * keep off too (the button of the names left out, leftOutPlan.ts).
 */
export function computeLayout(
  view: BoardView,
  width: number,
  height: number,
  badgeSize: (id: string) => BadgeSize,
  map: BoardMap,
  text = 1,
  keyButton?: () => Rect | null,
  keyCorner = true,
  reserved: readonly Rect[] = [],
): BoardLayout {
  const anchorsWith = (f: BoardFrames) => {
    const anchors = new Map<string, Anchor>();
    for (const p of view.places) anchors.set(p.id, resolve(f, p));
    for (const a of view.actors) anchors.set(a.id, resolve(f, a));
    anchors.set(view.player.id, resolve(f, view.player));
    return anchors;
  };
  const resolve = (f: BoardFrames, p: { id: string; lon: number; lat: number }) => resolveAnchor(f, p.id, p.lon, p.lat);
  let frames: BoardFrames;
  let anchors: Map<string, Anchor>;
  if (map.prepared) {
    // The shipped map's inset shows only when something lies in it (and not on the main map).
    frames = computeFrames(width, height, map, map.insets.map((_, i) => i), text);
    anchors = anchorsWith(frames);
    const used = new Set([...anchors.values()].flatMap((a) => (a.where === 'inset' ? [a.inset] : [])));
    if (used.size < map.insets.length) {
      frames = computeFrames(width, height, map, [...used].sort(), text);
      anchors = anchorsWith(frames);
    }
  } else {
    frames = computeFrames(width, height, map, map.insets.map((_, i) => i), text);
    anchors = anchorsWith(frames);
  }
  // The shipped map's too: its bottom-left corner hid the ASEAN and Indonesia badges of 2019 at 1366×800.
  frames.legend = keyCorner ? legendCorner(frames, [...anchors.values()]) : null;
  const markers = new Set([view.player.id, ...view.actors.map((a) => a.id)]);
  spreadPlaces(view.places.map((p) => p.id).filter((id) => !markers.has(id)), anchors, MIN_PLACE_GAP * frames.ui);

  const ids = [view.player.id, ...view.actors.map((a) => a.id)];
  const boxes = ids.map((id) => {
    const a = anchors.get(id)!;
    const s = badgeSize(id);
    return { id, x: a.x, y: a.y, w: s.w, h: s.h };
  });
  const bounds: Rect = { x: 4, y: 4, w: width - 8, h: height - 8 };
  const button = frames.legend ? null : (keyButton?.() ?? null);
  const KEY = '\u0000key';
  const pinned = [...(button ? [button] : []), ...reserved].map((r, i) => ({ id: `${KEY}${i}`, x: r.x + r.w / 2, y: r.y + r.h / 2, w: r.w, h: r.h }));
  boxes.push(...pinned);
  const badges = spreadBoxes(boxes, bounds, 6 * frames.ui, new Set(pinned.map((p) => p.id)));
  for (const p of pinned) badges.delete(p.id);
  return { frames, anchors, badges };
}

/**
 * The legend goes to the first corner with no point under it: bottom-left, then
 * bottom-right, top-right, top-left (over the inset column only where that is free).
 */
function legendCorner(frames: BoardFrames, anchors: readonly Anchor[]): Rect | null {
  const legend = frames.legend;
  if (!legend) return null;
  const m = legend.y + legend.h - frames.height;
  const inset = Math.max(8, -m);
  const corners: Rect[] = [
    legend,
    { ...legend, x: frames.width - inset - legend.w },
    { ...legend, x: frames.width - inset - legend.w, y: inset },
    { ...legend, y: inset },
  ];
  const pad = 14 * frames.ui;
  const free = (r: Rect) =>
    !anchors.some((a) => contains({ x: r.x - pad, y: r.y - pad, w: r.w + 2 * pad, h: r.h + 2 * pad }, a.x, a.y)) &&
    !frames.insets.some((i) => i.rect.x < r.x + r.w && r.x < i.rect.x + i.rect.w && i.rect.y < r.y + r.h && r.y < i.rect.y + i.rect.h);
  // No free corner: no legend rather than one hiding a place (the key is then behind a button: legendLayer.ts).
  return corners.find(free) ?? null;
}

/**
 * Moves place marks that would overlap apart, along the line between them, until `gap` apart:
 * two towns 20 km apart on a continent-wide board stay two marks. Deterministic.
 */
export function spreadPlaces(ids: readonly string[], anchors: Map<string, Anchor>, gap: number): void {
  const moving = ids.map((id) => anchors.get(id)).filter((a): a is Anchor => a !== undefined && a.where !== 'edge');
  for (let iter = 0; iter < 20; iter++) {
    let moved = false;
    for (let i = 0; i < moving.length; i++) {
      for (let j = i + 1; j < moving.length; j++) {
        const a = moving[i]!;
        const b = moving[j]!;
        if (a.where !== b.where || (a.where === 'inset' && b.where === 'inset' && a.inset !== b.inset)) continue;
        let dx = b.x - a.x;
        let dy = b.y - a.y;
        let d = Math.hypot(dx, dy);
        if (d >= gap - 1e-6) continue;
        // The same spot: split them east-west (stable, whatever the order of the file).
        if (d < 1e-6) {
          dx = 1;
          dy = 0;
          d = 1;
        }
        const push = (gap - Math.hypot(b.x - a.x, b.y - a.y)) / 2;
        a.x -= (dx / d) * push;
        a.y -= (dy / d) * push;
        b.x += (dx / d) * push;
        b.y += (dy / d) * push;
        moved = true;
      }
    }
    if (!moved) break;
  }
}
