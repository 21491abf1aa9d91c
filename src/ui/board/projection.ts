// The map projection, shared by the build script (which checks it against d3-geo) and the
// browser (which only needs to place a few lon/lat points, so it ships this instead of d3).
// Two equal-area families, both closed formulas with no dependencies: the azimuthal one (the
// shipped East Asia frames; centred on a pole it is the polar map of the Arctic) and Albers'
// conic, for wide east-west spans in middle latitudes (Lisbon to Vladivostok).

/** The projection family: azimuthal equal-area unless said otherwise. */
export type ProjectionKind = 'azimuthal' | 'conic';

/** One map frame: where it is centred, how its data was clipped, what must always show. */
export interface FrameSpec {
  readonly kind?: ProjectionKind;
  /** Albers' two standard parallels, in degrees (conic only). */
  readonly parallels?: readonly [number, number];
  /**
   * Projection centre, [lon, lat] in degrees. Azimuthal: the point of tangency. Conic: the
   * central meridian, and the latitude that lands on y = 0 (d3's `center([0, lat])`).
   */
  readonly center: readonly [number, number];
  /** Projected units per radian (d3's `scale`), with d3's `translate` at [0, 0]. */
  readonly scale: number;
  /** Region that must stay in view, in degrees (the shipped frames; computed ones give `view`). */
  readonly focus?: { readonly lon: readonly [number, number]; readonly lat: readonly [number, number] };
  /** Rectangle that must stay in view, in projected units: [x0, y0, x1, y1]. */
  readonly view?: readonly [number, number, number, number];
  /** Rectangle the shipped geography covers, in projected units: [x0, y0, x1, y1]. */
  readonly extent: readonly [number, number, number, number];
}

/** East Asia and the Russian Far East. */
export const MAIN_FRAME: FrameSpec = {
  center: [122, 27],
  scale: 1000,
  focus: { lon: [95, 150], lat: [-10, 62] },
  extent: [-1500, -1100, 1500, 1100],
};

/** European Russia, for places far west of the main frame (Moscow, Kazan, Sochi). */
export const INSET_FRAME: FrameSpec = {
  center: [41, 53],
  scale: 1000,
  focus: { lon: [28, 54], lat: [43, 60.2] },
  extent: [-290, -200, 290, 200],
};

const RAD = Math.PI / 180;

/**
 * Projects lon/lat (degrees) to projected units (x right, y down), exactly as
 * d3.geoAzimuthalEqualArea().rotate([-lon0, -lat0]).scale(scale).translate([0, 0]), or for a
 * conic frame d3.geoConicEqualArea().parallels(p).rotate([-lon0, 0]).center([0, lat0])
 * .scale(scale).translate([0, 0]). Returns null for the antipode of an azimuthal frame, the
 * one point it cannot place.
 */
export function projectUnits(frame: FrameSpec, lon: number, lat: number): [number, number] | null {
  if (frame.kind === 'conic') return projectConic(frame, lon, lat);
  const lambda = (lon - frame.center[0]) * RAD;
  const phi = lat * RAD;
  const phi0 = frame.center[1] * RAD;
  const cosPhi = Math.cos(phi);
  const cosC = Math.sin(phi0) * Math.sin(phi) + Math.cos(phi0) * cosPhi * Math.cos(lambda);
  if (cosC <= -1 + 1e-12) return null;
  const k = Math.sqrt(2 / (1 + cosC)) * frame.scale;
  const x = k * cosPhi * Math.sin(lambda);
  const y = k * (Math.cos(phi0) * Math.sin(phi) - Math.sin(phi0) * cosPhi * Math.cos(lambda));
  return [x, -y];
}

/** Longitude difference wrapped into -180 .. 180 degrees (as d3's rotation does). */
function wrapLon(d: number): number {
  return ((((d + 180) % 360) + 360) % 360) - 180;
}

function conicRaw(n: number, c: number, r0: number, lambda: number, phi: number): [number, number] {
  const r = Math.sqrt(Math.max(0, c - 2 * n * Math.sin(phi))) / n;
  return [r * Math.sin(lambda * n), r0 - r * Math.cos(lambda * n)];
}

