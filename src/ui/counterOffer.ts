// The counter-offer dialog: what the target offers instead, and the player's three answers: take
// it, decline it, or (when the scenario allows rounds) offer the middle between the proposal and
// the counter-offer, with what the middle does, what it costs and the rounds left.
import {
  bargainStatus,
  counterBackRefusal,
  counterPerTurn,
  counterRefusal,
  middleDealEffects,
  middlePerTurn,
  optionActor,
  roundsOf,
  roundWeighing,
  sumTerms,
  type Decision,
  type GameState,
  type ScenarioIndex,
  possessive,
} from '../engine';
import type { PlayerEvent } from '../machines/events';
import type { Effect, ScenarioOption } from '../scenario/schema';
import { openDialog } from './dialog';
import { button, h, signed, type Child } from './dom';
import { decisionExplanation } from './explain';
import { joinPhrases, own, phrase, phraseNodes, scenarioText } from './scenarioText';
import { decisionPhrase, effectList, effectPhrase, entriesOf, nameInSentence, rollWords, seatWords, sentenceStartName } from './text';

export interface CounterDialogInput {
  index: ScenarioIndex;
  game: GameState;
  decision: Decision;
  /** Sends the answer; `said` is announced when the game accepts it. */
  answer(event: PlayerEvent, said: string): void;
  returnFocus(): HTMLElement | null;
  /** Who holds the target's seat ('rule' or absent: the rules and their die decide the rounds). */
  targetSeat?: string;
}

/** The dialog, and what it brings in one sentence: what a screen reader says as it opens. */
export function openCounterDialog({ index, game: g, decision, answer, returnFocus, targetSeat }: CounterDialogInput): { close: () => void; arrival: string } {
  const option = index.options.get(decision.option)!;
  const counter = option.counter!;
  const actor = nameInSentence(index, decision.actor);
  const actorFirst = sentenceStartName(index, decision.actor);
  const cannot = counterRefusal(g, index, decision);
  const rounds = roundsOf(g.turnLog, decision);
  const status = bargainStatus(g, index, decision);
  const cannotBargain = counterBackRefusal(g, index, decision);
  const last = rounds.at(-1);
  // Each answer is described by what it does, as a crisis's answers are (crisisAnswerCard.ts): a
  // screen reader heard "Take the counter-offer" and no more, the effects folded away above.
  // A counter-offer the player cannot afford is not the dialog's main action: it looks and reads disabled.
  const take = button(`Take the counter-offer${counter.extraCost > 0 ? ` (costs ${counter.extraCost} more)` : ''}`, () => answer({ type: 'TAKE_COUNTER' }, `You took ${possessive(actor, '’')} counter-offer.`), {
    class: cannot ? 'secondary' : 'primary',
    key: 'counter-take',
    // Why it cannot be taken is read with it (it stays focusable, unavailable).
    attrs: { 'aria-disabled': cannot ? 'true' : undefined, 'aria-describedby': `counter-cost${cannot ? ' counter-cannot' : ''} counter-does` },
  });
  const decline = button('Decline', () => answer({ type: 'DECLINE_COUNTER' }, `You declined ${possessive(actor, '’')} counter-offer.`), { class: 'secondary', key: 'counter-decline', attrs: { 'aria-describedby': 'counter-decline-does' } });
  const middle =
    status.allowed > 0
      ? button(`Offer the middle${status.cost > 0 ? ` (costs ${status.cost} more if agreed)` : ''}`, () => answer({ type: 'COUNTER_BACK' }, `You offered ${actor} the middle.`), {
          class: 'secondary',
          key: 'counter-back',
          attrs: { 'aria-disabled': cannotBargain ? 'true' : undefined },
        })
      : null;
  // The proposals already weighed this turn, so the player knows where things stand.
  const earlier = entriesOf(g, g.turn, ['decision']).filter((e) => e.decision !== decision && e.decision.option !== decision.option);
  // After a round the same counter-offer comes back: said as the round's answer, not as a new offer.
  const arrival = last
    ? `${actorFirst} did not accept the middle (round ${last.round}: ${rollWords(last)}) and keeps its counter-offer on “${option.title}”: ${counter.title}.`
    : `${actorFirst} makes a counter-offer on “${option.title}”: ${counter.title}.`;
  const opened = openDialog({
    title: last ? `${actorFirst} keeps its counter-offer` : `${actorFirst} makes a counter-offer`,
    class: 'counter-dialog',
    mustAnswer: true,
    content: [
      last
        ? h('p', { class: 'lead' }, `${actorFirst} did not accept the middle (round ${last.round}: ${rollWords(last)}) and still offers:`)
        : h('p', { class: 'lead' }, phraseNodes(index, phrase`${actorFirst} will not agree to “${own(option.title)}” as proposed, but offers instead:`)),
      scenarioText(index, 'h3', null, counter.title),
      scenarioText(index, 'p', null, counter.text),
      h('p', { id: 'counter-cost' }, counter.extraCost > 0 ? `Taking it costs ${counter.extraCost} more diplomatic capital (you have ${g.capital}).` : 'Taking it costs no more diplomatic capital.'),
      cannot ? h('p', { class: 'refusal', id: 'counter-cannot' }, `You cannot take it: ${cannot}.`) : null,
      h('p', { id: 'counter-decline-does' }, 'Declining it: no deal, and nothing changes (the cost of your proposal stays spent).'),
      h('details', { class: 'option-effects' }, h('summary', null, 'What the counter-offer does'), effectList(index, counter.effects) ?? h('p', { class: 'small muted' }, 'no immediate change'), counterPerTurnList(index, option)),
      doesWords(index, 'counter-does', counter.effects, option.duration > 0 ? counterPerTurn(option) : []),
      status.allowed > 0 ? middleSection(index, option.id, status, cannotBargain, status.left > 0 ? roundOdds(index, g, decision, targetSeat) : null) : null,
      h('details', { class: 'why-inline' }, h('summary', null, rounds.length > 0 ? 'Why a counter-offer, and each round' : 'Why a counter-offer?'), decisionExplanation(index, decision, rounds)),
      earlier.length > 0
        ? [h('h3', null, 'Earlier this turn'), h('ul', { class: 'small' }, earlier.map((e) => h('li', null, phraseNodes(index, decisionPhrase(index, e.decision)))))]
        : null,
    ],
    actions: middle ? [take, middle, decline] : [take, decline],
    returnFocus,
  });
  // The middle's section holds its odds and why not only when they apply.
  middle?.setAttribute('aria-describedby', ['middle-about', 'middle-odds', 'middle-cannot', 'middle-does'].filter((id) => opened.dialog.querySelector(`#${id}`)).join(' '));
  return { close: opened.close, arrival };
}

