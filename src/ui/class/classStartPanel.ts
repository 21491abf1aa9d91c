// The start screen's "Class game" panel: the teacher hosts the scenario and seed chosen above (with
// an optional time per turn, and how the computer plays its seats); a student joins with the code. Small and in the page's first chunk:
// the network client and the class screens load only when one of these is pressed.
import { forgetTeacherGame, keptTeacherGames, type KeptTeacherGame } from '../../app/browser/classStore';
import type { ComputerPlayer } from '../../net/protocol';
import { openDialog } from '../dialog';
import { button, h } from '../dom';
import { COMPUTER_CHOICES } from './computerWords';
import { standingWords } from './standingWords';

export interface ClassStartActions {
  /** Hosts the scenario and seed chosen on the start screen (a bad seed is said there). */
  host(turnSeconds: number, computer: ComputerPlayer): void;
  join(): void;
  /** Opens again a game this browser hosted (closed for now, still going, or ended). */
  reopen(code: string, teacherToken: string): void;
}

export function classStartPanel(actions: ClassStartActions, report: HTMLElement): HTMLElement {
  const seconds = h('input', { id: 'class-turn-seconds', type: 'number', value: '0', attrs: { min: 0, max: 3600, inputmode: 'numeric', 'aria-describedby': 'class-seconds-help' } });
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
    h('h2', { id: 'class-game-title', tabIndex: -1 }, 'Class game'),
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
        h('p', { class: 'small muted', id: 'class-seconds-help' }, 'Hosts the scenario and seed chosen above; a scenario file you loaded is sent to the class server. A turn with offers to answer and proposals to make takes a student 2–3 minutes: 120–180 seconds (at 60, the computer decided for a student still reading the offers).'),
        button('Host a class game', host, { class: 'primary', key: 'host-class' }),
      ),
      h('div', { class: 'file-field' }, h('p', { class: 'small muted', id: 'join-class-help' }, 'A student with a join code from the teacher:'), button('Join a class game', () => actions.join(), { class: 'secondary', key: 'join-class', attrs: { 'aria-describedby': 'join-class-help' } })),
    ),
    keptGames(actions),
    report,
  );
}

/**
 * The games this browser hosted, newest first: the next lesson opens them again with their code, an
 * ended one to discuss how it ended. Each can be forgotten, once asked: its teacher's key is kept
 * only here, so a forgotten game cannot be opened as its teacher again.
 */
function keptGames(actions: ClassStartActions): HTMLElement {
  const list = h('div', { class: 'kept-class-games' });
  // Once one is forgotten, focus goes to the list's heading, or to the panel's once the list is empty.
  const afterForget = () => {
    draw();
    return list.hidden ? document.getElementById('class-game-title') : list.querySelector('h3');
  };
  const draw = () => {
    const games = keptTeacherGames();
    list.hidden = games.length === 0;
    list.replaceChildren(
      h('h3', { tabIndex: -1 }, 'Class games you hosted in this browser'),
      h(
        'ul',
        null,
        games.map((g) =>
          h(
            'li',
            null,
            h('strong', null, g.code),
            ` — ${g.title} `,
            // Games kept before their standing was have only the mark of their end.
            h('span', { class: 'muted small' }, `(hosted ${g.at.slice(0, 10)}${g.ended && !g.standing ? '; ended' : ''})`),
            g.standing ? h('span', { class: 'kept-standing', id: `kept-standing-${g.code}`, attrs: { 'data-testid': 'kept-standing' } }, standingWords(g.standing)) : ' ',
            button(['Open again', h('span', { class: 'sr-only' }, ` class game ${g.code}${g.ended && !g.standing ? ', ended' : ''}`)], () => actions.reopen(g.code, g.token), { class: 'secondary small', key: `reopen-${g.code}`, ...(g.standing ? { attrs: { 'aria-describedby': `kept-standing-${g.code}` } } : {}) }),
            ' ',
            button(['Forget', h('span', { class: 'sr-only' }, ` class game ${g.code}`)], () => askToForget(g, afterForget), { class: 'secondary small', key: `forget-${g.code}` }),
          ),
        ),
      ),
    );
  };
  draw();
  return list;
}

/** Asks before a game leaves the list; `forgotten` draws the list again and says where focus goes. */
function askToForget(game: KeptTeacherGame, forgotten: () => HTMLElement | null): void {
  let focusAfter: HTMLElement | null = null;
  const consequence = game.ended
    ? 'Its end and its debrief can then no longer be opened from this browser.'
    : game.standing?.state === 'closed'
      ? 'It is closed for now: the class server keeps it, but without this key nobody can open it again.'
      : 'It is not over: the class server keeps it for its students, but this browser can then no longer open its teacher’s screen.';
  const opened = openDialog({
    title: `Forget class game ${game.code}?`,
    content: h('p', null, `“${game.title}” leaves this list, with the key that makes you its teacher. ${consequence}`),
    closeLabel: 'Keep it',
    actions: [
      button(
        'Forget it',
        () => {
          forgetTeacherGame(game.code);
          focusAfter = forgotten();
          opened.close();
        },
        { class: 'secondary', key: 'forget-yes' },
      ),
    ],
    returnFocus: () => focusAfter,
  });
}
