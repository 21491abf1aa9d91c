// The play-test's "what came into play": the balance report's tables of each option, actor's
// offer and move, crisis, flag and track (src/app/inPlay.ts, the same as `cli balance` prints),
// each cell "random bot / greedy bot". So a teacher sees whether a bargain, an offer, a move or a
// crisis of the draft ever happens without reading the games' records.
import type { BalanceReport } from '../../app/balance';
import { inPlayTables, type InPlayTable } from '../../app/inPlay';
import { h } from '../dom';

const slug = (title: string) => title.toLowerCase().replace(/[^a-z]+/g, '-').replace(/-$/, '');

function inPlayTable(t: InPlayTable): HTMLElement[] {
  return [
    h('h3', null, t.title),
    h('p', { class: 'small muted' }, t.note),
    // A table wider than the side panel (the crises' eight columns) scrolls inside it (styles.css).
    h(
      'div',
      { class: 'table-scroll editor-counts' },
      h(
        'table',
        { class: 'data', attrs: { 'data-testid': `playtest-${slug(t.title)}` } },
        h('thead', null, h('tr', null, t.header.map((c, i) => h('th', { attrs: { scope: 'col' }, class: i > 1 ? 'num' : undefined }, c)))),
        h('tbody', null, t.rows.map(([id, ...cells]) => h('tr', null, h('th', { attrs: { scope: 'row' } }, h('code', null, id!)), cells.map((c, i) => h('td', { class: i > 0 ? 'num' : undefined }, c))))),
      ),
    ),
  ];
}

export function playTestCounts(r: BalanceReport): HTMLElement {
  return h('div', null, h('p', { class: 'small muted' }, 'What came into play: each cell is the random bot / the greedy bot.'), inPlayTables(r.inPlay).flatMap(inPlayTable));
}
