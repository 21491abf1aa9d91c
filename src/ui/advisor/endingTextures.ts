// Each ending's texture in the advisor's bars and key, beside its colour: two endings whose colours
// a colour-blind reader (or a grey print) cannot tell apart still differ by their marks, as the
// debrief's lines differ by their dashes and markers (chart.ts). Dark marks at half opacity show
// on every colour of SERIES_COLOURS.
import { svg } from '../dom';

/** The marks of each texture in a 6 × 6 tile; the first ending is plain. */
const TEXTURES: readonly ((mark: Record<string, string | number>) => SVGElement[])[] = [
  () => [],
  (m) => [svg('path', { d: 'M-1,1 l2,-2 M0,6 l6,-6 M5,7 l2,-2', ...m })],
  (m) => [svg('circle', { cx: 3, cy: 3, r: 1.2, ...m, stroke: 'none', fill: m.stroke! })],
  (m) => [svg('path', { d: 'M3,0 v6', ...m })],
  (m) => [svg('path', { d: 'M0,0 l6,6 M6,0 l-6,6', ...m })],
  (m) => [svg('path', { d: 'M0,3 h6', ...m })],
];

let made = 0;

/** Which texture an ending has: by its place among the scenario's endings, as its colour is. */
export const textureOf = (place: number) => place % TEXTURES.length;

/**
 * The patterns one chart needs (the ids unique to it: a pattern is found by id in the whole
 * page), and the fill that draws ending texture `t` over its colour (null: the plain one).
 */
export function texturesFor(): { defs: SVGElement; fill(t: number): string | null } {
  const prefix = `ending-texture-${++made}`;
  const mark = { stroke: 'rgba(0,0,0,0.55)', 'stroke-width': 1.2, fill: 'none' };
  const patterns = TEXTURES.map((marks, t) => svg('pattern', { id: `${prefix}-${t}`, width: 6, height: 6, patternUnits: 'userSpaceOnUse', class: `texture texture-${t}` }, ...marks(mark)));
  return { defs: svg('defs', {}, ...patterns.slice(1)), fill: (t) => (t === 0 ? null : `url(#${prefix}-${t})`) };
}
