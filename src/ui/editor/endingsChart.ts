// The play-test's endings as horizontal bars: for each ending, one bar per bot, each with its
// number written out (never colour alone); the bots differ by colour and by pattern.
import type { BalanceReport } from '../../app/balance';
import { h } from '../dom';
import { scenarioSpan } from '../scenarioText';
import { plural } from '../../scenario/plural';

/** `language`: the draft's, its endings' titles'. */
export function endingsChart(report: BalanceReport, language: string | undefined): HTMLElement {
  const bots = ['random', 'greedy'] as const;
  return h(
    'figure',
    { class: 'editor-chart' },
    h('figcaption', { class: 'small muted' }, `How ${plural(report.games, 'game')} per bot ended. The targets: every ending in at least 1 % of the random bot's games, none in more than 60 %.`),
    h(
      'ul',
      { class: 'editor-bars', attrs: { 'data-testid': 'playtest-chart' } },
      report.endings.map((e) =>
        h(
          'li',
          { class: 'editor-bar-group' },
          h('span', { class: 'editor-bar-label' }, scenarioSpan(language, e.title), h('code', { class: 'muted' }, ` ${e.id}`)),
          bots.map((bot) => {
            const fill = h('span', { class: `editor-bar-fill ${bot}` });
            fill.style.width = `${e[bot].percent}%`;
            return h(
              'span',
              { class: 'editor-bar-row' },
              h('span', { class: 'editor-bar-bot' }, bot),
              h('span', { class: 'editor-bar-track', attrs: { 'aria-hidden': 'true' } }, fill),
              h('span', { class: 'editor-bar-value', attrs: { 'data-testid': 'playtest-bar-value' } }, `${e[bot].count}`, h('span', { class: 'muted' }, ` (${e[bot].percent.toFixed(1)} %)`)),
            );
          }),
        ),
      ),
    ),
  );
}
