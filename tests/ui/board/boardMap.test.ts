// The map a scenario gets, chosen from its places and actors (boardMap.ts), and where the board
// then draws them (layout.ts): the shipped scenarios keep the prepared East Asia map; others get a
// projection that suits their region, insets for far groups, and every point on the board.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scenarioBoard } from '../../../src/cli/commands/map';
import { loadScenario } from '../../../src/scenario/load';
import type { MapPoint } from '../../../src/ui/board/boardMap';
import { boardMapOf, chooseBoardMap, computeBoardMap, sphericalCentroid } from '../../../src/ui/board/computeMap';
import type { BoardView } from '../../../src/ui/board/boardView';
import { computeLayout, spreadPlaces } from '../../../src/ui/board/layout';
import type { Anchor } from '../../../src/ui/board/frames';
import { projectUnits } from '../../../src/ui/board/projection';

const ROOT = resolve(new URL('../../..', import.meta.url).pathname);

function boardOf(file: string) {
  const loaded = loadScenario(readFileSync(resolve(ROOT, file), 'utf8'), file);
  if (!loaded.ok) throw new Error(`${file} does not load`);
  return scenarioBoard(loaded.scenario);
}

function viewOf(file: string): BoardView {
  const b = boardOf(file);
  return {
    player: b.player,
    actors: b.actors.map((a) => ({ ...a, relation: 0, trust: 50, alignment: 0, selected: false })),
    places: b.places.map((p) => ({ ...p, kind: p.kind as BoardView['places'][number]['kind'] })),
    agreements: (b.routes ?? []).map((r, i) => ({ id: `r${i}`, label: r.label, kind: 'railway', status: 'active', route: [...r.ids] })),
  };
}

const points = (file: string): MapPoint[] => {
  const b = boardOf(file);
  return [b.player, ...b.actors, ...b.places];
};

const pt = (id: string, lon: number, lat: number): MapPoint => ({ id, name: id, lon, lat });

describe('chooseBoardMap', () => {
  it.each(['scenarios/tutorial.yaml', 'scenarios/mother-russia-2016.yaml', 'scenarios/other-asia-2019.yaml'])('keeps the prepared East Asia map for %s', (file) => {
    expect(chooseBoardMap(points(file)).prepared).toBe('east-asia');
  });

  it('puts the Arctic on a polar map, centred on the North Pole', () => {
    const map = chooseBoardMap(points('tests/fixtures/scenarios/regions/arctic.yaml'));
    expect(map.prepared).toBeNull();
    expect(map.main.kind ?? 'azimuthal').toBe('azimuthal');
    expect(map.main.center[1]).toBe(90);
    expect(map.insets).toEqual([]);
  });

  it('draws Lisbon to Vladivostok azimuthal, centred on its points: a conic showed its cut pole on a 1280 x 900 board', () => {
    const pts = points('tests/fixtures/scenarios/regions/europe-pacific.yaml');
    const map = chooseBoardMap(pts);
    expect(map.main.kind ?? 'azimuthal').toBe('azimuthal');
    const c = sphericalCentroid(pts);
    expect(map.main.center).toEqual([Math.round(c.lon * 100) / 100, Math.round(c.lat * 100) / 100]);
  });

  it('centres a compact region (Central Asia) on its points, azimuthal, without insets', () => {
    const pts = points('tests/fixtures/scenarios/regions/central-asia.yaml');
    const map = chooseBoardMap(pts);
    expect(map.main.kind ?? 'azimuthal').toBe('azimuthal');
    const c = sphericalCentroid(pts);
    expect(map.main.center[0]).toBeCloseTo(c.lon, 1);
    expect(map.main.center[1]).toBeCloseTo(c.lat, 1);
    expect(map.insets).toEqual([]);
  });

  it('gives a far-off actor (Washington in a Middle East scenario) an inset of its own', () => {
    const map = chooseBoardMap(points('tests/fixtures/scenarios/regions/middle-east.yaml'));
    expect(map.insets.map((i) => i.title)).toEqual(['United States']);
    expect(map.home).toEqual({ 'united-states': 0 });
  });

  it('holds every point of its frame inside the frame view', () => {
    for (const file of ['arctic', 'central-asia', 'middle-east', 'europe-pacific']) {
      const pts = points(`tests/fixtures/scenarios/regions/${file}.yaml`);
      const map = chooseBoardMap(pts);
      for (const p of pts) {
        const frame = map.home[p.id] === undefined ? map.main : map.insets[map.home[p.id]!]!;
        const [x, y] = projectUnits(frame, p.lon, p.lat)!;
        const [x0, y0, x1, y1] = frame.view;
        expect(x > x0 && x < x1 && y > y0 && y < y1, `${file}: ${p.id}`).toBe(true);
        // And the geography reaches past the view.
        expect(frame.extent[0]).toBeLessThan(x0);
        expect(frame.extent[3]).toBeGreaterThan(y1);
      }
    }
  });

  it('is deterministic, and too many far groups make one wide board rather than many insets', () => {
    const world = [pt('a', 0, 50), pt('b', 100, 30), pt('c', -100, 40), pt('d', 170, -40), pt('e', -60, -20)];
    const map = computeBoardMap(world);
    expect(map.insets).toEqual([]);
    expect(computeBoardMap(world)).toEqual(map);
  });

  it('uses the player\'s group for the main board when two groups are the same size', () => {
    const map = computeBoardMap([pt('player', 10, 50), pt('x', 12, 48), pt('far', 140, -30), pt('far2', 142, -32)]);
    expect(map.home).toEqual({ far: 0, far2: 0 });
  });
});

