// Where a computed map writes its countries' names: over the part of each country the board
// shows, where a box the name's size lies most inside it, nearest the middle of that part; the
// largest parts first, and none where the country shows smaller than a few times its name. The
// prepared East Asia map keeps its hand-placed names (mapLabels.ts).
import type { Rect } from './frames';
import type { CountryCells } from './mapData';
import type { Fit } from './projection';

export interface CountryName {
  text: string;
  size: number;
  /** Centre of the name, and the box it takes. */
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A country shows at least this many times its name's box, or goes unnamed. */
const ROOM = 4;
/** Of the points sampled over a name's box, at least this share lies on its country. */
const INSIDE = 0.6;
/** Board shares from which a name is written larger (13 and 11 px at size factor 1; 9.5 below). */
const LARGE = 0.1;
const MEDIUM = 0.025;

const key = (row: number, col: number) => row * 65536 + col;

/**
 * Places the names. `board`: where names may go; `panels`: what hides the map (insets, the key);
 * `taken`: boxes names keep off (place names, badges), grown by each name placed here.
 */
export function placeCountryNames(
  cells: CountryCells,
  fit: Fit,
  board: Rect,
  panels: readonly Rect[],
  taken: Rect[],
  measure: (text: string, size: number) => { w: number; h: number },
  u: number,
): CountryName[] {
  const { x0, y0, cell } = cells;
  const px = fit.k * cell;
  const centre = (row: number, col: number): [number, number] => [fit.ox + fit.k * (x0 + (col + 0.5) * cell), fit.oy + fit.k * (y0 + (row + 0.5) * cell)];
  const within = (r: Rect, x: number, y: number) => x >= r.x && x <= r.x + r.w && y >= r.y && y <= r.y + r.h;
  const inner = { x: board.x + 2, y: board.y + 2, w: board.w - 4, h: board.h - 4 };
  // The part of each country on view: cells whose centre shows.
  const shown = cells.countries
    .map(({ name, runs }) => {
      const seen = new Set<number>();
      const at: Array<[number, number]> = [];
      for (let i = 0; i + 2 < runs.length; i += 3) {
        const row = runs[i]!;
        for (let col = runs[i + 1]!; col <= runs[i + 2]!; col++) {
          const [x, y] = centre(row, col);
          if (!within(inner, x, y) || panels.some((p) => within(p, x, y))) continue;
          seen.add(key(row, col));
          at.push([x, y]);
        }
      }
      return { name, seen, at, area: at.length * px * px };
    })
    .filter((c) => c.at.length > 0)
    .sort((a, b) => b.area - a.area || a.name.localeCompare(b.name));

  const out: CountryName[] = [];
  const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
  for (const country of shown) {
    const share = country.area / (board.w * board.h);
    const size = Math.round((share >= LARGE ? 13 : share >= MEDIUM ? 11 : 9.5) * u);
    const { w, h } = measure(country.name, size);
    if (country.area < ROOM * w * h) continue;
    // How much of a name's box centred at (x, y) lies on the shown country: 5 x 3 points.
    const onCountry = (x: number, y: number) => {
      let n = 0;
      for (let i = 0; i < 5; i++) {
        for (let j = 0; j < 3; j++) {
          const sx = x - w / 2 + (w * (i + 0.5)) / 5;
          const sy = y - h / 2 + (h * (j + 0.5)) / 3;
          const col = Math.floor(((sx - fit.ox) / fit.k - x0) / cell);
          const row = Math.floor(((sy - fit.oy) / fit.k - y0) / cell);
          if (col >= 0 && row >= 0 && country.seen.has(key(row, col))) n++;
        }
      }
      return n / 15;
    };
    const mx = country.at.reduce((s, p) => s + p[0], 0) / country.at.length;
    const my = country.at.reduce((s, p) => s + p[1], 0) / country.at.length;
    const spots = country.at
      .map(([x, y]) => ({ x, y, inside: onCountry(x, y), off: Math.hypot(x - mx, y - my) }))
      .filter((s) => s.inside >= INSIDE)
      .sort((a, b) => b.inside - a.inside || a.off - b.off);
    for (const s of spots) {
      const box = { x: s.x - w / 2, y: s.y - h / 2, w, h };
      if (box.x < inner.x || box.y < inner.y || box.x + w > inner.x + inner.w || box.y + h > inner.y + inner.h) continue;
      // A gap of a third of the size around it: "MOROCCO SPAIN FRANCE" side by side read as one line.
      const clear = { x: box.x - size / 3, y: box.y - size / 6, w: w + (2 * size) / 3, h: h + size / 3 };
      if (taken.some((t) => overlaps(t, clear))) continue;
      taken.push(box);
      out.push({ text: country.name, size, x: s.x, y: s.y, w, h });
      break;
    }
  }
  return out;
}
