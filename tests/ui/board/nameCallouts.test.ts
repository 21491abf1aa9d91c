// Where the names the board left out go when the reader asks for them, and which part of their
// marks the pointer takes (nameCallouts.ts).
import { describe, expect, it } from 'vitest';
import type { Rect } from '../../../src/ui/board/frames';
import { markTarget, placeCallouts, type CalloutRequest } from '../../../src/ui/board/nameCallouts';
import { overlap } from '../../../src/ui/board/placement';

const room = (text: Rect[] = [], hard: Rect[] = [], soft: Rect[] = []) => ({ width: 320, height: 209, text, soft, hard });
const inside = (r: Rect, width: number, height: number) => r.x >= 0 && r.y >= 0 && r.x + r.w <= width && r.y + r.h <= height;

describe('placeCallouts', () => {
  // Four points within 20 pixels, as Korea's and Beijing's at 400 % zoom, in a ring of badges.
  const cluster: CalloutRequest[] = [
    { id: 'a', x: 150, y: 70, r: 4.5, w: 84, h: 21 },
    { id: 'b', x: 164, y: 69, r: 4.5, w: 55, h: 21 },
    { id: 'c', x: 174, y: 84, r: 4.5, w: 81, h: 21 },
    { id: 'd', x: 178, y: 61, r: 4.5, w: 144, h: 21 },
  ];
  const badges = [
    { x: 166, y: 32, w: 42, h: 24 },
    { x: 123, y: 71, w: 43, h: 31 },
    { x: 172, y: 66, w: 42, h: 31 },
    { x: 74, y: 59, w: 43, h: 31 },
  ];
  const button = { x: 6, y: 171, w: 80, h: 32 };

  it('puts each on the board, over no other, no button, no text where there is room, and not over its own mark', () => {
    const placed = placeCallouts(cluster, room(badges, [button]));
    expect(placed.map((c) => c.id)).toEqual(['a', 'b', 'c', 'd']);
    for (const c of placed) {
      const q = cluster.find((r) => r.id === c.id)!;
      expect(inside(c.rect, 320, 209), c.id).toBe(true);
      expect([c.rect.w, c.rect.h]).toEqual([q.w, q.h]);
      expect(overlap(c.rect, { x: q.x - q.r, y: q.y - q.r, w: 2 * q.r, h: 2 * q.r }), `${c.id} over its mark`).toBe(0);
      expect(overlap(c.rect, button), `${c.id} over the button`).toBe(0);
      expect(badges.filter((b) => overlap(c.rect, b) > 0), `${c.id} over a badge`).toEqual([]);
      for (const d of placed) if (d !== c) expect(overlap(c.rect, d.rect), `${c.id} over ${d.id}`).toBe(0);
    }
  });

  it('stands beside its point where that is free, and further off with a line from the edge of its mark where it is not', () => {
    const [alone] = placeCallouts([{ id: 'a', x: 100, y: 100, r: 4.5, w: 60, h: 20 }], room());
    expect(alone!.line).toBeNull();
    const dist = Math.hypot(Math.max(alone!.rect.x - 100, 0, 100 - alone!.rect.x - 60), Math.max(alone!.rect.y - 100, 0, 100 - alone!.rect.y - 20));
    expect(dist).toBeLessThanOrEqual(4.5 + 4);
    // Text all round the point, 50 pixels either way.
    const crowd = [
      { x: 40, y: 50, w: 120, h: 44 },
      { x: 40, y: 106, w: 120, h: 44 },
      { x: 40, y: 94, w: 54, h: 12 },
      { x: 106, y: 94, w: 54, h: 12 },
    ];
    const [far] = placeCallouts([{ id: 'a', x: 100, y: 100, r: 4.5, w: 60, h: 20 }], room(crowd));
    expect(crowd.filter((t) => overlap(far!.rect, t) > 0)).toEqual([]);
    expect(far!.line).not.toBeNull();
    const { from, to } = far!.line!;
    expect(Math.hypot(from.x - 100, from.y - 100)).toBeCloseTo(4.5);
    // The line ends on the callout's edge.
    const r = far!.rect;
    expect(to.x >= r.x && to.x <= r.x + r.w && to.y >= r.y && to.y <= r.y + r.h).toBe(true);
  });

  it('covers text only where the board has no room without, and then never a button', () => {
    const everywhere = [{ x: 0, y: 0, w: 320, h: 209 }];
    const [c] = placeCallouts([{ id: 'a', x: 100, y: 100, r: 4.5, w: 60, h: 20 }], room(everywhere, [button]));
    expect(inside(c!.rect, 320, 209)).toBe(true);
    expect(overlap(c!.rect, button)).toBe(0);
  });
});

describe('markTarget', () => {
  const bounds = { x: 0, y: 0, w: 320, h: 209 };

  it('is a square 24 pixels wide round a free mark, inside the board', () => {
    expect(markTarget(100, 100, 24, [], bounds)).toEqual({ x: 88, y: 88, w: 24, h: 24 });
    expect(markTarget(5, 100, 24, [], bounds)).toEqual({ x: 0, y: 88, w: 17, h: 24 });
  });

  it('gives way to the badges beside the mark, keeping the point, and is none where a badge covers the point', () => {
    const badge = { x: 90, y: 106, w: 40, h: 30 };
    const t = markTarget(100, 100, 24, [badge], bounds)!;
    expect(overlap(t, badge)).toBe(0);
    expect(t.x <= 100 && t.x + t.w >= 100 && t.y <= 100 && t.y + t.h >= 100).toBe(true);
    expect(t).toEqual({ x: 88, y: 88, w: 24, h: 18 });
    expect(markTarget(100, 100, 24, [{ x: 95, y: 95, w: 40, h: 30 }], bounds)).toBeNull();
  });
});
