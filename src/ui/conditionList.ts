// The debrief's list of an ending's conditions, each part with its value at the end. Bounded: a
// condition may have up to 200 parts (src/scenario/limits.ts) and a page of hundreds of rows helps
// nobody, so the list stops at MAX_CONDITION_ROWS and says how many more there are.
import type { ConditionTrace, ScenarioIndex } from '../engine';
import { h } from './dom';
import { phraseNodes } from './scenarioText';
import { tracePhrase } from './text';

export const MAX_CONDITION_ROWS = 60;

/** The rows shown, and how many are left out. */
export function boundedRows<T>(rows: readonly T[], max = MAX_CONDITION_ROWS): { shown: readonly T[]; more: number } {
  return rows.length <= max ? { shown: rows, more: 0 } : { shown: rows.slice(0, max), more: rows.length - max };
}

/** "… and 12 more conditions", for the line after the rows shown. */
export function moreConditionsText(more: number): string {
  return `… and ${more.toLocaleString('en-US')} more condition${more === 1 ? '' : 's'}`;
}

/**
 * A condition with ✔ or ✖; a part of a count, indented under it, with a neutral ● or ○ (counted or
 * not): a ✔ there read as progress, though the count may be what the ending must stay under.
 */
function conditionItem(index: ScenarioIndex, r: ConditionTrace): HTMLElement {
  const part = r.within !== undefined;
  return h(
    'li',
    { class: part ? `part within-${Math.min(r.within!, 3)} ${r.holds ? 'counted' : 'not-counted'}` : r.holds ? 'holds' : 'fails' },
    h('span', { class: 'symbol', attrs: { 'aria-hidden': 'true' } }, part ? (r.holds ? '●' : '○') : r.holds ? '✔' : '✖'),
    h('span', { class: 'sr-only' }, part ? (r.holds ? 'counted: ' : 'not counted: ') : r.holds ? 'holds: ' : 'does not hold: '),
    // One box, as the plain text was: the list's row is a flex row, and each part of it would stand apart.
    h('span', null, phraseNodes(index, tracePhrase(index, r))),
  );
}

export function conditionList(index: ScenarioIndex, rows: readonly ConditionTrace[]): HTMLElement {
  const { shown, more } = boundedRows(rows);
  return h(
    'ul',
    { class: 'conditions' },
    shown.map((r) => conditionItem(index, r)),
    more > 0 ? h('li', { class: 'more muted', attrs: { 'data-testid': 'more-conditions' } }, moreConditionsText(more)) : null,
  );
}
