// A target's counter-offer, answered in a dialog over the play screen: take it or decline it.
// (Moved out of playScreen.ts, which also shows the actors' own offers the same way.)
import { counterRefusal, type Decision } from '../engine';
import type { BrowserGame } from '../app/browser/game';
import type { PlayerEvent } from '../machines/events';
import { announce } from './announce';
import { openDialog } from './dialog';
import { button, h } from './dom';
import { decisionExplanation } from './explain';
import { actorName, effectList, entriesOf, optionTitle, OUTCOME_WORDS } from './text';

export interface CounterPrompt {
  /** Opens the dialog when the game waits for the player's answer to a counter-offer (once per counter). */
  update(): void;
  close(): void;
}

export function counterPrompt(game: BrowserGame, send: (event: PlayerEvent, text: string) => void, returnFocus: () => HTMLElement | null): CounterPrompt {
  const index = game.index;
  let counterDialog: { close: () => void; decision: Decision } | null = null;
  const close = () => {
    const d = counterDialog;
    counterDialog = null;
    d?.close();
  };
  return {
    close,
    update() {
      const decision = game.session.snapshot().context.counter;
      if (game.phase() !== 'counter' || decision === null) return;
      if (counterDialog && counterDialog.decision === decision) return;
      const option = index.options.get(decision.option)!;
      const counter = option.counter!;
      const g = game.session.game();
      const cannot = counterRefusal(g, index, decision);
      const answer = (event: PlayerEvent, text: string) => {
        close();
        send(event, text);
      };
      const take = button(`Take the counter-offer${counter.extraCost > 0 ? ` (costs ${counter.extraCost} more)` : ''}`, () => answer({ type: 'TAKE_COUNTER' }, `You took ${actorName(index, decision.actor)}’s counter-offer.`), { class: 'primary', key: 'counter-take' });
      const decline = button('Decline', () => answer({ type: 'DECLINE_COUNTER' }, `You declined ${actorName(index, decision.actor)}’s counter-offer.`), { class: 'secondary', key: 'counter-decline' });
      // The proposals already weighed this turn, so the player knows where things stand.
      const earlier = entriesOf(g, g.turn, ['decision']).filter((e) => e.decision !== decision && e.decision.option !== decision.option);
      const opened = openDialog({
        title: `${actorName(index, decision.actor)} makes a counter-offer`,
        class: 'counter-dialog',
        mustAnswer: true,
        content: [
          h('p', { class: 'lead' }, `${actorName(index, decision.actor)} will not agree to “${option.title}” as proposed, but offers instead:`),
          h('h3', null, counter.title),
          h('p', null, counter.text),
          h('p', null, counter.extraCost > 0 ? `Taking it costs ${counter.extraCost} more diplomatic capital (you have ${g.capital}).` : 'Taking it costs no more diplomatic capital.'),
          cannot ? h('p', { class: 'refusal' }, `You cannot take it: ${cannot}.`) : null,
          h('details', { class: 'option-effects' }, h('summary', null, 'What the counter-offer does'), effectList(index, counter.effects) ?? h('p', { class: 'small muted' }, 'no immediate change'), counter.perTurn ? [h('p', { class: 'small' }, 'Each turn while in force:'), effectList(index, counter.perTurn)] : null),
          h('details', { class: 'why-inline' }, h('summary', null, 'Why a counter-offer?'), decisionExplanation(index, decision)),
          earlier.length > 0
            ? [h('h3', null, 'Earlier this turn'), h('ul', { class: 'small' }, earlier.map((e) => h('li', null, `${actorName(index, e.decision.actor)} ${OUTCOME_WORDS[e.decision.outcome]} “${optionTitle(index, e.decision.option)}”`)))]
            : null,
        ],
        actions: [take, decline],
        returnFocus,
      });
      counterDialog = { close: opened.close, decision };
      announce(`${actorName(index, decision.actor)} makes a counter-offer on “${option.title}”: ${counter.title}.`);
    },
  };
}
