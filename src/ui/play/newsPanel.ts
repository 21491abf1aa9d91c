// The turn's news: the income of capital the turn opened with, then the events of the briefing,
// with what each changed and its sources.
import type { GameState, ScenarioIndex } from '../../engine';
import { h, type Child } from '../dom';
import { scenarioText } from '../scenarioText';
import { changeList, dateOf, entriesOf, entryWords, sourcesDetails } from '../text';

export function newsPanel(index: ScenarioIndex, g: GameState): Child {
  const income = entriesOf(g, g.turn, ['income']);
  const events = entriesOf(g, g.turn, ['event']);
  return h(
    'section',
    // The phone strip's "News" lands here, past the last turn's report above it.
    { class: 'panel news', id: 'news', tabIndex: -1, attrs: { 'aria-labelledby': 'news-title' } },
    // Focusable by script: the first turn is read from here, its briefing (turnFocus.ts).
    h('h2', { id: 'news-title', tabIndex: -1, key: 'news-title' }, `News — ${dateOf(index, g.turn)}`),
    // The income is settled as the turn opens, before its news: first, so that news that changes
    // what it depends on (the oil price) is read as coming after it, for the next turn's.
    income.map((e) => h('p', { class: 'income small' }, entryWords(index, e))),
    // No list after "No news" (a screen reader read an empty one).
    events.length === 0
      ? h('p', { class: 'muted' }, 'No news this turn.')
      : h(
          'ul',
          { class: 'news-list' },
          events.map((e) => {
            const ev = index.events.get(e.event);
            return h(
              'li',
              { class: 'news-item' },
              scenarioText(ev ? index : undefined, 'h3', null, ev?.title ?? e.event),
              ev ? scenarioText(index, 'p', null, ev.text) : null,
              changeList(index, e.changes),
              sourcesDetails(index, ev?.sources),
            );
          }),
        ),
  );
}
