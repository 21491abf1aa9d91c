// The browser places points with projection.ts; the map was drawn by d3-geo at build time.
// They must agree, or markers drift off their cities.
import { geoAzimuthalEqualArea, geoConicEqualArea } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { loadMapData } from '../../../src/ui/board/mapAsset';
import { linePoints, matchesFrame } from '../../../src/ui/board/mapData';
import { INSET_FRAME, MAIN_FRAME, fitRect, focusBounds, projectScreen, projectUnits, type FrameSpec } from '../../../src/ui/board/projection';

const frames: Array<[string, FrameSpec]> = [
  ['main', MAIN_FRAME],
  ['inset', INSET_FRAME],
];

describe('projection', () => {
  it.each(frames)('%s: matches d3.geoAzimuthalEqualArea over the globe', (_, frame) => {
    const d3 = geoAzimuthalEqualArea()
      .rotate([-frame.center[0], -frame.center[1]])
      .scale(frame.scale)
      .translate([0, 0]);
    let compared = 0;
    let points = 0;
    for (let lon = -180; lon <= 180; lon += 7.5) {
      for (let lat = -85; lat <= 85; lat += 5) {
        points++;
        const ours = projectUnits(frame, lon, lat);
        const theirs = d3([lon, lat]);
        // Both leave out the same points (only the antipode, for an azimuthal projection).
        expect(ours === null, `${lon},${lat}`).toBe(theirs === null);
        if (!ours || !theirs) continue;
        expect(ours[0]).toBeCloseTo(theirs[0], 6);
        expect(ours[1]).toBeCloseTo(theirs[1], 6);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(points * 0.99);
  });

  it('matches the control points d3 projected when the map was built', () => {
    const data = loadMapData();
    for (const [geometry, frame] of [
      [data.main, MAIN_FRAME],
      [data.inset, INSET_FRAME],
    ] as const) {
      expect(matchesFrame(geometry, frame)).toBe(true);
      expect(geometry.controls.length).toBeGreaterThan(5);
      for (const [lon, lat, x, y] of geometry.controls) {
        const p = projectUnits(frame, lon, lat)!;
        expect(Math.abs(p[0] - x)).toBeLessThan(0.01);
        expect(Math.abs(p[1] - y)).toBeLessThan(0.01);
      }
    }
  });

  it('puts cities on land and seas off it in the shipped geometry', () => {
    const { main } = loadMapData();
    const rings = main.land.map((line) => linePoints(line, main.quantum));
    // Non-zero winding over all rings, like the canvas fill.
    const onLand = (lon: number, lat: number) => {
      const [px, py] = projectUnits(MAIN_FRAME, lon, lat)!;
      let winding = 0;
      for (const ring of rings) {
        for (let i = 0; i < ring.length; i++) {
          const [x0, y0] = ring[i]!;
          const [x1, y1] = ring[(i + 1) % ring.length]!;
          const cross = (x1 - x0) * (py - y0) - (px - x0) * (y1 - y0);
          if (y0 <= py && y1 > py && cross > 0) winding++;
          else if (y0 > py && y1 <= py && cross < 0) winding--;
        }
      }
      return winding !== 0;
    };
    for (const [lon, lat] of [
      [116.4, 39.9], // Beijing
      [131.95, 43.2], // Vladivostok, just inland
      [139.69, 35.69], // Tokyo
      [106.85, -6.21], // Jakarta
      [116.7, -0.97], // East Kalimantan
      [100, 60], // Siberia
    ])
      expect(onLand(lon!, lat!), `${lon},${lat} on land`).toBe(true);
    for (const [lon, lat] of [
      [134, 40], // Sea of Japan
      [115, 12], // South China Sea
      [150, 25], // Pacific
      [125, 35], // Yellow Sea
    ])
      expect(onLand(lon!, lat!), `${lon},${lat} at sea`).toBe(false);
  });

  it('fits the focus region inside the screen, centred', () => {
    const bounds = focusBounds(MAIN_FRAME);
    const screen = { x: 10, y: 20, width: 800, height: 600 };
    const fit = fitRect(bounds, screen);
    for (const [lon, lat] of [
      [95, -10],
      [150, -10],
      [95, 62],
      [150, 62],
      [122, 27],
    ]) {
      const [x, y] = projectScreen(MAIN_FRAME, fit, lon!, lat!)!;
      expect(x).toBeGreaterThanOrEqual(screen.x - 1e-6);
      expect(x).toBeLessThanOrEqual(screen.x + screen.width + 1e-6);
      expect(y).toBeGreaterThanOrEqual(screen.y - 1e-6);
      expect(y).toBeLessThanOrEqual(screen.y + screen.height + 1e-6);
    }
  });

  it('returns null only at the antipode', () => {
    expect(projectUnits(MAIN_FRAME, MAIN_FRAME.center[0] - 180, -MAIN_FRAME.center[1])).toBeNull();
    expect(projectUnits(MAIN_FRAME, -77, 38.9)).not.toBeNull();
  });

  // The frames the board computes for a scenario (boardMap.ts) use these too.
  it('matches d3.geoAzimuthalEqualArea centred on the North Pole (the Arctic frame)', () => {
    const frame: FrameSpec = { center: [40, 90], scale: 1000, extent: [-1, -1, 1, 1] };
    const d3 = geoAzimuthalEqualArea().rotate([-40, -90]).scale(1000).translate([0, 0]);
    for (let lon = -180; lon <= 180; lon += 15) {
      for (let lat = 40; lat <= 90; lat += 5) {
        const ours = projectUnits(frame, lon, lat)!;
        const theirs = d3([lon, lat])!;
        expect(ours[0]).toBeCloseTo(theirs[0], 6);
        expect(ours[1]).toBeCloseTo(theirs[1], 6);
      }
    }
    // The centre meridian points down from the pole, so the Barents Sea lies below it.
    expect(projectUnits(frame, 40, 70)![1]).toBeGreaterThan(0);
  });

  it.each([
    ['Lisbon to Vladivostok', [75, 48] as const, [38, 58] as const],
    ['southern hemisphere', [140, -30] as const, [-38, -22] as const],
  ])('%s: matches d3.geoConicEqualArea', (_, center, parallels) => {
    const frame: FrameSpec = { kind: 'conic', center, parallels, scale: 1000, extent: [-1, -1, 1, 1] };
    const d3 = geoConicEqualArea()
      .parallels([parallels[0], parallels[1]])
      .rotate([-center[0], 0])
      .center([0, center[1]])
      .scale(1000)
      .translate([0, 0]);
    for (let lon = -180; lon <= 180; lon += 7.5) {
      for (let lat = -80; lat <= 80; lat += 5) {
        const ours = projectUnits(frame, lon, lat)!;
        const theirs = d3([lon, lat])!;
        expect(ours[0]).toBeCloseTo(theirs[0], 6);
        expect(ours[1]).toBeCloseTo(theirs[1], 6);
      }
    }
    expect(projectUnits(frame, center[0], center[1])![0]).toBeCloseTo(0, 9);
    expect(projectUnits(frame, center[0], center[1])![1]).toBeCloseTo(0, 9);
  });
});
