// A board's map: the shipped East Asia map, or one computed for a scenario's points
// (computeMap.ts, loaded only for such a scenario). This part is what the board needs for the
// shipped scenarios: the types, the shipped map, and the test of whether it holds the points.
import { INSET_FRAME, MAIN_FRAME, angleFromCenter, focusBounds, type FrameSpec } from './projection';

/** A place or an actor to show. */
export interface MapPoint {
  id: string;
  name: string;
  lon: number;
  lat: number;
}

/** A frame of a board map: its projection, what must show (`view`), what its geography covers. */
export interface MapFrame extends FrameSpec {
  readonly title: string;
  readonly view: readonly [number, number, number, number];
}

export interface BoardMap {
  /** Same points, same key: what the board and its geography are cached by. */
  readonly key: string;
  /** 'east-asia': the shipped, prebuilt geography; null: geography projected at load time. */
  readonly prepared: 'east-asia' | null;
  readonly main: MapFrame;
  readonly insets: readonly MapFrame[];
  /**
   * Computed maps: the inset each point belongs to, by id (absent: the main board). The
   * shipped map decides by position instead (see frames.ts): Moscow goes to its inset.
   */
  readonly home: Readonly<Record<string, number>>;
}

/** Shipped map: points farther than this from its centre are pinned to its edge, with an arrow. */
export const FAR_DEGREES = 90;

const inBox = (box: NonNullable<FrameSpec['focus']>, p: MapPoint, tol: number) =>
  p.lon >= box.lon[0] - tol && p.lon <= box.lon[1] + tol && p.lat >= box.lat[0] - tol && p.lat <= box.lat[1] + tol;

/** The shipped map holds a point on its main board, in its inset, or (far away) on its edge. */
export function shippedMapHolds(p: MapPoint): boolean {
  return inBox(MAIN_FRAME.focus!, p, 1) || inBox(INSET_FRAME.focus!, p, 0.5) || angleFromCenter(MAIN_FRAME, p.lon, p.lat) > FAR_DEGREES;
}

export const EAST_ASIA_MAP: BoardMap = {
  key: 'east-asia',
  prepared: 'east-asia',
  main: { ...MAIN_FRAME, title: 'East Asia', view: focusBounds(MAIN_FRAME) },
  insets: [{ ...INSET_FRAME, title: 'European Russia', view: focusBounds(INSET_FRAME) }],
  home: {},
};

/** The key a map of these points is cached by: same points, same map. */
export function mapKey(points: readonly MapPoint[]): string {
  return JSON.stringify(points.map((p) => [p.id, p.lon, p.lat]));
}

/** The shipped map when it holds every point (no computing needed), else null. */
export function shippedMapFor(points: readonly MapPoint[]): BoardMap | null {
  const valid = points.filter((p) => Number.isFinite(p.lon) && Number.isFinite(p.lat));
  return valid.length === 0 || valid.every(shippedMapHolds) ? EAST_ASIA_MAP : null;
}
