// The counter-offer dialog over the play screen (counterOffer.ts draws it), opened once per
// counter-offer while the game waits for the player's answer; the actors' own offers work the same
// way (seats/offerDialog.ts). Kept out of playScreen.ts, which was too big.
import type { Decision } from '../engine';
import type { BrowserGame } from '../app/browser/game';
import type { PlayerEvent } from '../machines/events';
import { announce } from './announce';
import { openCounterDialog } from './counterOffer';
import { actorName, optionTitle } from './text';

export interface CounterPrompt {
  /** Opens the dialog when the game waits for the player's answer to a counter-offer (once per counter). */
  update(): void;
  close(): void;
}

export function counterPrompt(game: BrowserGame, send: (event: PlayerEvent, text: string) => void, returnFocus: () => HTMLElement | null): CounterPrompt {
  const index = game.index;
  let open: { close: () => void; decision: Decision } | null = null;
  const close = () => {
    const d = open;
    open = null;
    d?.close();
  };
  return {
    close,
    update() {
      const decision = game.session.snapshot().context.counter;
      if (game.phase() !== 'counter' || decision === null) return;
      if (open && open.decision === decision) return;
      const answer = (event: PlayerEvent, text: string) => {
        close();
        send(event, text);
      };
      const opened = openCounterDialog({ index, game: game.session.game(), decision, answer, returnFocus });
      open = { close: opened.close, decision };
      const counter = index.options.get(decision.option)!.counter!;
      announce(`${actorName(index, decision.actor)} makes a counter-offer on “${optionTitle(index, decision.option)}”: ${counter.title}.`);
    },
  };
}
