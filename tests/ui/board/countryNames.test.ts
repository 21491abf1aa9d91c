// A computed map names a country over the part of it the board shows (countryCells.ts,
// countryNames.ts), not at a fixed spot: on the conic map a teacher's Arctic file got,
// "Kazakhstan" stood in the board's corner over a sliver of it, and Russia went unnamed.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoContains } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { computeBoardMap } from '../../../src/ui/board/computeMap';
import { ringCells } from '../../../src/ui/board/countryCells';
import { placeCountryNames } from '../../../src/ui/board/countryNames';
import { computeFrames, panels } from '../../../src/ui/board/frames';
import { WORLD_ATLAS, WORLD_LAYERS, buildFrameGeometry, d3Projection, worldObjects, type WorldTopology } from '../../../src/ui/board/geoBuild';
import { ARCTIC_OPENS, LISBON_VLADIVOSTOK, SAHEL } from './regionPoints';

const topology = JSON.parse(readFileSync(createRequire(import.meta.url).resolve(WORLD_ATLAS), 'utf8')) as WorldTopology;
const measure = (text: string, size: number) => ({ w: text.length * size * 0.8, h: size * 1.2 });

describe('ringCells', () => {
  it('takes the cells whose centre lies inside the rings, leaving holes out', () => {
    const square = (a: number, b: number): Array<[number, number]> => [
      [a, a],
      [b, a],
      [b, b],
      [a, b],
    ];
    expect(ringCells([square(0, 10)], 0, 0, 2, 5)).toEqual([0, 0, 4, 1, 0, 4, 2, 0, 4, 3, 0, 4, 4, 0, 4]);
    // A lake from 4 to 6: the middle cell of the middle row is water.
    expect(ringCells([square(0, 10), square(4, 6)], 0, 0, 2, 5).slice(6, 12)).toEqual([2, 0, 1, 2, 3, 4]);
  });
});

describe('placeCountryNames', () => {
  // Two countries side by side, 100 x 40 px each (cells of 10 px, one unit a pixel).
  const rows = (c0: number, c1: number) => [0, 1, 2, 3].flatMap((r) => [r, c0, c1]);
  const cells = { x0: 0, y0: 0, cell: 10, countries: [{ name: 'A', runs: rows(0, 9) }, { name: 'B', runs: rows(10, 19) }] };
  const fit = { k: 1, ox: 0, oy: 0 };
  const board = { x: 0, y: 0, w: 200, h: 40 };
  const wide = () => ({ w: 60, h: 12 });

  it("writes a name over its country, and leaves it out rather than against another's", () => {
    const free = placeCountryNames(cells, fit, board, [], [], wide, 1);
    expect(free.map((n) => n.text)).toEqual(['A', 'B']);
    expect(free.map((n) => n.x)).toEqual([45, 145]);
    // Pushed together by what else is on the board, B's name would touch A's: it is left out.
    const pushed = placeCountryNames(cells, fit, board, [], [{ x: 0, y: 0, w: 40, h: 40 }, { x: 170, y: 0, w: 30, h: 40 }], wide, 1);
    expect(pushed.map((n) => `${n.text} ${n.x}`)).toEqual(['A 75']);
  });
});

describe('country names on a computed map', () => {
  it.each([
    ['the Arctic with Brussels', ARCTIC_OPENS, ['Russia', 'Canada', 'Greenland']],
    ['the Sahel from Paris', SAHEL, ['Mali', 'Algeria', 'Niger']],
    ['Lisbon to Vladivostok', LISBON_VLADIVOSTOK, ['Russia', 'China', 'Kazakhstan']],
  ] as const)('%s: each name stands on its own country, inside the board, off the insets and the other names', (_, points, expected) => {
    const map = computeBoardMap(points);
    const geometry = buildFrameGeometry(topology, map.main, WORLD_LAYERS);
    const projection = d3Projection(map.main);
    const shapes = new Map(worldObjects(topology).countries.map((c) => [c.name === 'United States of America' ? 'United States' : c.name, c.shape]));
    // A 1280 x 900 window's board, a 1920 x 1080 window's, and the demo page's.
    for (const [w, h] of [
      [580, 780],
      [1220, 960],
      [1280, 800],
    ] as const) {
      const frames = computeFrames(w, h, map, map.insets.map((_, i) => i));
      const covers = panels(frames);
      const names = placeCountryNames(geometry.countries!, frames.main, { x: 0, y: 0, w, h }, covers, [...covers], measure, frames.ui);
      expect(names.map((n) => n.text)).toEqual(expect.arrayContaining([...expected]));
      for (const n of names) {
        const box = { x: n.x - n.w / 2, y: n.y - n.h / 2, w: n.w, h: n.h };
        expect(box.x >= 0 && box.y >= 0 && box.x + box.w <= w && box.y + box.h <= h, `${n.text} inside the board`).toBe(true);
        const lonLat = projection.invert!([(n.x - frames.main.ox) / frames.main.k, (n.y - frames.main.oy) / frames.main.k])!;
        expect(geoContains(shapes.get(n.text) as Parameters<typeof geoContains>[0], lonLat), `${n.text} at ${lonLat.map(Math.round)}`).toBe(true);
        // Another name keeps a quarter of the smaller size clear: side by side, two names read as one.
        const others = names.filter((m) => m !== n).map((m) => ({ x: m.x - m.w / 2 - Math.min(m.size, n.size) / 4, y: m.y - m.h / 2, w: m.w + Math.min(m.size, n.size) / 2, h: m.h }));
        for (const o of [...covers, ...others]) {
          expect(box.x < o.x + o.w && o.x < box.x + box.w && box.y < o.y + o.h && o.y < box.y + box.h, `${n.text} over or against another box`).toBe(false);
        }
      }
    }
  });
});
