// Small geometry helpers of the board: dashes, trimming, spreading, label placement.
import { describe, expect, it } from 'vitest';
import { layoutAgreements, statusLook } from '../../../src/ui/board/agreementLayout';
import { leaderLine, overlap, placeLabels, spreadBoxes } from '../../../src/ui/board/placement';
import { arcPoints, dashes, polylineLength, trimInside, type Pt } from '../../../src/ui/board/strokes';

describe('dashes', () => {
  it('draws the "on" share of the line', () => {
    const line: Pt[] = [
      [0, 0],
      [100, 0],
      [100, 100],
    ];
    const parts = dashes(line, 6, 4);
    const drawn = parts.reduce((n, d) => n + polylineLength(d), 0);
    expect(drawn).toBeCloseTo(120, 5);
    for (const d of parts) expect(polylineLength(d)).toBeLessThanOrEqual(6 + 1e-9);
  });

  it('follows corners inside one dash', () => {
    const parts = dashes(
      [
        [0, 0],
        [3, 0],
        [3, 3],
      ],
      10,
      2,
    );
    expect(parts).toHaveLength(1);
    expect(parts[0]).toHaveLength(3);
  });
});

describe('trimInside', () => {
  it('cuts a line where it leaves and enters the marker boxes', () => {
    const pts = arcPoints([0, 0], [200, 0], 0);
    const out = trimInside(pts, { x: -10, y: -10, w: 20, h: 20 }, { x: 190, y: -10, w: 20, h: 20 });
    expect(out[0]![0]).toBeCloseTo(10, 6);
    expect(out[out.length - 1]![0]).toBeCloseTo(190, 6);
  });
});

describe('spreadBoxes', () => {
  it('separates boxes that sit on the same spot, deterministically', () => {
    const boxes = [
      { id: 'a', x: 100, y: 100, w: 40, h: 20 },
      { id: 'b', x: 100, y: 100, w: 40, h: 20 },
      { id: 'c', x: 105, y: 102, w: 40, h: 20 },
    ];
    const out = spreadBoxes(boxes, { x: 0, y: 0, w: 400, h: 400 }, 4);
    const rects = boxes.map((b) => ({ ...b, x: out.get(b.id)!.x - b.w / 2, y: out.get(b.id)!.y - b.h / 2 }));
    for (let i = 0; i < rects.length; i++) for (let j = i + 1; j < rects.length; j++) expect(overlap(rects[i]!, rects[j]!)).toBe(0);
    expect(spreadBoxes(boxes, { x: 0, y: 0, w: 400, h: 400 }, 4)).toEqual(out);
  });
});

describe('placeLabels', () => {
  it('puts a label beside its point, off the obstacles, and drops optional ones with no room', () => {
    const placed = placeLabels(
      [
        { id: 'one', x: 50, y: 50, w: 30, h: 10, gap: 4, optional: false },
        { id: 'two', x: 50, y: 50, w: 200, h: 200, gap: 4, optional: true },
      ],
      [{ x: 52, y: 40, w: 40, h: 20 }],
      { x: 0, y: 0, w: 120, h: 120 },
    );
    const one = placed.get('one')!;
    expect(one).not.toBeNull();
    expect(overlap(one, { x: 52, y: 40, w: 40, h: 20 })).toBe(0);
    expect(placed.get('two')).toBeNull();
  });

  it('steers a label off soft obstacles (lines) when it can, and still places it when it cannot', () => {
    const request = { id: 'city', x: 50, y: 50, w: 30, h: 10, gap: 4, optional: true };
    const bounds = { x: 0, y: 0, w: 120, h: 120 };
    // Alone, the label goes right of its point (the first spot tried).
    expect(placeLabels([request], [], bounds).get('city')).toEqual({ x: 54, y: 45, w: 30, h: 10 });
    // A line running right from the point sends it to the left instead.
    const line = { x: 50, y: 48, w: 70, h: 4 };
    const moved = placeLabels([request], [], bounds, [line]).get('city')!;
    expect(overlap(moved, line)).toBe(0);
    expect(moved.x + moved.w).toBeLessThanOrEqual(50);
    // Lines everywhere: an optional label is still placed, over the least of them.
    expect(placeLabels([request], [], bounds, [bounds]).get('city')).not.toBeNull();
  });

  it('takes a name that must show further out rather than under an obstacle; an optional one is dropped', () => {
    // Obstacles fill a ring of about 30 around the point: every spot within 2.6 gaps is covered.
    const ring = { x: 20, y: 20, w: 60, h: 60 };
    const bounds = { x: 0, y: 0, w: 200, h: 200 };
    const name = placeLabels([{ id: 'pyongyang', x: 50, y: 50, w: 20, h: 8, gap: 8, optional: false }], [ring], bounds).get('pyongyang')!;
    expect(overlap(name, ring)).toBe(0);
    expect(placeLabels([{ id: 'deal', x: 50, y: 50, w: 20, h: 8, gap: 8, optional: true }], [ring], bounds).get('deal')).toBeNull();
    // Lines alone around it (soft obstacles): it stays near its point, across a line, rather than
    // move out to where nothing is (Cam Ranh's name drifted far from its mark).
    const near = placeLabels([{ id: 'cam-ranh', x: 50, y: 50, w: 20, h: 8, gap: 8, optional: false }], [], bounds, [ring]).get('cam-ranh')!;
    expect(Math.abs(near.x + near.w / 2 - 50) + Math.abs(near.y + near.h / 2 - 50)).toBeLessThan(8 * 2.6 + 20);
  });
});

