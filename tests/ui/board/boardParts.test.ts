// The board's pure parts split out of its scene: where relation lines run and what labels keep
// off, the tooltip's words, and how long agreement titles are cut.
import { describe, expect, it } from 'vitest';
import { tooltipLines } from '../../../src/ui/board/actorTooltip';
import { shortLabel } from '../../../src/ui/board/agreementMarks';
import type { BoardFrames, Rect } from '../../../src/ui/board/frames';
import { BOW, boxesAlong, chooseBow, lineStart, relationPoints } from '../../../src/ui/board/relationLines';
import type { Pt } from '../../../src/ui/board/strokes';

const framesWithInset = (rect: Rect) => ({ insets: [{ index: 0, rect }] }) as unknown as BoardFrames;

describe('relation lines', () => {
  it('bow away from a badge in the way, and to the usual side when nothing is', () => {
    const from: Pt = [0, 0];
    const to: Pt = [200, 0];
    // A positive bow swings a left-to-right line downwards (towards +y), through this box.
    const below: Rect = { x: 80, y: 10, w: 40, h: 20 };
    expect(chooseBow(from, to, [below])).toBe(-BOW);
    expect(chooseBow(from, to, [{ ...below, y: -30 }])).toBe(BOW);
    expect(chooseBow(from, to, [])).toBe(BOW);
  });

  it('leave from the edge of the inset the player is shown in, else from the badge', () => {
    const inset: Rect = { x: 0, y: 0, w: 100, h: 80 };
    const badge: Rect = { x: 40, y: 30, w: 20, h: 10 };
    expect(lineStart([50, 35], badge, framesWithInset(inset))).toEqual({ box: inset, fromInset: true });
    expect(lineStart([300, 35], badge, framesWithInset(inset))).toEqual({ box: badge, fromInset: false });
    const points = relationPoints([50, 35], [400, 40], BOW, inset, { x: 390, y: 30, w: 20, h: 20 });
    expect(points[0]![0]).toBeCloseTo(100, 5);
    expect(points.at(-1)![0]).toBeCloseTo(390, 5);
  });

  it('claim thin boxes along them in short pieces, end to end', () => {
    const boxes = boxesAlong([[[0, 50], [120, 50]]], 1);
    expect(boxes).toHaveLength(10);
    for (const [i, b] of boxes.entries()) expect(b).toEqual({ x: 12 * i - 3, y: 47, w: 18, h: 6 });
    expect(boxesAlong([], 1)).toEqual([]);
  });
});

describe('the actor tooltip', () => {
  it('says the relation, trust and lean as the badge shows them, and where an actor off the map lies', () => {
    expect(tooltipLines('Japan', { relation: 12.4, trust: 40.6, alignment: -15 }, { where: 'main', x: 0, y: 0 })).toEqual(['Japan', 'relation +12 · trust 41', 'leans to the US (−15)']);
    expect(tooltipLines('China', { relation: -3, trust: 70, alignment: 22 }, undefined)).toEqual(['China', 'relation -3 · trust 70', 'leans to China (+22)']);
    const far = tooltipLines('United States', { relation: 0, trust: 50, alignment: 9.4 }, { where: 'edge', x: 0, y: 0, angle: 0 });
    expect(far.slice(1, 3)).toEqual(['relation 0 · trust 50', 'between the US and China']);
    expect(far[3]).toMatch(/^off the map, to the \w+/);
  });

  it("names the scenario's own sides of the alignment", () => {
    const sides = { low: 'the EU', high: 'Russia' };
    expect(tooltipLines('Georgia', { relation: 10, trust: 50, alignment: -40 }, undefined, sides)[2]).toBe('leans to the EU (−40)');
    expect(tooltipLines('Belarus', { relation: 10, trust: 50, alignment: 70 }, undefined, sides)[2]).toBe('leans to Russia (+70)');
    expect(tooltipLines('Armenia', { relation: 10, trust: 50, alignment: -10 }, undefined, sides)[2]).toBe('leans to the EU (−10)');
  });
});

describe('agreement labels', () => {
  it('keep short titles and cut long ones at a word, with an ellipsis', () => {
    expect(shortLabel('Power of Siberia')).toBe('Power of Siberia');
    const cut = shortLabel('Peace treaty and the return of two islands to Japan');
    expect(cut).toBe('Peace treaty and the return…');
    expect(cut.length).toBeLessThanOrEqual(30);
  });
});
