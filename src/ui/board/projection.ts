// The map projection, shared by the build script (which checks it against d3-geo) and the
// browser (which only needs to place a few lon/lat points, so it ships this instead of d3).
// Both map frames use the spherical azimuthal equal-area projection: areas stay honest from
// Indonesia to Kamchatka, and it is a closed formula with no dependencies.

/** One map frame: where it is centred, how its data was clipped, what must always show. */
export interface FrameSpec {
  /** Projection centre, [lon, lat] in degrees. */
  readonly center: readonly [number, number];
  /** Projected units per radian (d3's `scale`), with d3's `translate` at [0, 0]. */
  readonly scale: number;
  /** Region that must stay in view, in degrees. */
  readonly focus: { readonly lon: readonly [number, number]; readonly lat: readonly [number, number] };
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

/** European Russia, for places far west of the main frame (Moscow, Kazan). */
export const INSET_FRAME: FrameSpec = {
  center: [41, 53],
  scale: 1000,
  focus: { lon: [28, 54], lat: [45.5, 60.2] },
  extent: [-290, -200, 290, 200],
};

const RAD = Math.PI / 180;

/**
 * Projects lon/lat (degrees) to projected units (x right, y down), exactly as
 * d3.geoAzimuthalEqualArea().rotate([-lon0, -lat0]).scale(scale).translate([0, 0]).
 * Returns null for the antipode, the one point the projection cannot place.
 */
export function projectUnits(frame: FrameSpec, lon: number, lat: number): [number, number] | null {
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
