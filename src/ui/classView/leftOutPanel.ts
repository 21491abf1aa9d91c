// The files left out of the class's statistics, with why. A heading with their number, the list
// folded under "Show which and why": on a projector the class read each student's problem at the
// top of the first screen. The teacher finds it there, a screen reader by its heading (and the
// screen's first announcement counts them); printed, it is written out (printDisclosures.ts).
import { refusalWords, type RefusedRecord } from '../../app/classView';
import { h } from '../dom';
import { plural } from '../text';

export function leftOutPanel(refused: readonly RefusedRecord[]): HTMLElement | null {
  if (refused.length === 0) return null;
  return h(
    'section',
    { class: 'panel class-refused', attrs: { 'aria-labelledby': 'class-refused-title', 'data-testid': 'class-refused' } },
    h('h2', { id: 'class-refused-title' }, h('span', { class: 'symbol', attrs: { 'aria-hidden': 'true' } }, '⚠ '), `Left out: ${plural(refused.length, 'file')}`),
    h(
      'details',
      { class: 'refused-details' },
      h('summary', { attrs: { 'data-testid': 'class-refused-show' } }, 'Show which and why'),
      h('p', null, 'These files are not in the statistics: they are not game records of this scenario, or replaying them did not give the game they record.'),
      h(
        'ul',
        { class: 'refused-list' },
        refused.map((r) => h('li', null, h('strong', { class: 'student-name' }, r.name), ': ', refusalWords(r))),
      ),
    ),
  );
}
