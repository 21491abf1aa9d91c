// Where the picture's badges go (svgBoard.ts): each on its point, pushed apart where they collide
// as on the board (placement.ts spreadBoxes), and off an inset none of them lies in (on a phone's
// picture China's badge covered Moscow's mark).
import type { Anchor, BoardFrames, Rect } from './frames';
import { spreadBoxes } from './placement';
import type { MeasureText } from './svgNames';

/** Font size of a badge's short name at size factor `u`. */
export const badgeFont = (u: number) => 11 * u;

/** Each marker's badge box, by id, for its short name `short`. */
export function placeBadges(markers: ReadonlyArray<{ id: string; short: string }>, anchors: ReadonlyMap<string, Anchor>, frames: BoardFrames, measure: MeasureText): Map<string, Rect> {
  const u = frames.ui;
  const size = (short: string) => ({ w: Math.max(34 * u, measure(short, badgeFont(u), true) + 12 * u), h: 20 * u });
  const holds = (index: number) => markers.some(({ id }) => {
    const a = anchors.get(id)!;
    return a.where === 'inset' && a.inset === index;
  });
  const pinned = frames.insets.filter((i) => !holds(i.index)).map((i) => ({ id: `\u0000inset ${i.index}`, x: i.rect.x + i.rect.w / 2, y: i.rect.y + i.rect.h / 2, w: i.rect.w, h: i.rect.h }));
  const centres = spreadBoxes(
    [...markers.map(({ id, short }) => ({ id, x: anchors.get(id)!.x, y: anchors.get(id)!.y, ...size(short) })), ...pinned],
    { x: 4, y: 4, w: frames.width - 8, h: frames.height - 8 },
    4 * u,
    new Set(pinned.map((b) => b.id)),
  );
  return new Map(
    markers.map(({ id, short }) => {
      const c = centres.get(id)!;
      const { w, h } = size(short);
      return [id, { x: c.x - w / 2, y: c.y - h / 2, w, h }];
    }),
  );
}
