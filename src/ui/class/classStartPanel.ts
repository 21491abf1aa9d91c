// The start screen's "Class game" panel: the teacher hosts the scenario and seed chosen above (with
// an optional time per turn, and how the computer plays its seats); a student joins with the code. Small and in the page's first chunk:
// the network client and the class screens load only when one of these is pressed.
import { keptTeacherGames } from '../../app/browser/classStore';
import type { ComputerPlayer } from '../../net/protocol';
import { button, h } from '../dom';
import { COMPUTER_CHOICES } from './computerWords';

export interface ClassStartActions {
  /** Hosts the scenario and seed chosen on the start screen (a bad seed is said there). */
  host(turnSeconds: number, computer: ComputerPlayer): void;
  join(): void;
  /** Opens again a game this browser hosted (closed for now, still going, or ended). */
  reopen(code: string, teacherToken: string): void;
}

export function classStartPanel(actions: ClassStartActions, report: HTMLElement): HTMLElement {
  const seconds = h('input', { id: 'class-turn-seconds', type: 'number', value: '0', attrs: { min: 0, max: 3600, step: 10, inputmode: 'numeric', 'aria-describedby': 'class-seconds-help' } });
  const host = () => {
    const value = Number(seconds.value || '0');
    if (!Number.isInteger(value) || value < 0 || value > 3600) {
      report.replaceChildren(h('p', { class: 'field-error', attrs: { role: 'alert' } }, 'Seconds per turn: a whole number from 0 (no time limit) to 3600.'));
      seconds.focus();
      return;
    }
    actions.host(value, computer.value as ComputerPlayer);
  };
  const computer = h('select', { id: 'class-computer', attrs: { 'aria-describedby': 'class-computer-help' } }, COMPUTER_CHOICES.map((c) => h('option', { value: c.value }, c.label)));
  return h(
    'section',
    { class: 'panel class-game', attrs: { 'aria-labelledby': 'class-game-title' } },
    h('h2', { id: 'class-game-title' }, 'Class game'),
    h('p', { class: 'small muted' }, 'A class plays one game together, each student on their own device, one or more per state; the computer plays the seats nobody takes. It needs the class server (npm run serve).'),
    h(
      'div',
      { class: 'class-game-grid' },
      h(
        'div',
        { class: 'file-field' },
        h('label', { attrs: { for: 'class-turn-seconds' } }, 'Seconds per turn (0: no limit)'),
        seconds,
        h('label', { attrs: { for: 'class-computer' } }, 'The computer plays its seats'),
        computer,
        h('p', { class: 'small muted', id: 'class-computer-help' }, 'The seats nobody takes, and those you give to the computer. The expert plays better and takes up to a second or two per decision.'),
        h('p', { class: 'small muted', id: 'class-seconds-help' }, 'Hosts the scenario and seed chosen above; a scenario file you loaded is sent to the class server.'),
        button('Host a class game', host, { class: 'primary', key: 'host-class' }),
      ),
      h('div', { class: 'file-field' }, h('p', { class: 'small muted', id: 'join-class-help' }, 'A student with a join code from the teacher:'), button('Join a class game', () => actions.join(), { class: 'secondary', key: 'join-class', attrs: { 'aria-describedby': 'join-class-help' } })),
    ),
    keptGames(actions),
    report,
  );
}

/** The games this browser hosted, newest first: the next lesson opens them again with their code, an ended one to discuss how it ended. */
function keptGames(actions: ClassStartActions): HTMLElement | null {
  const games = keptTeacherGames();
  if (games.length === 0) return null;
  return h(
    'div',
    { class: 'kept-class-games' },
    h('h3', null, 'Class games you hosted in this browser'),
    h(
      'ul',
      null,
      games.map((g) =>
        h(
          'li',
          null,
          h('strong', null, g.code),
          ` — ${g.title} `,
          h('span', { class: 'muted small' }, `(hosted ${g.at.slice(0, 10)}${g.ended ? '; ended' : ''})`),
          ' ',
          button(['Open again', h('span', { class: 'sr-only' }, ` class game ${g.code}${g.ended ? ', ended' : ''}`)], () => actions.reopen(g.code, g.token), { class: 'secondary small', key: `reopen-${g.code}` }),
        ),
      ),
    ),
  );
}
