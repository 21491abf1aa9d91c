// "What if?" pressed: the advisor's dialog, its code fetched at the first press.
import type { BrowserGame } from '../../app/browser/game';
import { board } from '../boardHost';
import { openDialog } from '../dialog';
import { h } from '../dom';
import { noteAdvisorOpened } from './adviceAhead';

/**
 * The advisor's code and styles load when "What if?" is first pressed: most turns never open it,
 * and in the play screen's own chunk it made every game page heavier. `shown`: whether the play
 * screen is still there once they have (Back may have left it meanwhile: no dialog then).
 */
export function openAdvisorLater(game: BrowserGame, follow: (plan: readonly string[]) => void, shown: () => boolean): void {
  const asked = performance.now(); // the wait it reports counts its own loading
  noteAdvisorOpened();
  // The board rests from the click, not from the dialog: at a first "What if?" its code may still
  // be loading, and the board's frames meanwhile shared the cores with the workers' first run.
  const release = board().hold();
  import('./advisorDialog')
    .then(
      ({ openAdvisor }) => shown() && openAdvisor(game, { asked, follow }),
      () => shown() && openDialog({ title: 'What if?', content: h('p', null, 'The advisor could not be loaded. Check the connection, then press "What if?" again.') }),
    )
    .finally(release); // the dialog holds the board itself while it is open
}