describe('the board places every point of a region scenario', () => {
  it.each(['arctic', 'central-asia', 'middle-east', 'europe-pacific'])('%s: main board or inset, never the edge, inside the board', (name) => {
    const view = viewOf(`tests/fixtures/scenarios/regions/${name}.yaml`);
    for (const [w, h] of [
      [1280, 800],
      [800, 600],
    ] as const) {
      const layout = computeLayout(view, w, h, () => ({ w: 40, h: 30 }), boardMapOf(view));
      for (const p of [view.player, ...view.actors, ...view.places]) {
        const a = layout.anchors.get(p.id)!;
        expect(a.where, p.id).not.toBe('edge');
        expect(a.x > 0 && a.x < w && a.y > 0 && a.y < h, `${p.id} at ${a.x},${a.y}`).toBe(true);
      }
      // The legend never covers a point.
      const l = layout.frames.legend;
      if (l) for (const a of layout.anchors.values()) expect(a.x > l.x && a.x < l.x + l.w && a.y > l.y && a.y < l.y + l.h).toBe(false);
    }
  });

  it('moves the legend off a point under its usual corner', () => {
    const view = viewOf('tests/fixtures/scenarios/regions/central-asia.yaml');
    const usual = computeLayout(view, 1280, 800, () => ({ w: 40, h: 30 }), boardMapOf(view)).frames.legend!;
    const withTehran: BoardView = { ...view, places: [...view.places, { id: 'tehran', name: 'Tehran', kind: 'capital', lon: 51.4, lat: 35.7 }] };
    const layout = computeLayout(withTehran, 1280, 800, () => ({ w: 40, h: 30 }), boardMapOf(withTehran));
    const tehran = layout.anchors.get('tehran')!;
    const covers = (l: { x: number; y: number; w: number; h: number }, a: { x: number; y: number }) => a.x > l.x && a.x < l.x + l.w && a.y > l.y && a.y < l.y + l.h;
    // The case means something: the usual corner (bottom left, whatever the points) would hide Tehran.
    expect(covers(usual, tehran)).toBe(true);
    // Another corner is free, so there is still a legend, there.
    const l = layout.frames.legend!;
    expect(l).not.toBeNull();
    for (const a of layout.anchors.values()) expect(covers(l, a)).toBe(false);
  });

  it('keeps two places 20 km apart as two marks (Bishkek and Kant)', () => {
    const view = viewOf('tests/fixtures/scenarios/regions/central-asia.yaml');
    const layout = computeLayout(view, 800, 600, () => ({ w: 40, h: 30 }), boardMapOf(view));
    const a = layout.anchors.get('bishkek')!;
    const b = layout.anchors.get('kant')!;
    expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(9 * layout.frames.ui - 1e-6);
  });

  it('spreads places on the same spot apart, and leaves far ones alone', () => {
    const anchors = new Map<string, Anchor>([
      ['a', { where: 'main', x: 100, y: 100 }],
      ['b', { where: 'main', x: 100, y: 100 }],
      ['c', { where: 'main', x: 300, y: 100 }],
      ['d', { where: 'inset', inset: 0, x: 100, y: 100 }],
    ]);
    spreadPlaces(['a', 'b', 'c', 'd'], anchors, 10);
    const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((id) => anchors.get(id)!);
    expect(Math.hypot(a!.x - b!.x, a!.y - b!.y)).toBeCloseTo(10, 6);
    expect(c).toEqual({ where: 'main', x: 300, y: 100 });
    // On another frame: not a neighbour.
    expect(d).toEqual({ where: 'inset', inset: 0, x: 100, y: 100 });
  });

  it('on the shipped map, pins Washington to the edge, to the east (and says so in the CLI)', () => {
    const view = viewOf('scenarios/mother-russia-2016.yaml');
    const layout = computeLayout(view, 1280, 800, () => ({ w: 40, h: 30 }), boardMapOf(view));
    const w = layout.anchors.get('washington')!;
    expect(w.where).toBe('edge');
    expect(w.x).toBeGreaterThan(1280 * 0.75);
    expect(layout.anchors.get('sochi')).toBeUndefined();
  });

  it('draws Sochi in the European Russia inset, not on the edge', () => {
    const view = viewOf('scenarios/other-asia-2019.yaml');
    const layout = computeLayout(view, 1280, 800, () => ({ w: 40, h: 30 }), boardMapOf(view));
    expect(layout.frames.map.prepared).toBe('east-asia');
    expect(layout.anchors.get('sochi')?.where).toBe('inset');
  });
});
