// Where the board's names go (labelLayout.ts): never over another name or an obstacle, never off
// the board; shorter, smaller or a little further off where they must be; each nearer its own point
// than any other, with a short line if any; left out rather than far from their point.
import { describe, expect, it } from 'vitest';
import type { Rect } from '../../../src/ui/board/frames';
import { crosses, layoutNames, LEADER_MAX, nameForms, sizesDown, twoLines, type NameRequest, type PlacedName } from '../../../src/ui/board/labelLayout';
import { overlap } from '../../../src/ui/board/placement';

/** Text 0.55 of its size wide a letter, 1.25 of it high a line. */
const measure = (text: string, size: number) => {
  const lines = text.split('\n');
  return { w: Math.max(...lines.map((l) => l.length)) * size * 0.55, h: lines.length * size * 1.25 };
};
const name = (id: string, x: number, y: number, texts: string[], sizes = [11], optional = false): NameRequest => ({ id, x, y, gap: 5, texts, sizes, measure, optional });
const board: Rect = { x: 0, y: 0, w: 300, h: 200 };
/** Distance from a point to the nearest spot of a box, measured here on its own. */
const from = (r: Rect, p: { x: number; y: number }) => Math.hypot(Math.max(r.x - p.x, 0, p.x - r.x - r.w), Math.max(r.y - p.y, 0, p.y - r.y - r.h));
/** Names that stand as near another point as their own, or further off than a short line reaches. */
function misleading(requests: readonly NameRequest[], placed: ReadonlyMap<string, PlacedName>): string[] {
  return requests.flatMap((r) => {
    const n = placed.get(r.id);
    if (!n) return [];
    const own = from(n.rect, r);
    const nearer = requests.filter((o) => o !== r && from(n.rect, o) <= own).map((o) => `${r.id} as near ${o.id}`);
    return own > LEADER_MAX * n.size ? [...nearer, `${r.id} ${own.toFixed(0)} px off`] : nearer;
  });
}
/** Each request's rivals: the other requests' points. */
const rivalled = (requests: NameRequest[]) => requests.map((r) => ({ ...r, rivals: requests.filter((o) => o !== r) }));
const inside = (r: Rect, b: Rect) => r.x >= b.x && r.y >= b.y && r.x + r.w <= b.x + b.w && r.y + r.h <= b.y + b.h;

describe("a place's name's forms", () => {
  it('go from the full text to shorter ones, each then on two lines', () => {
    expect(nameForms('Seongju (THAAD site)', null)).toEqual(['Seongju (THAAD site)', 'Seongju\n(THAAD site)', 'Seongju']);
    expect(nameForms('Washington', 'off the map, east')).toEqual(['Washington (off the map, east)', 'Washington\n(off the map, east)', 'Washington']);
    expect(nameForms('The disputed islands', null)).toEqual(['The disputed islands', 'The disputed\nislands']);
    expect(nameForms('Seoul', null)).toEqual(['Seoul']);
  });

  it('break before a "(…)", else at the space nearest the middle', () => {
    expect(twoLines('New capital (East Kalimantan)')).toBe('New capital\n(East Kalimantan)');
    expect(twoLines('Kalimantan railways')).toBe('Kalimantan\nrailways');
    expect(twoLines('Jakarta')).toBeNull();
  });

  it('take sizes from the one asked for down to the least, about 15 % apart', () => {
    expect(sizesDown(21, 11)).toEqual([21, 18, 15, 13, 11]);
    expect(sizesDown(21, 15)).toEqual([21, 18, 15]);
    expect(sizesDown(11, 11)).toEqual([11]);
  });
});

describe('a line to a point', () => {
  it('crosses a box it passes through, not one it passes by or only touches', () => {
    const box = { x: 10, y: 10, w: 10, h: 10 };
    expect(crosses({ x: 0, y: 15 }, { x: 30, y: 15 }, box)).toBe(true);
    expect(crosses({ x: 0, y: 0 }, { x: 30, y: 5 }, box)).toBe(false);
    expect(crosses({ x: 0, y: 10 }, { x: 30, y: 10 }, box)).toBe(false);
    expect(crosses({ x: 0, y: 0 }, { x: 5, y: 5 }, box)).toBe(false);
  });
});

