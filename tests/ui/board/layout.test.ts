// Screen layout of the sample board: where things land, and that nothing piles up.
import { describe, expect, it } from 'vitest';
import { EAST_ASIA_MAP } from '../../../src/ui/board/boardMap';
import { computeLayout } from '../../../src/ui/board/layout';
import { SAMPLE_VIEW } from '../../../src/ui/board/sampleView';
import { overlap } from '../../../src/ui/board/placement';

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
