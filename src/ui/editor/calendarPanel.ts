// The turn calendar of the draft: the months of each turn, and the dated events on their turn (an
// event dated outside the game is called out: it would never happen).
import type { TurnCalendar } from '../../app/turnCalendar';
import { h } from '../dom';
import { scenarioText } from '../scenarioText';

/** `language`: the draft's, its events' titles'. */
export function calendarTable(calendar: TurnCalendar, language: string | undefined): HTMLElement {
  return h(
    'div',
    { class: 'editor-calendar' },
    h(
      'table',
      { class: 'data', attrs: { 'data-testid': 'calendar-table' } },
      h('thead', null, h('tr', null, h('th', { attrs: { scope: 'col' } }, 'Turn'), h('th', { attrs: { scope: 'col' } }, 'Months'), h('th', { attrs: { scope: 'col' } }, 'Dated events'))),
      h(
        'tbody',
        null,
        calendar.turns.map((t) =>
          h(
            'tr',
            null,
            h('th', { attrs: { scope: 'row' } }, String(t.turn)),
            h('td', null, t.months),
            h('td', null, t.events.length === 0 ? h('span', { class: 'muted' }, '—') : t.events.map((e, i) => [i > 0 ? ', ' : '', scenarioText(language, 'span', { attrs: { title: e.at } }, e.title), h('code', { class: 'muted' }, ` ${e.id}`)])),
          ),
        ),
      ),
    ),
    calendar.outside.length > 0
      ? h(
          'p',
          { class: 'notice-inline', attrs: { 'data-testid': 'calendar-outside' } },
          '⚠ Dated outside the game, so they never happen: ',
          calendar.outside.map((e, i) => [i > 0 ? ', ' : '', h('code', null, e.id), ` (${e.at})`]),
        )
      : null,
  );
}