describe('names', () => {
  it('stand beside their point when there is room, in full', () => {
    const { placed, dropped } = layoutNames([name('a', 100, 100, ['Vladivostok'])], [], board);
    expect(dropped).toEqual([]);
    const a = placed.get('a')!;
    expect(a).toMatchObject({ text: 'Vladivostok', size: 11, stand: 'beside' });
    // Right of the point, centred on it.
    expect(a.rect.x).toBeCloseTo(105);
    expect(a.rect.y + a.rect.h / 2).toBeCloseTo(100);
  });

  it('keep off each other, the obstacles and the board’s edge when many crowd one spot', () => {
    const obstacles: Rect[] = [{ x: 130, y: 90, w: 40, h: 30 }];
    const requests = ['Seoul', 'Pyongyang', 'Seongju (THAAD site)', 'Hangzhou', 'Washington (off the map, east)', 'The disputed islands'].map((t, i) => name(`n${i}`, 150 + (i % 3) * 4, 100 + i * 3, nameForms(t, null), sizesDown(16, 11)));
    const { placed, dropped } = layoutNames(requests, obstacles, board);
    // The box over the points leaves two no room within a short line of theirs.
    expect(dropped.length).toBeLessThanOrEqual(2);
    expect(placed.size + dropped.length).toBe(6);
    const rects = [...placed.values()].map((p) => p.rect);
    for (const r of rects) {
      expect(inside(r, board)).toBe(true);
      expect(overlap(r, obstacles[0]!)).toBe(0);
    }
    for (let i = 0; i < rects.length; i++) for (let j = i + 1; j < rects.length; j++) expect(overlap(rects[i]!, rects[j]!)).toBe(0);
  });

  it('take a shorter form rather than run off the board', () => {
    // 60 pixels between the point and each edge: "Seongju (THAAD site)" (121 wide) fits on no side, "Seongju" does.
    const { placed } = layoutNames([name('s', 60, 20, nameForms('Seongju (THAAD site)', null))], [], { x: 0, y: 0, w: 120, h: 40 });
    expect(placed.get('s')?.text).toBe('Seongju');
  });

  it('stand a little further off, with a short line to the point that crosses no other name, where nothing is free beside it', () => {
    // The point walled in by a box 36 pixels across; the free board beyond, 18 pixels off.
    const wall: Rect = { x: 132, y: 82, w: 36, h: 36 };
    const other: NameRequest = name('other', 240, 100, ['Beijing']);
    const { placed } = layoutNames([other, name('p', 150, 100, ['Pyongyang'])], [wall], board);
    const p = placed.get('p')!;
    expect(p.stand).toBe('far');
    expect(overlap(p.rect, wall)).toBe(0);
    expect(from(p.rect, { x: 150, y: 100 })).toBeLessThanOrEqual(2 * 11);
    const to = { x: Math.max(p.rect.x, Math.min(p.rect.x + p.rect.w, 150)), y: Math.max(p.rect.y, Math.min(p.rect.y + p.rect.h, 100)) };
    expect(crosses({ x: 150, y: 100 }, to, placed.get('other')!.rect)).toBe(false);
  });

  it('are left out rather than stand far from their point', () => {
    // Walled in by a box 60 pixels across: the nearest free spot is 30 pixels off, over twice the name's size.
    const wall: Rect = { x: 120, y: 70, w: 60, h: 60 };
    const { placed, dropped } = layoutNames([name('p', 150, 100, ['Pyongyang'])], [wall], board);
    expect(placed.has('p')).toBe(false);
    expect(dropped).toEqual(['p']);
  });

  it('stand nearer their own point than any other, on a crowded spot too', () => {
    // Six places within 12 × 15 pixels, as Korea's on a small board: each name that shows reads as its own point's.
    const requests = rivalled(['Seoul', 'Pyongyang', 'Seongju (THAAD site)', 'Hangzhou', 'Washington (off the map, east)', 'The disputed islands'].map((t, i) => name(`n${i}`, 150 + (i % 3) * 4, 100 + i * 3, nameForms(t, null), sizesDown(16, 11))));
    const { placed, dropped } = layoutNames(requests, [], board);
    expect(misleading(requests, placed)).toEqual([]);
    expect(placed.size + dropped.length).toBe(6);
    // The outer ones have a free side: at most the two in the middle give way.
    expect(dropped.length).toBeLessThanOrEqual(2);
  });

  it('shrink, as little as they can down to their least size, before they are left out; never drawn over another', () => {
    // Room for a name 22 pixels high: of 24, 20, 17 and 16 (30, 25, 21.25 and 20 high), 17 is the largest that fits.
    const strip: Rect = { x: 0, y: 0, w: 400, h: 22 };
    const { placed } = layoutNames([name('a', 10, 11, ['Hangzhou'], sizesDown(24, 16))], [], strip);
    expect(placed.get('a')?.size).toBe(17);
    const none = layoutNames([name('b', 10, 11, ['Hangzhou'], [24])], [], strip);
    expect(none.dropped).toEqual(['b']);
    expect(none.placed.has('b')).toBe(false);
  });

  it('that may not show (an agreement’s) take a spot beside their point or none', () => {
    const wall: Rect = { x: 60, y: 60, w: 80, h: 80 };
    const { placed, dropped } = layoutNames([name('deal', 100, 100, ['Gas deal'], [10], true)], [wall], board);
    expect(placed.has('deal')).toBe(false);
    expect(dropped).toEqual([]);
  });

  it('stay inside their inset, which is no obstacle to them', () => {
    const inset: Rect = { x: 0, y: 0, w: 100, h: 60 };
    const request = { ...name('moscow', 50, 30, ['Moscow']), within: inset };
    const { placed } = layoutNames([request], [inset], board);
    expect(inside(placed.get('moscow')!.rect, inset)).toBe(true);
  });
});
