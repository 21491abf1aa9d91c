// An actor's offer to the player (the scenario's `offers`), answered in a dialog over the play
// screen: take it (paying its cost) or decline it. The game waits for the answer.
import { takeOfferRefusal, type PendingOffer, type ScenarioIndex, possessive } from '../../engine';
import type { BrowserGame } from '../../app/browser/game';
import type { PlayerEvent } from '../../machines/events';
import { announce } from '../announce';
import { openDialog } from '../dialog';
import { pendingDialog, type PendingDialog } from '../pendingDialog';
import { button, h } from '../dom';
import { scenarioText } from '../scenarioText';
import { effectList, nameInSentence, paragraphs, sentenceStartName, sourcesDetails } from '../text';

/** Opens the dialog when the game waits for the player's answer to an offer (once per offer). */
export type OfferPrompt = PendingDialog;

export function offerPrompt(game: BrowserGame, send: (event: PlayerEvent, text: string) => void, returnFocus: () => HTMLElement | null): OfferPrompt {
  const index: ScenarioIndex = game.index;
  const prompt = pendingDialog<PendingOffer>(
    () => (game.phase() === 'offer' ? game.session.snapshot().context.offer : null),
    (pending) => {
      const offer = index.offers.get(`${pending.actor}/${pending.offer}`)!;
      const g = game.session.game();
      const who = nameInSentence(index, pending.actor);
      const cannot = takeOfferRefusal(g, index, pending);
      const answer = (take: boolean) => {
        prompt.close();
        send({ type: 'ANSWER_OFFER', take }, take ? `You took ${possessive(who, '’')} offer “${offer.title}”.` : `You declined ${possessive(who, '’')} offer “${offer.title}”.`);
      };
      const take = button(`Take the offer${offer.cost > 0 ? ` (costs ${offer.cost})` : ''}`, () => answer(true), { class: 'primary', key: 'offer-take', disabled: cannot !== null });
      const decline = button('Decline', () => answer(false), { class: 'secondary', key: 'offer-decline' });
      const opened = openDialog({
        title: `${sentenceStartName(index, pending.actor)} makes an offer`,
        class: 'offer-dialog',
        mustAnswer: true,
        content: [
          scenarioText(index, 'h3', null, offer.title),
          ...paragraphs(index, offer.text),
          h('p', null, offer.cost > 0 ? `Taking it costs ${offer.cost} diplomatic capital (you have ${g.capital}).` : 'Taking it costs no diplomatic capital.'),
          cannot ? h('p', { class: 'refusal' }, `You cannot take it: ${cannot}.`) : null,
          h('details', { class: 'option-effects' }, h('summary', null, 'If you take it'), effectList(index, offer.effects) ?? h('p', { class: 'small muted' }, 'no change')),
          offer.onDecline.length > 0 ? h('details', { class: 'option-effects' }, h('summary', null, 'If you decline it'), effectList(index, offer.onDecline)) : null,
          sourcesDetails(index, offer.sources, 'Sources of this offer'),
        ],
        actions: [take, decline],
        returnFocus,
      });
      announce(`${sentenceStartName(index, pending.actor)} makes an offer: ${offer.title}.`);
      return opened;
    },
  );
  return prompt;
}
