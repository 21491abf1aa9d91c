// The counter-offer dialog over the play screen (counterOffer.ts draws it), opened once per
// counter-offer while the game waits for the player's answer; the actors' own offers work the same
// way (seats/offerDialog.ts). Kept out of playScreen.ts, which was too big.
import type { Decision } from '../engine';
import type { BrowserGame } from '../app/browser/game';
import type { PlayerEvent } from '../machines/events';
import { announce } from './announce';
import { openCounterDialog } from './counterOffer';
import { pendingDialog, type PendingDialog } from './pendingDialog';
import { optionTitle, sentenceStartName } from './text';

/** Opens the dialog when the game waits for the player's answer to a counter-offer (once per counter). */
export type CounterPrompt = PendingDialog;

export function counterPrompt(game: BrowserGame, send: (event: PlayerEvent, text: string) => void, returnFocus: () => HTMLElement | null): CounterPrompt {
  const index = game.index;
  const prompt = pendingDialog<Decision>(
    () => (game.phase() === 'counter' ? game.session.snapshot().context.counter : null),
    (decision) => {
      // The answer closes the dialog first: after a round the same counter-offer is asked again.
      const answer = (event: PlayerEvent, text: string) => {
        prompt.close();
        send(event, text);
      };
      const opened = openCounterDialog({ index, game: game.session.game(), decision, answer, returnFocus });
      const counter = index.options.get(decision.option)!.counter!;
      announce(`${sentenceStartName(index, decision.actor)} makes a counter-offer on “${optionTitle(index, decision.option)}”: ${counter.title}.`);
      return opened;
    },
  );
  return prompt;
}
