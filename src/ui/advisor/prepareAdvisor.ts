// The advisor's code and its workers, made ready once the play screen's board is drawn and the
// page is idle: the first "What if?" then waits neither for the code to load nor for the workers
// to start and index the scenario (before, they were ready 0.4–0.7 s after the click was sent, in
// headless Chromium on two cores). Nothing is played here: the workers only load.
import type { BrowserGame } from '../../app/browser/game';

export function prepareAdvisorWhenIdle(game: BrowserGame, drawn: Promise<void>): void {
  const prepare = () => {
    // The dialog's chunk first (it brings runAdvice): the click then finds both loaded.
    void import('./advisorDialog')
      .then(() => import('./runAdvice'))
      .then(({ prepareAdvisor }) => prepareAdvisor(game.index))
      .catch(() => {}); // loaded again on the click, which says so if it fails
  };
  void drawn.then(() => ('requestIdleCallback' in window ? requestIdleCallback(prepare, { timeout: 2000 }) : setTimeout(prepare, 0)));
}
