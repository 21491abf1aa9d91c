// Where a scenario's places and actors land on its board, as data: what the CLI's `map --json`
// prints and the tests check. Positions are fractions of the frame's view (the part of the map
// the board always shows, 0 to 1 from left and top), so they hold at any screen size.
import type { BoardMap, MapFrame, MapPoint } from './boardMap';
import { chooseBoardMap } from './computeMap';
import { computeFrames, directionWords, resolveAnchor } from './frames';
import { fitRect, focusBounds, projectUnits } from './projection';
import { shownInsets } from './svgBoard';

export type PointReport =
  | { id: string; x: number; y: number }
  | { id: string; inset: number; x: number; y: number }
  /** Beyond the shipped map: pinned to its edge, in this direction (x, y: the pin, on the view's border). */
  | { id: string; x: number; y: number; offMap: string };

export interface FrameReport {
  title: string;
  projection: 'azimuthal' | 'polar azimuthal' | 'conic';
  center: [number, number];
  parallels?: [number, number];
  scale: number;
  view: [number, number, number, number];
}

export interface MapReport {
  frame: FrameReport & { prepared: string | null; insets: Array<FrameReport & { inset: number }> };
  places: PointReport[];
  /** The player first, then the actors. */
  actors: PointReport[];
}

const round = (v: number) => Math.round(v * 10000) / 10000;

function frameReport(f: MapFrame): FrameReport {
  const polar = f.kind !== 'conic' && Math.abs(f.center[1]) === 90;
  return {
    title: f.title,
    projection: f.kind === 'conic' ? 'conic' : polar ? 'polar azimuthal' : 'azimuthal',
    center: [f.center[0], f.center[1]],
    ...(f.parallels ? { parallels: [f.parallels[0], f.parallels[1]] as [number, number] } : {}),
    scale: f.scale,
    view: [...focusBounds(f)] as [number, number, number, number],
  };
}

/** Fraction of a frame's view where a point lies. */
function fraction(f: MapFrame, lon: number, lat: number): { x: number; y: number } {
  const [x0, y0, x1, y1] = focusBounds(f);
  const p = projectUnits(f, lon, lat)!;
  return { x: round((p[0] - x0) / (x1 - x0)), y: round((p[1] - y0) / (y1 - y0)) };
}

export function mapReport(player: MapPoint, actors: readonly MapPoint[], places: readonly MapPoint[], map: BoardMap = chooseBoardMap([player, ...actors, ...places])): MapReport {
  const all = [player, ...actors, ...places];
  // The board's own rules decide main, inset or edge, on a reference board of 1200 x 800.
  const frames = computeFrames(1200, 800, map, shownInsets(map, all));
  const report = (p: MapPoint): PointReport => {
    const a = resolveAnchor(frames, p.id, p.lon, p.lat);
    if (a.where === 'inset') return { id: p.id, inset: a.inset, ...fraction(map.insets[a.inset]!, p.lon, p.lat) };
    if (a.where === 'main') return { id: p.id, ...fraction(map.main, p.lon, p.lat) };
    // The pin, as a fraction of the main view: where the board's edge crosses its direction.
    const fit = fitRect(focusBounds(map.main), { x: 0, y: 0, width: 1200, height: 800 });
    const [x0, y0, x1, y1] = focusBounds(map.main);
    const ux = (a.x - fit.ox) / fit.k;
    const uy = (a.y - fit.oy) / fit.k;
    const clamp = (v: number) => round(Math.max(0, Math.min(1, v)));
    return { id: p.id, x: clamp((ux - x0) / (x1 - x0)), y: clamp((uy - y0) / (y1 - y0)), offMap: directionWords(a.angle) };
  };
  return {
    frame: { ...frameReport(map.main), prepared: map.prepared, insets: map.insets.map((f, i) => ({ inset: i, ...frameReport(f) })) },
    places: places.map(report),
    actors: [player, ...actors].map(report),
  };
}
