// Turns a BoardView and a canvas size into screen positions: anchors for every id, badge
// centres (spread apart where they collide) and the leftover room for place names.
// Pure: no Phaser, no DOM, so it is unit-tested in Node.
import type { BoardView } from './boardView';
import { computeFrames, resolveAnchor, type Anchor, type BoardFrames, type Rect } from './frames';
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

export function computeLayout(
  view: BoardView,
  width: number,
  height: number,
  badgeSize: (id: string) => BadgeSize,
): BoardLayout {
  // Show the inset only when something on the board lies in it (and not on the main map).
  const probe = computeFrames(width, height, true);
  let frames = probe;
  const anchorsWith = (f: BoardFrames) => {
    const anchors = new Map<string, Anchor>();
    for (const p of view.places) anchors.set(p.id, resolveAnchor(f, p.lon, p.lat));
    for (const a of view.actors) anchors.set(a.id, resolveAnchor(f, a.lon, a.lat));
    anchors.set(view.player.id, resolveAnchor(f, view.player.lon, view.player.lat));
    return anchors;
  };
  let anchors = anchorsWith(probe);
  const usesInset = [...anchors.values()].some((a) => a.where === 'inset');
  if (!usesInset) {
    frames = computeFrames(width, height, false);
    anchors = anchorsWith(frames);
  }

  const ids = [view.player.id, ...view.actors.map((a) => a.id)];
  const boxes = ids.map((id) => {
    const a = anchors.get(id)!;
    const s = badgeSize(id);
    return { id, x: a.x, y: a.y, w: s.w, h: s.h };
  });
  const bounds: Rect = { x: 4, y: 4, w: width - 8, h: height - 8 };
  const badges = spreadBoxes(boxes, bounds, 6 * frames.ui);
  return { frames, anchors, badges };
}