/**
 * What an answer does, in one hidden sentence its button is described by: the lists under "What …
 * does" are folded away, and a closed fold-out is not read in a description.
 */
function doesWords(index: ScenarioIndex, id: string, effects: readonly Effect[], perTurn: readonly Effect[]): HTMLElement {
  // One phrase: its parts as one text (a description spaced out its nodes: "+3 ; Japan").
  const list = (all: readonly Effect[]) => joinPhrases(all.map((e) => effectPhrase(index, e)), '; ');
  const does = effects.length > 0 ? phrase`It does: ${list(effects)}.` : phrase`No immediate change.`;
  return h('p', { id, hidden: true }, phraseNodes(index, perTurn.length > 0 ? phrase`${does} Each turn while in force: ${list(perTurn)}.` : does));
}

/** The counter-offer's effects on each turn of the agreement: its own, or, without them, the proposal's, which go on under it. */
function counterPerTurnList(index: ScenarioIndex, option: ScenarioOption): Child {
  const perTurn = option.duration > 0 ? counterPerTurn(option) : [];
  if (perTurn.length === 0) return null;
  return [h('p', { class: 'small' }, option.counter!.perTurn ? 'Each turn while in force:' : 'Each turn while in force (as in your proposal):'), effectList(index, perTurn)];
}

/**
 * The next round's odds as the rules weigh them, before the offer is made (they were shown only in
 * the "Why?" after the turn): accepted, counter-offer kept, walked away. A seat held by a player
 * or a bot decides by itself: said instead.
 */
function roundOdds(index: ScenarioIndex, g: GameState, decision: Decision, targetSeat: string | undefined): string {
  if (targetSeat !== undefined && targetSeat !== 'rule') return `${possessive(sentenceStartName(index, decision.actor), '’')} seat is held by ${seatWords(targetSeat)}, who decides whether to accept it.`;
  // Inside the sentence: "This round (1), the United States accepts …".
  const actor = nameInSentence(index, decision.actor);
  const { round, terms, chance, holdBelow } = roundWeighing(g, index, decision);
  const sum = terms.map((t, i) => (i === 0 ? String(t.value) : signed(t.value))).join(' ');
  const kept = chance === sumTerms(terms) ? '' : ', kept between 3 and 97';
  return `This round (${round}), ${actor} accepts the middle with a chance of ${chance}\u00a0% (${sum}${kept}); else it keeps its counter-offer ${holdBelow - chance}\u00a0% of the time, and walks away ${100 - holdBelow}\u00a0%.`;
}

/** "Offer the middle": its terms, its cost, the rounds and patience left, and the next round's odds. */
function middleSection(index: ScenarioIndex, optionId: string, status: ReturnType<typeof bargainStatus>, cannot: string | null, odds: string | null): HTMLElement {
  const option = index.options.get(optionId)!;
  const perTurn = option.duration > 0 ? middlePerTurn(option) : [];
  return h(
    'section',
    { class: 'middle-offer', attrs: { 'aria-label': 'Offer the middle' } },
    h('h3', null, 'Or offer the middle'),
    h(
      'p',
      { id: 'middle-about' },
      `Halfway between your proposal and the counter-offer. ${status.cost > 0 ? `It costs ${status.cost} more diplomatic capital, paid only if agreed.` : 'It costs no more diplomatic capital.'} ` +
        `Rounds left: ${status.left} of ${status.allowed}. Each round ${possessive(nameInSentence(index, optionActor(index, option.id)), '’')} patience wears thinner: its chance of accepting falls by ${status.patience} points a round.`,
    ),
    odds === null ? null : h('p', { id: 'middle-odds', attrs: { 'data-testid': 'middle-odds' } }, odds),
    cannot && status.left > 0 ? h('p', { class: 'refusal', id: 'middle-cannot' }, `You cannot offer it: ${cannot}.`) : status.left === 0 ? h('p', { class: 'refusal', id: 'middle-cannot' }, 'No round of bargaining is left: take the counter-offer or decline it.') : null,
    h('details', { class: 'option-effects' }, h('summary', null, 'What the middle does'), effectList(index, middleDealEffects(option)) ?? h('p', { class: 'small muted' }, 'no immediate change'), perTurn.length > 0 ? [h('p', { class: 'small' }, 'Each turn while in force:'), effectList(index, perTurn)] : null),
    doesWords(index, 'middle-does', middleDealEffects(option), perTurn),
  );
}
