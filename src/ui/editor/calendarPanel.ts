// The turn calendar of the draft: the months of each turn, and the dated events on their turn (an
// event dated outside the game is called out: it would never happen). A dated event with a
// condition (`when`) or a chance below 100 may not happen on its turn: that is said beside it,
// or the calendar would promise it.
import type { TurnCalendar } from '../../app/turnCalendar';
import { newGame, trace, type ScenarioIndex } from '../../engine';
import type { Condition, ScenarioEvent } from '../../scenario/schema';
import { h } from '../dom';
import { joinPhrases, phrase, phraseNodes, scenarioText, type Phrase } from '../scenarioText';
import { conditionPhrase } from '../text';

/** A condition that the debrief lists as one part: a test, or a test negated. */
const isLeaf = (c: Condition): boolean => ('not' in c ? isLeaf(c.not) : !('all' in c || 'any' in c || 'count' in c));

/** A condition in words, its parts named as the debrief names them ("agreement “…” made"). */
function conditionWords(index: ScenarioIndex, when: Condition): Phrase {
  // The parts' words do not depend on the game: those of any state will do.
  const parts = trace(newGame(index, 'calendar'), index, when).map((t) => conditionPhrase(index, t.text));
  if (parts.length === 1) return parts[0]!;
  if ('all' in when && when.all.every(isLeaf)) return joinPhrases(parts, ', and ');
  if ('any' in when && when.any.every(isLeaf)) return joinPhrases(parts, ', or ');
  return phrase`these hold, as the file combines them: ${joinPhrases(parts, '; ')}`;
}

/** What a dated event waits on besides its month: "only if …", "a 40 % chance"; null when it surely happens. */
export function eventProviso(index: ScenarioIndex, event: Pick<ScenarioEvent, 'when' | 'chance'>): Phrase | null {
  const chance = event.chance !== undefined && event.chance < 100 ? `a ${event.chance} % chance` : null;
  if (event.when === undefined) return chance === null ? null : [chance];
  const only = phrase`only if ${conditionWords(index, event.when)}`;
  return chance === null ? only : phrase`${only}; then ${chance}`;
}

export function calendarTable(calendar: TurnCalendar, index: ScenarioIndex): HTMLElement {
  const { language } = index.scenario;
  const proviso = (id: string) => {
    const words = index.events.has(id) ? eventProviso(index, index.events.get(id)!) : null;
    return words === null ? null : h('span', { class: 'muted', attrs: { 'data-testid': 'event-proviso' } }, ' (', phraseNodes(index, words), ')');
  };
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
            h('td', null, t.events.length === 0 ? h('span', { class: 'muted' }, '—') : t.events.map((e, i) => [i > 0 ? ', ' : '', scenarioText(language, 'span', { attrs: { title: e.at } }, e.title), h('code', { class: 'muted' }, ` ${e.id}`), proviso(e.id)])),
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
