// Another state's seat in a class game: when the game asks this seat, its questions as the
// hot-seat screens show them (with the rules' weighing beside each choice); otherwise a calm
// screen with what has happened this turn. For whom the game waits is the class strip's line above
// it (the screen said it a second time, in large type, under the strip).
import type { BrowserGame } from '../../app/browser/game';
import { askingOf } from '../../app/session';
import { button, h, render } from '../dom';
import { openLogDialog } from '../gameDialogs';
import { reportPanel } from '../play/reportPanel';
import { tracksPanel } from '../play/tracksPanel';
import { mountSeatScreen } from '../seats/seatScreen';
import { scenarioSpan } from '../scenarioText';
import { actorName, dateOf, entryWords, nameInSentence } from '../text';

export function mountClassSeat(root: HTMLElement, game: BrowserGame, actorId: string): () => void {
  const index = game.index;
  const name = actorName(index, actorId);
  // null until the first view is shown (the root still holds the seat choice then).
  let asked: boolean | null = null;
  let disposeView: () => void = () => undefined;
  const isAsked = () => {
    const q = askingOf(game.session.snapshot());
    return q !== null && q.kind !== 'take-offer' && q.actor === actorId;
  };

  function showWaiting(): void {
    const body = h('div', { class: 'seat-body' });
    const title = h('h1', { id: 'seat-title', tabIndex: -1 }, scenarioSpan(index, name), ': nothing to decide now');
    root.replaceChildren(h('div', { class: 'screen seat-screen class-seat-waiting' }, h('header', { class: 'topbar seat-top' }, title), h('main', { class: 'seat-main' }, body)));
    const draw = () => {
      const g = game.session.game();
      const entries = g.turnLog.filter((e) => e.kind !== 'income');
      render(body, [
        h('section', { class: 'panel' }, h('p', { attrs: { 'data-testid': 'seat-waiting' } }, `Turn ${g.turn} of ${index.scenario.calendar.turns}, ${dateOf(index, g.turn)}. Your screen changes by itself when the game asks ${nameInSentence(index, actorId)}.`), button('Game log', () => openLogDialog(index, g, game.record().notes), { class: 'secondary', key: 'seat-log' })),
        entries.length > 0 ? h('section', { class: 'panel seat-news', attrs: { 'aria-labelledby': 'seat-news-title' } }, h('h2', { id: 'seat-news-title' }, 'This turn so far'), h('ul', { class: 'small' }, entries.map((e) => h('li', null, entryWords(index, e))))) : null,
        // Last turn's results, this seat's moves among them, and where the tracks stand: a seat
        // saw only the present turn's news, and never what its own choices did.
        reportPanel(index, g, false),
        tracksPanel(index, g),
      ]);
    };
    draw();
    const unsubscribe = game.subscribe(draw);
    disposeView = unsubscribe;
  }

  const update = () => {
    const now = isAsked();
    if (now === asked) return;
    asked = now;
    disposeView();
    if (now) disposeView = mountSeatScreen(root, game, actorId);
    else showWaiting();
  };
  const unsubscribe = game.subscribe(update);
  update();
  return () => {
    unsubscribe();
    disposeView();
  };
}
