// The play-test's counts of what came into play, the same as `batch` prints: each option proposed
// and agreed by each bot (with its counter-offers: made, taken, the middle agreed), each actor's
// offers made and taken, and the crises and how they ended. So a teacher sees whether a bargain,
// an offer or a crisis of the draft ever happens without reading the games' records.
import type { BatchReport } from '../../cli/batch/report';
import { plural } from '../../scenario/plural';
import { h } from '../dom';

type Batches = Record<'random' | 'greedy', BatchReport>;
const BOTS = ['random', 'greedy'] as const;

const th = (text: string, num = false) => h('th', { attrs: { scope: 'col' }, class: num ? 'num' : undefined }, text);
/** A count of both bots in one cell, "random / greedy" (the panel is narrow); "–" where neither has one. */
const both = (random: number | string, greedy: number | string) => h('td', { class: 'num' }, random === '–' && greedy === '–' ? '–' : `${random} / ${greedy}`);

/** One row an option: its id (title in the tooltip), its target, then each count of both bots. */
function optionsTable(b: Batches): HTMLElement {
  const ids = Object.keys(b.greedy.optionPicks);
  const counters = ids.some((id) => b.greedy.optionPicks[id]!.counter);
  const headings = counters ? ['Proposed', 'Agreed', 'Countered', 'Taken', 'Middle'] : ['Proposed', 'Agreed'];
  return h(
    'table',
    { class: 'data editor-counts', attrs: { 'data-testid': 'playtest-options' } },
    h('thead', null, h('tr', null, th('Option'), th('Target'), headings.map((c) => th(c, true)))),
    h(
      'tbody',
      null,
      ids.map((id) => {
        const [r, g] = [b.random.optionPicks[id]!, b.greedy.optionPicks[id]!];
        const counter = (o: typeof r) => (o.counter ? [o.counter.made, o.counter.taken, o.counter.middle] : ['–', '–', '–']);
        const cells = [both(r.proposed, g.proposed), both(r.agreed, g.agreed)];
        if (counters) cells.push(...counter(r).map((x, i) => both(x, counter(g)[i]!)));
        return h('tr', null, h('th', { attrs: { scope: 'row', title: g.title } }, h('code', null, id)), h('td', null, g.alone ? '(alone)' : g.target), cells);
      }),
    ),
  );
}

/** One row an actor's offer: made (by the actor) and taken (by the bot), both bots in each cell. */
function offersTable(b: Batches): HTMLElement | null {
  const keys = Object.keys(b.greedy.offers);
  if (keys.length === 0) return null;
  return h(
    'table',
    { class: 'data editor-counts', attrs: { 'data-testid': 'playtest-offers' } },
    h('thead', null, h('tr', null, th('Offer'), th('Actor'), th('Made', true), th('Taken', true))),
    h(
      'tbody',
      null,
      keys.map((key) => {
        const [r, g] = [b.random.offers[key]!, b.greedy.offers[key]!];
        return h('tr', null, h('th', { attrs: { scope: 'row', title: g.title } }, h('code', null, key.slice(key.indexOf('/') + 1))), h('td', null, g.actor), both(r.offered, g.offered), both(r.taken, g.taken));
      }),
    ),
  );
}

/** "random bot: in 34 of 100 games, 41 crises; the player backed down 10, …" for each bot. */
function crisisLines(b: Batches): HTMLElement {
  return h(
    'ul',
    { class: 'small', attrs: { 'data-testid': 'playtest-crises' } },
    BOTS.map((bot) => {
      const { games, total, outcomes } = b[bot].crises;
      const line = total === 0
        ? `none in ${plural(b[bot].games, 'game')}`
        : `in ${games} of ${plural(b[bot].games, 'game')}, ${total} in all; the player backed down ${outcomes['player-backed-down']}, the other side backed down ${outcomes['other-backed-down']}, settled ${outcomes.settled}, top rung reached ${outcomes['top-rung']}`;
      return h('li', null, `${bot} bot: ${line}`);
    }),
  );
}

/** The counts, each under its heading; offers and crises only when the draft has them. */
export function playTestCounts(b: Batches, hasCrises: boolean): HTMLElement {
  const offers = offersTable(b);
  const anyCounter = Object.values(b.greedy.optionPicks).some((o) => o.counter);
  return h(
    'div',
    null,
    h('h3', null, 'Options'),
    h('p', { class: 'small muted' }, `Each cell: the random bot / the greedy bot. Proposed: turns in which the bot proposed the option; agreed: deals made${anyCounter ? '; for an option with a counter-offer, how often the target made it, the bot took it as offered, and a middle was agreed after bargaining' : ''}.`),
    optionsTable(b),
    offers ? [h('h3', null, "Actors' offers"), h('p', { class: 'small muted' }, 'Each cell: the random bot / the greedy bot. How often the actor made its offer, and how often the bot took it.'), offers] : null,
    hasCrises ? [h('h3', null, 'Crises'), crisisLines(b)] : null,
  );
}
