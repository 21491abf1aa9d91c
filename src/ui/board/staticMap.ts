// The board's static picture, painted into the geography layer on each layout: sea and land of
// the main frame, the map's own country and sea names, the insets with their titles, the place
// names. Kept out of BoardScene, which only decides when to repaint.
import { EAST_ASIA_MAP } from './boardMap';
import { computeFrames, panels, type BoardFrames, type Rect } from './frames';
import {
  measureMapLabel,
  paintGeography,
  paintInsetFrame,
  paintMapLabels,
  paintPlaceLabels,
  prepareGeometry,
  type MapLabel,
  type PlaceLabel,
  type PreparedGeometry,
} from './geographyPainter';
import { placeCountryNames } from './countryNames';
import { MAP_LABELS } from './mapLabels';
import type { CountryCells, FrameGeometry } from './mapData';
import { projectScreen } from './projection';

/** Prepared paths of a map's frames, [main, ...insets], and the map they belong to. */
export interface MapPaths {
  key: string;
  frames: PreparedGeometry[];
}

export function preparePaths(key: string, geometry: readonly FrameGeometry[]): MapPaths {
  return { key, frames: geometry.map(prepareGeometry) };
}

/** A country's or sea's name as painted: its centre, and the box it takes. */
export type PaintedMapLabel = MapLabel & { w: number; h: number };

/**
 * Paints the static map, and returns the country and sea names it painted. `frames` null: no view
 * yet, the shipped map bare. `paths` null or for another map (a computed map's geography still
 * loading): the sea alone, never the wrong land.
 */
export function paintStaticMap(
  ctx: CanvasRenderingContext2D,
  size: { width: number; height: number; u: number },
  frames: BoardFrames | null,
  paths: MapPaths | null,
  placeNames: readonly PlaceLabel[],
  taken: Rect[],
): PaintedMapLabel[] {
  const { width, height, u } = size;
  const f = frames ?? computeFrames(width, height, EAST_ASIA_MAP, []);
  const own = paths && paths.key === f.map.key ? paths.frames : null;
  paintGeography(ctx, own?.[0] ?? EMPTY(), f.main, { x: 0, y: 0, w: width, h: height }, u);
  const names = own ? mapLabels(ctx, f, u, taken, own[0]?.countries ?? null) : [];
  paintMapLabels(ctx, names);
  for (const inset of frames?.insets ?? []) {
    const title = inset.frame.title;
    paintInsetFrame(ctx, inset.rect, title, u, 'under');
    paintGeography(ctx, own?.[inset.index + 1] ?? EMPTY(), inset.fit, inset.rect, u * 0.6);
    paintInsetFrame(ctx, inset.rect, title, u, 'over');
  }
  if (frames) paintPlaceLabels(ctx, placeNames);
  return names;
}

let empty: PreparedGeometry | null = null;
const EMPTY = (): PreparedGeometry =>
  (empty ??= { land: new Path2D(), halo: new Path2D(), borders: new Path2D(), graticule: new Path2D(), inner: { x: 0, y: 0, w: 0, h: 0 }, countries: null });

/**
 * Country and sea names that fit between everything else. A computed map (with `countries`)
 * names its countries over what shows of them (countryNames.ts); the prepared map at its
 * hand-placed spots. Seas, on both, at their spots.
 */
function mapLabels(ctx: CanvasRenderingContext2D, frames: BoardFrames, u: number, taken: Rect[], countries: CountryCells | null): PaintedMapLabel[] {
  const covers = panels(frames);
  const obstacles = [...taken, ...covers];
  const sizes = { 1: 13, 2: 11, 3: 9.5 } as const;
  const main = { x: 0, y: 0, w: frames.width, h: frames.height };
  const out: PaintedMapLabel[] = countries
    ? placeCountryNames(countries, frames.main, main, covers, obstacles, (text, size) => measureMapLabel(ctx, { text, kind: 'country', size }), u).map((n) => ({ ...n, kind: 'country' as const }))
    : [];
  for (const spec of MAP_LABELS) {
    if (spec.elsewhere && frames.map.prepared) continue;
    if (countries && spec.kind === 'country') continue;
    const p = projectScreen(frames.map.main, frames.main, spec.lon, spec.lat);
    if (!p) continue;
    // Whole pixels: crisper text, and sizes shared with the board's other texts (each new
    // size of a font costs the browser time the first time it measures or draws it).
    const size = Math.round(sizes[spec.rank] * u);
    const { w, h } = measureMapLabel(ctx, { text: spec.text, kind: spec.kind, size });
    const rect = { x: p[0] - w / 2, y: p[1] - h / 2, w, h };
    const inside = rect.x > main.x + 2 && rect.y > 2 && rect.x + w < main.w - 2 && rect.y + h < main.h - 2;
    if (!inside || obstacles.some((o) => overlaps(o, rect))) continue;
    obstacles.push(rect);
    out.push({ text: spec.text, kind: spec.kind, size, x: p[0], y: p[1], w, h });
  }
  return out;
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}
