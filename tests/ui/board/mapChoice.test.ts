// The projection a scenario's map gets, from where its points are (computeMap.ts): centred on the
// pole when the pole lies among them, whatever lies further south; on their centroid otherwise;
// never a conic that a board would show torn.
import { describe, expect, it } from 'vitest';
import type { MapPoint } from '../../../src/ui/board/boardMap';
import { arcDegrees, computeBoardMap, ringsPole, smallestCap, sphericalCentroid } from '../../../src/ui/board/computeMap';
import { ANTARCTIC, ARCTIC_HELSINKI, ARCTIC_OPENS, LISBON_VLADIVOSTOK, POLE_RING, SAHEL, SOUTH_AMERICA } from './regionPoints';

const pt = (lon: number, lat: number): MapPoint => ({ id: `${lon},${lat}`, name: `${lon},${lat}`, lon, lat });

describe('the map of a scenario elsewhere', () => {
  it.each([
    ['Brussels', ARCTIC_OPENS],
    ['Helsinki', ARCTIC_HELSINKI],
  ])('centres an Arctic scenario with the EU in %s on the North Pole, Beijing in an inset', (_, points) => {
    const map = computeBoardMap(points);
    expect(map.main.kind ?? 'azimuthal').toBe('azimuthal');
    expect(map.main.center[1]).toBe(90);
    expect(map.insets.map((i) => i.title)).toEqual(['China']);
  });

  it('centres points all around a pole on it, north or south', () => {
    expect(computeBoardMap(POLE_RING).main.center[1]).toBe(90);
    const south = computeBoardMap(ANTARCTIC);
    expect(south.main.center[1]).toBe(-90);
    expect(south.insets).toEqual([]);
  });

  it('centres on the pole points on one side of it when it lies near the middle of their smallest circle', () => {
    // 170 degrees of longitude at 75 N: not around the pole, but their circle is centred next to it.
    const arc = [pt(0, 75), pt(60, 75), pt(120, 75), pt(170, 75)];
    expect(ringsPole(arc, true)).toBe(true);
    expect(computeBoardMap(arc).main.center[1]).toBe(90);
    // Svalbard, Tromso and Murmansk: the pole lies beyond them.
    expect(ringsPole([pt(15.63, 78.22), pt(18.96, 69.65), pt(33.08, 68.97)], true)).toBe(false);
  });

  it('draws Lisbon to Vladivostok centred on its points: its smallest circle holds the pole, its outline does not', () => {
    const map = computeBoardMap(LISBON_VLADIVOSTOK);
    const cap = smallestCap(LISBON_VLADIVOSTOK);
    // The case means something: the pole is inside the points' smallest circle.
    expect(90 - cap.lat).toBeLessThan(cap.radius);
    expect(map.main.kind ?? 'azimuthal').toBe('azimuthal');
    const c = sphericalCentroid(LISBON_VLADIVOSTOK);
    expect(map.main.center[0]).toBeCloseTo(c.lon, 1);
    expect(map.main.center[1]).toBeCloseTo(c.lat, 1);
  });

  it.each([
    ['the Sahel from Paris', SAHEL],
    ['South America', SOUTH_AMERICA],
  ])('centres %s on its points', (_, points) => {
    const map = computeBoardMap(points);
    const c = sphericalCentroid(points);
    expect(map.main.kind ?? 'azimuthal').toBe('azimuthal');
    expect(map.main.center[0]).toBeCloseTo(c.lon, 1);
    expect(map.main.center[1]).toBeCloseTo(c.lat, 1);
    expect(map.insets).toEqual([]);
  });
});

describe('smallestCap', () => {
  it('is the smallest circle holding the points: through two of them, or three', () => {
    const two = smallestCap([pt(0, 0), pt(40, 0), pt(20, 5)]);
    expect(two.lon).toBeCloseTo(20, 6);
    expect(two.lat).toBeCloseTo(0, 6);
    expect(two.radius).toBeCloseTo(20, 6);
    const ring = smallestCap(POLE_RING);
    expect(ring.lat).toBeCloseTo(90, 6);
    expect(ring.radius).toBeCloseTo(20, 6);
    // Every point inside, and some on the edge, for a scenario's points in any order.
    for (const points of [ARCTIC_OPENS, [...ARCTIC_OPENS].reverse(), SAHEL, ANTARCTIC]) {
      const cap = smallestCap(points);
      const far = Math.max(...points.map((p) => arcDegrees(cap, p)));
      expect(far).toBeCloseTo(cap.radius, 6);
    }
  });
});
