// One of the player's proposals as a turn's report (play/reportPanel.ts) and the replay list it:
// who answered and how, its "Why?", and what the deal changed. A step taken alone reads "Russia —
// “…”: carried out alone", with no "Why?": no one weighed it and no die was rolled.
import type { Decision, LogEntry, ScenarioIndex } from '../engine';
import { h, type Child } from './dom';
import { decisionWhyButton } from './explain';
import { scenarioSpan, scenarioText } from './scenarioText';
import { actorName, changeList, dealResultText, optionTitle, RESULT_WORDS } from './text';

type Deal = Extract<LogEntry, { kind: 'deal' }>;

/**
 * `log`: the game's whole log (the rounds of bargaining "Why?" shows); `key`: its "Why?" button's;
 * `steps`: what followed the answer before the deal (the replay's counter-offer taken, its rounds).
 */
export function decisionRow(index: ScenarioIndex, decision: Decision, deal: Deal | undefined, log: readonly LogEntry[], key: string, steps: Child = null): HTMLElement {
  return h(
    'li',
    { class: `result ${deal?.result ?? ''}` },
    h('span', { class: 'symbol', attrs: { 'aria-hidden': 'true' } }, deal ? RESULT_WORDS[deal.result].symbol : '•'),
    h('span', null, scenarioText(index, 'strong', null, actorName(index, decision.actor)), ' — “', scenarioSpan(index, optionTitle(index, decision.option)), `”: ${deal ? dealResultText(index, deal.actor, deal.result) : decision.outcome}`),
    ' ',
    decisionWhyButton(index, decision, log, key),
    steps,
    deal ? changeList(index, deal.changes) : null,
  );
}
