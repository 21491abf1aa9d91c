// The play screen's warning when the game cannot be saved in the browser (storage full, a private
// window): it stays in view until a save succeeds again, is said to screen readers at once, and
// offers the game record as a file so that nothing played is lost with the tab.
import './saveProblem.css';
import type { BrowserGame } from '../app/browser/game';
import { announceUrgently } from './announce';
import { button, h } from './dom';
import { asksPlayerName, downloadRecord } from './gameDialogs';
import { playerNameField } from './playerNameField';

export function mountSaveProblem(game: BrowserGame): { element: HTMLElement; dispose: () => void } {
  const reason = h('span', { attrs: { 'data-testid': 'save-problem-reason' } });
  const name = asksPlayerName(game) ? playerNameField('save-problem-player-name') : null;
  const element = h(
    'section',
    { class: 'save-problem', hidden: true, attrs: { 'aria-labelledby': 'save-problem-title', 'data-testid': 'save-problem-banner' } },
    h(
      'div',
      { class: 'save-problem-text' },
      h('h2', { id: 'save-problem-title' }, 'Your game is not being saved'),
      h('p', null, 'The browser refused to keep it (', reason, '), so closing this tab would lose it. Download its record to keep it: “Replay a game record” on the start screen takes it back.'),
    ),
    h('span', { class: 'named-download' }, name?.element, button('Download the game record', () => downloadRecord(game, name?.value()), { class: 'primary', key: 'save-problem-download' })),
  );
  let shown: string | null = null;
  const update = () => {
    const problem = game.saveProblem;
    if (problem === shown) return;
    element.hidden = problem === null;
    if (problem !== null) {
      reason.textContent = problem;
      announceUrgently(`Your game is not being saved: ${problem}. Use the button “Download the game record” at the top to keep it.`);
    } else if (shown !== null) {
      announceUrgently('The game is saved in this browser again.');
    }
    shown = problem;
  };
  update();
  return { element, dispose: game.onSaveProblem(update) };
}
