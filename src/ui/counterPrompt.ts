// The counter-offer dialog over the play screen (counterOffer.ts draws it), opened once per
// counter-offer while the game waits for the player's answer; the actors' own offers work the same
// way (seats/offerDialog.ts). Kept out of playScreen.ts, which was too big.
import type { Decision, GameState, LogEntry, ScenarioIndex } from '../engine';
import type { BrowserGame } from '../app/browser/game';
import type { PlayerEvent } from '../machines/events';
import { announce } from './announce';
import { openCounterDialog } from './counterOffer';
import { pendingDialog, type PendingDialog } from './pendingDialog';
import { describeEntry } from './text';

/** Opens the dialog when the game waits for the player's answer to a counter-offer (once per counter). */
export type CounterPrompt = PendingDialog;

/**
 * What the answer to the middle said, once the game has weighed it: the round's log entry ("You
 * offered Japan the middle on “…” (round 1 of 2): accepted (chance 74%, roll 21)"); a round held
 * is said again by the dialog that comes back.
 */
function roundWords(index: ScenarioIndex, g: GameState, decision: Decision, sent: string): string {
  const round = g.turnLog.filter((e): e is Extract<LogEntry, { kind: 'bargain' }> => e.kind === 'bargain' && e.option === decision.option && e.turn === decision.turn).at(-1);
  return round && round.round.outcome !== 'hold' ? `${describeEntry(index, round)}.` : sent;
}

export function counterPrompt(game: BrowserGame, send: (event: PlayerEvent, describe: (g: GameState) => string) => void, returnFocus: () => HTMLElement | null): CounterPrompt {
  const index = game.index;
  const prompt = pendingDialog<Decision>(
    () => (game.phase() === 'counter' ? game.session.snapshot().context.counter : null),
    (decision) => {
      // The answer closes the dialog first: after a round the same counter-offer is asked again.
      const answer = (event: PlayerEvent, text: string) => {
        prompt.close();
        send(event, event.type === 'COUNTER_BACK' ? (g) => roundWords(index, g, decision, text) : () => text);
      };
      const opened = openCounterDialog({ index, game: game.session.game(), decision, answer, returnFocus, targetSeat: game.seatsHeld()[decision.actor] });
      announce(opened.arrival);
      return opened;
    },
  );
  return prompt;
}
