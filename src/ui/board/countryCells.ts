// Where each country lies on a coarse grid over a computed map's extent, from its projected and
// clipped rings: a cell belongs to the country its centre lies in (even-odd, so lakes and
// enclaves are holes). The board names a country over the part of it that shows
// (countryNames.ts); a fixed spot per country put "Kazakhstan" in a board's corner over a sliver
// of it, and left Russia unnamed where its anchor fell off the board.
import type { CountryCells } from './mapData';

type Pt = [number, number];

/** Natural Earth's names, as the board writes them where they differ. */
const SHORT: Readonly<Record<string, string>> = { 'United States of America': 'United States' };

/** The cells of one country's rings: runs [row, firstCol, lastCol, ...]. */
export function ringCells(rings: readonly Pt[][], x0: number, y0: number, cell: number, rows: number): number[] {
  const crossings: number[][] = Array.from({ length: rows }, () => []);
  for (const ring of rings) {
    for (let i = 0; i < ring.length; i++) {
      const [ax, ay] = ring[i]!;
      const [bx, by] = ring[(i + 1) % ring.length]!;
      if (ay === by) continue;
      // Rows whose centre line y lies in [min, max) of the edge: each crossing counted once.
      const lo = Math.min(ay, by);
      const hi = Math.max(ay, by);
      const first = Math.max(0, Math.ceil((lo - y0) / cell - 0.5));
      const last = Math.min(rows - 1, Math.ceil((hi - y0) / cell - 0.5) - 1);
      for (let r = first; r <= last; r++) {
        const y = y0 + (r + 0.5) * cell;
        crossings[r]!.push(ax + ((y - ay) / (by - ay)) * (bx - ax));
      }
    }
  }
  const runs: number[] = [];
  crossings.forEach((xs, r) => {
    xs.sort((a, b) => a - b);
    for (let i = 0; i + 1 < xs.length; i += 2) {
      // Columns whose centre lies inside [xs[i], xs[i + 1]) (none left of the extent: the rings are clipped to it).
      const c0 = Math.max(0, Math.ceil((xs[i]! - x0) / cell - 0.5));
      const c1 = Math.ceil((xs[i + 1]! - x0) / cell - 0.5) - 1;
      if (c1 >= c0) runs.push(r, c0, c1);
    }
  });
  return runs;
}

/** Every country with at least one cell, from its projected rings. */
export function countryCells(countries: ReadonlyArray<{ name: string; rings: Pt[][] }>, extent: readonly [number, number, number, number], cell: number): CountryCells {
  const [x0, y0, , y1] = extent;
  const rows = Math.ceil((y1 - y0) / cell);
  const out: CountryCells['countries'] = [];
  for (const { name, rings } of countries) {
    const runs = ringCells(rings, x0, y0, cell, rows);
    if (runs.length) out.push({ name: SHORT[name] ?? name, runs });
  }
  return { x0, y0, cell, countries: out };
}
