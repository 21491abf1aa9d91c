// The advisor made ready before anyone asks, the moment the board is drawn (the page is playable
// then): its workers start and index the scenario, and the dialog's code loads. A "What if?"
// clicked at once then waits for neither. Started when the page was next idle, which Phaser's
// frames put off, the worker was made up to 0.2 s after such a click and the run began up to
// 0.2 s after it, in headless Chromium on two cores; started with the play screen instead, the
// workers were ready before the click but the page became playable later (median 1.063 times as
// long). Nothing is played here.
import type { BrowserGame } from '../../app/browser/game';
import { prepareWorkers } from './advicePool';

export function prepareAdvisor(game: BrowserGame, drawn: Promise<void>): void {
  void drawn.then(() => {
    prepareWorkers(game.index.scenario, game.index.hash);
    // The dialog's chunk (it brings runAdvice); loaded again on the click, which says so if it fails.
    import('./advisorDialog').catch(() => {});
  });
}
