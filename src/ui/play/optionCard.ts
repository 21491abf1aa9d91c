// One option as a card: its cost and chance, what it does if agreed (or carried out), refused or
// lasting, its sources, and the button to propose, carry out or withdraw it — or why it cannot be
// proposed now, with what its conditions wait for. The actor's panel and the player's own steps
// both draw options this way.
import { proposalRefusal, trace, waitsOnConditions, type GameState, type ScenarioIndex } from '../../engine';
import { chanceWords, type SeatsHeld } from './chanceWords';
import { conditionList } from '../conditionList';
import type { Condition } from '../../scenario/schema';
import { button, h, type Child } from '../dom';
import { scenarioSpan, scenarioText } from '../scenarioText';
import { effectList, nameInSentence, sourcesDetails } from '../text';
import type { PlayActions } from './playActions';

/** `planning`: whether the game waits for the player's plan; otherwise (another seat decides) its button is shown unavailable, as End turn is. */
export function optionCard(index: ScenarioIndex, g: GameState, id: string, actions: PlayActions, planning = true, seats: SeatsHeld = {}): HTMLElement {
  const o = index.options.get(id)!;
  const queued = g.proposals.some((p) => p.option === id);
  const refusal = queued ? null : proposalRefusal(g, index, id);
  const unavailable = planning ? undefined : { 'aria-disabled': 'true' };
  const action = queued
    ? button(['Withdraw', h('span', { class: 'sr-only' }, ' “', scenarioSpan(index, o.title), '”')], () => actions.withdraw(id), { class: 'secondary', key: `option-action-${id}`, attrs: unavailable })
    : refusal === null
      ? button([o.target ? 'Propose' : 'Carry out', h('span', { class: 'sr-only' }, ' “', scenarioSpan(index, o.title), o.target ? `” to ${nameInSentence(index, o.target)}` : '”'), ` (cost ${o.cost})`], () => actions.propose(id), { class: 'primary', key: `option-action-${id}`, attrs: unavailable })
      : null;
  const lasting = o.duration > 0;
  // What its conditions wait for, each part with its value now: the refusal alone says only "not
  // available under the present conditions", which left a newcomer to guess when it would be. Only
  // when they are what it waits for (a closed option waits for news to open it too).
  const needs = refusal !== null && o.when !== undefined && waitsOnConditions(g, index, id) ? needsList(index, g, o.when) : null;
  return h(
    'li',
    { class: `option${refusal ? ' unavailable' : ''}${queued ? ' queued' : ''}`, attrs: { 'data-option': id } },
    scenarioText(index, 'h4', null, o.title),
    h(
      'p',
      { class: 'option-facts' },
      h('span', { class: 'cost' }, `Cost ${o.cost}`),
      // A step taken alone is not weighed by anyone; a seat's holder decides without a die.
      h('span', { class: 'chance' }, chanceWords(index, g, id, seats).card),
      o.counter ? h('span', { class: 'counter-note' }, 'may counter-offer') : null,
    ),
    scenarioText(index, 'p', { class: 'small' }, o.text),
    queued ? h('p', { class: 'queued-note' }, o.target === undefined ? '✓ Chosen this turn' : '✓ Proposed this turn') : null,
    refusal ? h('p', { class: 'refusal' }, h('span', { attrs: { 'aria-hidden': 'true' } }, '⊘ '), `Not available: ${refusal}.`) : null,
    needs,
    h(
      'details',
      { class: 'option-effects' },
      h('summary', null, 'What it does'),
      h('p', { class: 'small' }, o.target === undefined ? 'When carried out:' : 'If agreed:'),
      effectList(index, o.effects) ?? h('p', { class: 'small muted' }, 'no immediate change'),
      lasting ? [h('p', { class: 'small' }, `Then, ${o.delay > 0 ? `after ${o.delay} turn${o.delay === 1 ? '' : 's'}, ` : ''}each turn for ${o.duration} turns:`), effectList(index, o.perTurn)] : null,
      o.onReject.length > 0 ? [h('p', { class: 'small' }, 'If rejected:'), effectList(index, o.onReject)] : null,
    ),
    sourcesDetails(index, o.sources),
    action,
  );
}

/**
 * The conditions as lists of their parts, each with its value now: "It needs:" when all must hold,
 * "It needs one of:" for alternatives (each a part, or a list of parts that must all hold). Other
 * shapes (a count, a negation of several) are left to the refusal: a flat list would misread them.
 */
function needsList(index: ScenarioIndex, g: GameState, when: Condition): Child {
  const lead = (words: string) => h('p', { class: 'small' }, words);
  if (allMustHold(when)) return [lead('It needs:'), conditionList(index, trace(g, index, when))];
  if (!('any' in when) || !when.any.every(allMustHold)) return null;
  if (when.any.every((c) => !('all' in c))) return [lead('It needs one of:'), conditionList(index, trace(g, index, when))];
  return [lead('It needs one of these:'), h('ol', { class: 'small' }, when.any.map((c) => h('li', null, conditionList(index, trace(g, index, c)))))];
}

/** A condition that holds when every one of its parts does: a single test, or "all" of such. */
function allMustHold(c: Condition): boolean {
  if ('all' in c) return c.all.every(allMustHold);
  return !('any' in c || 'not' in c || 'count' in c);
}