describe('layoutAgreements', () => {
  const points = new Map([
    ['moscow', { x: 10, y: 10 }],
    ['kazan', { x: 60, y: 10 }],
    ['vlad', { x: 300, y: 200 }],
    ['china', { x: 200, y: 200 }],
  ]);
  const boxOf = (id: string) => (id === 'china' ? { x: 180, y: 190, w: 40, h: 20 } : null);

  it('draws routes through their places, stopping at badges', () => {
    const geo = layoutAgreements([{ id: 'p', label: 'pipe', kind: 'pipeline', status: 'active', route: ['vlad', 'china'] }], points, boxOf, 1).get('p')!;
    expect(geo.icon).toBeNull();
    expect(geo.route![0]).toEqual([300, 200]);
    expect(geo.route![geo.route!.length - 1]![0]).toBeCloseTo(220, 6);
  });

  it('lines up several icons at one place, beside a badge', () => {
    const out = layoutAgreements(
      [
        { id: 'a', label: 'a', kind: 'finance', status: 'active', place: 'china' },
        { id: 'b', label: 'b', kind: 'summit', status: 'pending', place: 'china' },
      ],
      points,
      boxOf,
      1,
    );
    const a = out.get('a')!.icon!;
    const b = out.get('b')!.icon!;
    expect(a.x).toBeGreaterThan(220);
    expect(b.x).toBeGreaterThan(a.x);
    expect(a.y).toBe(b.y);
  });

  it('skips agreements whose places are unknown', () => {
    expect(layoutAgreements([{ id: 'x', label: 'x', kind: 'summit', status: 'done', place: 'nowhere' }], points, boxOf, 1).size).toBe(0);
  });

  it('gives each status a distinct look', () => {
    const looks = (['pending', 'active', 'done', 'disrupted'] as const).map((s) => JSON.stringify(statusLook(s)));
    expect(new Set(looks).size).toBe(4);
  });
});

describe('leaderLine', () => {
  it('ties a name pushed beyond its first ring to its point, from the point to the nearest spot of the name', () => {
    // 30 px right of the point with a gap of 5: far, a line to the box's left edge at the point's height.
    expect(leaderLine({ x: 100, y: 50, gap: 5 }, { x: 130, y: 44, w: 40, h: 12 })).toEqual({ from: { x: 100, y: 50 }, to: { x: 130, y: 50 } });
    // Below and to the left: to the box's nearest corner.
    expect(leaderLine({ x: 100, y: 50, gap: 5 }, { x: 40, y: 70, w: 40, h: 12 })).toEqual({ from: { x: 100, y: 50 }, to: { x: 80, y: 70 } });
  });

  it('leaves a name in its first ring alone', () => {
    expect(leaderLine({ x: 100, y: 50, gap: 5 }, { x: 105, y: 44, w: 40, h: 12 })).toBeNull();
    expect(leaderLine({ x: 100, y: 50, gap: 5 }, { x: 109, y: 44, w: 40, h: 12 })).toBeNull();
  });

  it('gives a leader to every name placeLabels had to put far off its point, and none to those beside it', () => {
    // Four names at one point, each box in the way of the next: the later ones go further out.
    const requests = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'].map((id) => ({ id, x: 200, y: 200, w: 60, h: 12, gap: 5, optional: false }));
    const placed = placeLabels(requests, [], { x: 0, y: 0, w: 400, h: 400 });
    const leaders = requests.map((r) => leaderLine(r, placed.get(r.id)!));
    expect(leaders[0]).toBeNull();
    expect(leaders.filter((l) => l !== null).length).toBeGreaterThan(0);
  });
});
