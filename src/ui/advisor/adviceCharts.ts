// The advisor's small charts, one pair per choice: how often each ending came out (a bar split in
// the endings' colours and textures, the same for an ending in every chart), and the score's 10–90 % band
// with its median on a scale shared by every choice, so that the bands compare at a glance.
import type { ChoiceAdvice } from '../../app/advice';
import type { ScenarioIndex } from '../../engine';
import { percentShown, wholePercents } from '../../app/wholePercents';
import { SERIES_COLOURS } from '../chart';
import { h, svg } from '../dom';
import { scenarioSpan } from '../scenarioText';
import { textureOf, texturesFor } from './endingTextures';

const W = 300;

const endingPlace = (index: ScenarioIndex, id: string) => index.scenario.endings.findIndex((e) => e.id === id);
export const endingColour = (index: ScenarioIndex, id: string) => SERIES_COLOURS[endingPlace(index, id) % SERIES_COLOURS.length]!;

/** A part of a bar or a key's swatch: the ending's colour, and its texture over it (endingTextures.ts). */
function endingBox(index: ScenarioIndex, id: string, textures: ReturnType<typeof texturesFor>, box: Record<string, number>, ...children: SVGElement[]): SVGElement[] {
  const texture = textures.fill(textureOf(endingPlace(index, id)));
  return [svg('rect', { ...box, fill: endingColour(index, id) }, ...children), ...(texture === null ? [] : [svg('rect', { ...box, fill: texture, class: 'texture-over' })])];
}
export const endingTitle = (index: ScenarioIndex, id: string) => index.scenario.endings.find((e) => e.id === id)?.title ?? id;

/** A choice's endings with their shares of its playthroughs in whole percent (adding up to 100), as written (percentShown). */
export function endingShares(choice: ChoiceAdvice): { id: string; count: number; percent: string }[] {
  const percents = wholePercents(choice.endings.map((e) => e.count), choice.rollouts);
  return choice.endings.map((e, i) => ({ ...e, percent: percentShown(e.count, percents[i]!) }));
}

/** The endings' colours and textures, once above the charts. */
export function endingsLegend(index: ScenarioIndex): HTMLElement {
  return h(
    'ul',
    // Named: a screen reader read a list of the endings with nothing to say what it was.
    { class: 'legend advice-legend', attrs: { 'aria-label': 'Key to the bars: each ending’s colour' } },
    index.scenario.endings.map((e) => {
      const textures = texturesFor();
      return h('li', null, svg('svg', { width: 14, height: 14, class: 'swatch', 'aria-hidden': 'true' }, textures.defs, ...endingBox(index, e.id, textures, { width: 14, height: 14, rx: 2 })), ' ', scenarioSpan(index, e.title));
    }),
  );
}

/** One bar split by ending, each part as wide as its share of the playthroughs. */
export function endingsBar(index: ScenarioIndex, choice: ChoiceAdvice): SVGElement {
  let x = 0;
  const textures = texturesFor();
  const parts = endingShares(choice)
    .filter((e) => e.count > 0)
    .flatMap((e) => {
      const width = (W * e.count) / choice.rollouts;
      const part = endingBox(index, e.id, textures, { x, y: 0, width, height: 14 }, svg('title', {}, `${endingTitle(index, e.id)}: ${e.percent}\u00a0%`));
      x += width;
      return part;
    });
  return svg('svg', { viewBox: `0 0 ${W} 14`, class: 'advice-bar', 'aria-hidden': 'true', preserveAspectRatio: 'none' }, textures.defs, parts);
}

/** The band from the 10th to the 90th percentile of the score, the median marked, on [lo, hi]. */
export function scoreBand(choice: ChoiceAdvice, lo: number, hi: number): SVGElement {
  const x = (v: number) => 6 + ((v - lo) / Math.max(1, hi - lo)) * (W - 12);
  return svg(
    'svg',
    { viewBox: `0 0 ${W} 18`, class: 'advice-band', 'aria-hidden': 'true' },
    svg('line', { x1: 6, x2: W - 6, y1: 9, y2: 9, class: 'axis-line' }),
    svg('rect', { x: x(choice.low), y: 4, width: Math.max(2, x(choice.high) - x(choice.low)), height: 10, rx: 3, class: 'band' }),
    svg('rect', { x: x(choice.median) - 1.5, y: 1, width: 3, height: 16, class: 'median' }),
  );
}
