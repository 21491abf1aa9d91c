// The tracks over time as a small SVG line chart, with no chart library. Lines differ by colour
// (Okabe–Ito, safe for colour blindness), by dash and by marker, and a table gives the numbers.
import { trackValue, type ScenarioIndex, type TurnSummary } from '../engine';
import { h, svg } from './dom';
import { scenarioSpan, scenarioText } from './scenarioText';
import { dateOf, trackName } from './text';
import { ONE_COLUMN } from './oneColumn';

export const SERIES_COLOURS = ['#56b4e9', '#e69f00', '#f0e442', '#cc79a7', '#ffffff', '#0072b2', '#d55e00', '#009e73'];
const DASHES = ['', '6 3', '2 3', '8 3 2 3', '1 2', '10 4', '4 2 1 2', '3 3'];
const MARKERS = ['circle', 'square', 'triangle', 'diamond', 'circle', 'square', 'triangle', 'diamond'] as const;

let chartCount = 0;

function marker(kind: (typeof MARKERS)[number], x: number, y: number, colour: string): SVGElement {
  const r = 3.5;
  const common = { fill: colour, class: 'mark' };
  if (kind === 'circle') return svg('circle', { cx: x, cy: y, r, ...common });
  if (kind === 'square') return svg('rect', { x: x - r, y: y - r, width: 2 * r, height: 2 * r, ...common });
  if (kind === 'triangle') return svg('path', { d: `M${x},${y - r - 1} L${x + r + 1},${y + r} L${x - r - 1},${y + r} Z`, ...common });
  return svg('path', { d: `M${x},${y - r - 1} L${x + r + 1},${y} L${x},${y + r + 1} L${x - r - 1},${y} Z`, ...common });
}

/**
 * The tracks from the game's start (`start`: the tracks before turn 1, drawn as turn 0, "start")
 * to each turn's end (`turns`): a track the first turn moved reads from where it began.
 */
export function trackChart(index: ScenarioIndex, start: readonly number[], turns: readonly TurnSummary[], trackIds: readonly string[], title: string): HTMLElement {
  const history: readonly Pick<TurnSummary, 'turn' | 'tracks'>[] = [{ turn: 0, tracks: start }, ...turns];
  const turnLabel = (turn: number) => (turn === 0 ? 'start' : String(turn));
  const valueAt = (row: Pick<TurnSummary, 'tracks'>, id: string) => String(trackValue(row.tracks, index, id));
  const id = `chart-${++chartCount}`;
  // Drawn near the size it is shown at, so that its numbers stay readable: on a phone a chart
  // 640 wide was shrunk to half, its 11 px numbers to 5.
  const narrow = window.matchMedia(ONE_COLUMN).matches;
  const W = narrow ? 360 : 640;
  const H = narrow ? 220 : 260;
  const pad = { left: 40, right: 16, top: 12, bottom: 34 };
  const tracks = trackIds.map((t) => index.tracks.get(t)!).filter(Boolean);
  const lo = Math.min(0, ...tracks.map((t) => t.min));
  const hi = Math.max(100, ...tracks.map((t) => t.max));
  const numbers = history.map((r) => r.turn);
  const first = numbers[0]!;
  const last = Math.max(first + 1, numbers.at(-1)!);
  const x = (turn: number) => pad.left + ((turn - first) / (last - first)) * (W - pad.left - pad.right);
  const y = (v: number) => pad.top + (1 - (v - lo) / (hi - lo)) * (H - pad.top - pad.bottom);

  const grid: SVGElement[] = [];
  for (let v = lo; v <= hi; v += (hi - lo) / 4) {
    grid.push(svg('line', { x1: pad.left, x2: W - pad.right, y1: y(v), y2: y(v), class: 'grid' }));
    grid.push(svg('text', { x: pad.left - 6, y: y(v) + 4, 'text-anchor': 'end', class: 'axis' }, String(Math.round(v))));
  }
  // One turn's number in `every`, so that two never touch (a 40-turn game on a phone).
  const every = Math.ceil(24 / ((W - pad.left - pad.right) / (last - first)));
  for (const turn of numbers) {
    if ((turn - first) % every !== 0) continue;
    grid.push(svg('text', { x: x(turn), y: H - pad.bottom + 16, 'text-anchor': 'middle', class: 'axis' }, turnLabel(turn)));
  }
  grid.push(svg('text', { x: (pad.left + W - pad.right) / 2, y: H - 4, 'text-anchor': 'middle', class: 'axis' }, 'turn'));

  const lines = tracks.map((t, i) => {
    const colour = SERIES_COLOURS[i % SERIES_COLOURS.length]!;
    const points = history.map((r) => `${x(r.turn)},${y(trackValue(r.tracks, index, t.id))}`).join(' ');
    return svg(
      'g',
      { class: `series s${i % SERIES_COLOURS.length}` },
      svg('polyline', { points, class: 'line', fill: 'none', stroke: colour, 'stroke-width': 2.5, 'stroke-dasharray': DASHES[i % DASHES.length]!, 'stroke-linejoin': 'round' }),
      history.map((r) => marker(MARKERS[i % MARKERS.length]!, x(r.turn), y(trackValue(r.tracks, index, t.id)), colour)),
    );
  });

  const chart = svg(
    'svg',
    { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-labelledby': `${id}-title`, class: 'chart' },
    svg('title', { id: `${id}-title` }, `${title}: ${tracks.map((t) => `${t.name} from ${valueAt(history[0]!, t.id)} to ${valueAt(history.at(-1)!, t.id)}`).join('; ')}`),
    grid,
    lines,
  );

  const legend = h(
    'ul',
    { class: 'legend' },
    tracks.map((t, i) => {
      const colour = SERIES_COLOURS[i % SERIES_COLOURS.length]!;
      const sample = svg('svg', { width: 36, height: 12, 'aria-hidden': 'true', class: `s${i % SERIES_COLOURS.length}` }, svg('line', { x1: 2, x2: 34, y1: 6, y2: 6, class: 'line', stroke: colour, 'stroke-width': 2.5, 'stroke-dasharray': DASHES[i % DASHES.length]! }), marker(MARKERS[i % MARKERS.length]!, 18, 6, colour));
      // The name and its note in one box: the legend's row is a flex row.
      return h('li', null, sample, ' ', h('span', null, scenarioSpan(index, t.name), t.higherIsBetter ? '' : ' (lower is better)'));
    }),
  );

  const table = h(
    'details',
    { class: 'chart-table' },
    h('summary', null, `${title}: the numbers`),
    h(
      'div',
      { class: 'table-scroll' },
      h(
        'table',
        { class: 'data' },
        h('thead', null, h('tr', null, h('th', { attrs: { scope: 'col' } }, 'Turn'), tracks.map((t) => scenarioText(index, 'th', { attrs: { scope: 'col' }, class: 'num' }, trackName(index, t.id))))),
        h(
          'tbody',
          null,
          history.map((r) => h('tr', null, h('th', { attrs: { scope: 'row' } }, r.turn === 0 ? 'Start' : `${r.turn} (${dateOf(index, r.turn)})`), tracks.map((t) => h('td', { class: 'num' }, String(trackValue(r.tracks, index, t.id))))))
        ),
      ),
    ),
  );
  return h('figure', { class: 'chart-figure' }, h('figcaption', null, title), chart, legend, table);
}