/** Albers' equal-area conic (d3's conicEqualAreaRaw), with d3's centring and y flip. */
function projectConic(frame: FrameSpec, lon: number, lat: number): [number, number] {
  const [p0, p1] = frame.parallels ?? [frame.center[1] - 10, frame.center[1] + 10];
  const sy0 = Math.sin(p0 * RAD);
  const n = (sy0 + Math.sin(p1 * RAD)) / 2;
  // Parallels symmetric about the equator make a cylinder; the board never picks those.
  if (Math.abs(n) < 1e-6) throw new Error('board: conic frame with parallels symmetric about the equator');
  const c = 1 + sy0 * (2 * n - sy0);
  const r0 = Math.sqrt(c) / n;
  const [x, y] = conicRaw(n, c, r0, wrapLon(lon - frame.center[0]) * RAD, lat * RAD);
  const [, cy] = conicRaw(n, c, r0, 0, frame.center[1] * RAD);
  return [frame.scale * x, frame.scale * (cy - y)];
}

/** Angular distance from the frame centre, in degrees (for "is this on our side of the globe"). */
export function angleFromCenter(frame: FrameSpec, lon: number, lat: number): number {
  const lambda = (lon - frame.center[0]) * RAD;
  const phi = lat * RAD;
  const phi0 = frame.center[1] * RAD;
  const cosC = Math.sin(phi0) * Math.sin(phi) + Math.cos(phi0) * Math.cos(phi) * Math.cos(lambda);
  return Math.acos(Math.max(-1, Math.min(1, cosC))) / RAD;
}

/** Bounding box [x0, y0, x1, y1] of the frame's focus region in projected units. */
export function focusBounds(frame: FrameSpec): [number, number, number, number] {
  if (frame.view) return [frame.view[0], frame.view[1], frame.view[2], frame.view[3]];
  if (!frame.focus) return [frame.extent[0], frame.extent[1], frame.extent[2], frame.extent[3]];
  const [lon0, lon1] = frame.focus.lon;
  const [lat0, lat1] = frame.focus.lat;
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  // The edges of a lon/lat box are curves once projected: sample them, not just the corners.
  const steps = 32;
  for (let i = 0; i <= steps; i++) {
    const t = i / steps;
    const lon = lon0 + (lon1 - lon0) * t;
    const lat = lat0 + (lat1 - lat0) * t;
    for (const [a, b] of [
      [lon, lat0],
      [lon, lat1],
      [lon0, lat],
      [lon1, lat],
    ] as const) {
      const p = projectUnits(frame, a, b);
      if (!p) continue;
      x0 = Math.min(x0, p[0]);
      y0 = Math.min(y0, p[1]);
      x1 = Math.max(x1, p[0]);
      y1 = Math.max(y1, p[1]);
    }
  }
  return [x0, y0, x1, y1];
}

/** Uniform scale and offset from projected units to screen pixels. */
export interface Fit {
  readonly k: number;
  readonly ox: number;
  readonly oy: number;
}

/** Fits a rectangle of projected units, centred, inside a screen rectangle. */
export function fitRect(
  units: readonly [number, number, number, number],
  screen: { x: number; y: number; width: number; height: number },
): Fit {
  const [x0, y0, x1, y1] = units;
  const k = Math.min(screen.width / (x1 - x0), screen.height / (y1 - y0));
  const ox = screen.x + screen.width / 2 - (k * (x0 + x1)) / 2;
  const oy = screen.y + screen.height / 2 - (k * (y0 + y1)) / 2;
  return { k, ox, oy };
}

/** Projects lon/lat straight to screen pixels. */
export function projectScreen(frame: FrameSpec, fit: Fit, lon: number, lat: number): [number, number] | null {
  const p = projectUnits(frame, lon, lat);
  return p ? [fit.ox + fit.k * p[0], fit.oy + fit.k * p[1]] : null;
}
