// Screen layout of the sample board: where things land, and that nothing piles up.
import { describe, expect, it } from 'vitest';
import { EAST_ASIA_MAP } from '../../../src/ui/board/boardMap';
import { computeLayout } from '../../../src/ui/board/layout';
import { SAMPLE_VIEW } from '../../../src/ui/board/sampleView';
import { overlap, spreadBoxes } from '../../../src/ui/board/placement';

const badge = (id: string) => ({ w: id === 'asean' ? 52 : 40, h: 30 });

describe.each([
  [1280, 800],
  [800, 600],
  [600, 900],
  [2560, 1080],
])('layout at %ix%i', (width, height) => {
  const layout = computeLayout(SAMPLE_VIEW, width, height, badge, EAST_ASIA_MAP);

  it('shows Moscow and Kazan in the inset, East Asia on the main map, Washington on the edge', () => {
    expect(layout.frames.insets.map((i) => i.frame.title)).toEqual(['European Russia']);
    expect(layout.anchors.get('moscow')?.where).toBe('inset');
    expect(layout.anchors.get('kazan')?.where).toBe('inset');
    expect(layout.anchors.get('russia')?.where).toBe('inset');
    for (const id of ['china', 'japan', 'south-korea', 'vladivostok', 'kurils', 'singapore', 'nusantara']) expect(layout.anchors.get(id)?.where, id).toBe('main');
    const us = layout.anchors.get('united-states')!;
    expect(us.where).toBe('edge');
    // East, across the Pacific, not up over the pole.
    expect(us.x).toBeGreaterThan(width * 0.75);
  });

  it('keeps every badge on the board and apart from the others', () => {
    // A badge for the player and one for each actor.
    expect([...layout.badges.keys()]).toEqual([SAMPLE_VIEW.player.id, ...SAMPLE_VIEW.actors.map((a) => a.id)]);
    const boxes = [...layout.badges].map(([id, c]) => ({ id, x: c.x - badge(id).w / 2, y: c.y - badge(id).h / 2, ...badge(id) }));
    for (const b of boxes) {
      expect(b.x).toBeGreaterThanOrEqual(0);
      expect(b.y).toBeGreaterThanOrEqual(0);
      expect(b.x + b.w).toBeLessThanOrEqual(width);
      expect(b.y + b.h).toBeLessThanOrEqual(height);
    }
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i]!, boxes[j]!), `${boxes[i]!.id}/${boxes[j]!.id}`).toBe(0);
  });

  it('is deterministic', () => {
    const again = computeLayout(SAMPLE_VIEW, width, height, badge, EAST_ASIA_MAP);
    expect([...again.badges]).toEqual([...layout.badges]);
  });
});

it('drops the inset when nothing lies in European Russia', () => {
  const view = { ...SAMPLE_VIEW, player: { ...SAMPLE_VIEW.player, lon: 131.89, lat: 43.12 }, places: SAMPLE_VIEW.places.filter((p) => p.id !== 'moscow' && p.id !== 'kazan') };
  const layout = computeLayout(view, 1280, 800, badge, EAST_ASIA_MAP);
  expect(layout.frames.insets).toEqual([]);
  expect(layout.anchors.get('russia')?.where).toBe('main');
});

it('spreads boxes crowded against the board\'s edges apart without pushing any off it', () => {
  const bounds = { x: 0, y: 0, w: 300, h: 200 };
  // Three badges piled at the left edge and three at the bottom-right corner: pushing apart would carry some out.
  const boxes = [
    ...[0, 1, 2].map((i) => ({ id: `left-${i}`, x: 22, y: 100 + i, w: 40, h: 20 })),
    ...[0, 1, 2].map((i) => ({ id: `corner-${i}`, x: 278 - i, y: 188, w: 40, h: 20 })),
  ];
  const spread = spreadBoxes(boxes, bounds, 4);
  const placed = boxes.map((b) => ({ ...b, x: spread.get(b.id)!.x - b.w / 2, y: spread.get(b.id)!.y - b.h / 2 }));
  for (const b of placed) {
    expect(b.x, b.id).toBeGreaterThanOrEqual(0);
    expect(b.y, b.id).toBeGreaterThanOrEqual(0);
    expect(b.x + b.w, b.id).toBeLessThanOrEqual(300);
    expect(b.y + b.h, b.id).toBeLessThanOrEqual(200);
  }
  for (let i = 0; i < placed.length; i++) for (let j = i + 1; j < placed.length; j++) expect(overlap(placed[i]!, placed[j]!), `${placed[i]!.id}/${placed[j]!.id}`).toBe(0);
});

describe("the shipped map's legend", () => {
  // The board beside a 2019 game's hint at 1366×800 (666×590): its bottom-left corner, where the
  // legend stood, held the ASEAN and Indonesia badges.
  it.each([
    [666, 590],
    [1280, 800],
    [2560, 1080],
  ])('lies over no place or badge at %ix%i', (width, height) => {
    const layout = computeLayout(SAMPLE_VIEW, width, height, badge, EAST_ASIA_MAP);
    const legend = layout.frames.legend;
    if (legend === null) return void expect(width === 666 && height === 590).toBe(false); // room for it on each of these boards
    for (const [id, a] of layout.anchors) expect(a.x >= legend.x && a.x <= legend.x + legend.w && a.y >= legend.y && a.y <= legend.y + legend.h, id).toBe(false);
    // The badges as drawn, boxes around their centres, not only their points.
    for (const [id, c] of layout.badges) expect(overlap({ x: c.x - badge(id).w / 2, y: c.y - badge(id).h / 2, ...badge(id) }, legend), `badge ${id}`).toBe(0);
  });
});
