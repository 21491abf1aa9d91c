// The debrief's "Why this ending". Endings are checked in the order the scenario lists them and
// the first whose conditions hold is the result: so besides the ending's own conditions, the
// endings checked before it (and what each lacked) and those that held too but came after it
// (a player who met a richer ending as well would otherwise never learn why it was not theirs).
import { holds, trace, type ConditionTrace, type GameState, type ScenarioIndex } from '../engine';
import type { Condition, ScenarioEnding } from '../scenario/schema';
import { conditionList } from './conditionList';
import { h, signed } from './dom';
import { scenarioSpan } from './scenarioText';
import { sourceList } from './text';

const bonus = (e: ScenarioEnding) => (e.bonus === 0 ? '' : ` (bonus ${signed(e.bonus)})`);

/**
 * The ways a condition's listed parts combine, as the list shows them: under a `not` each part is
 * listed negated, so an `any` reads as all of them (none may hold) and an `all` as any one.
 */
function combinations(c: Condition, negated = false, found = new Set<'all' | 'any' | 'count'>()): Set<'all' | 'any' | 'count'> {
  if ('count' in c) found.add('count');
  else if ('all' in c || 'any' in c) {
    const parts = 'all' in c ? c.all : c.any;
    found.add(('all' in c) !== negated ? 'all' : 'any');
    for (const x of parts) combinations(x, negated, found);
  } else if ('not' in c) combinations(c.not, !negated, found);
  return found;
}

/**
 * How the listed conditions combine, said before them: the list shows every part alike, and a
 * ✔ beside two ✖ read as a near miss where any one part would have done, or the reverse.
 */
export function combinationWords(when: Condition | undefined): string | null {
  if (when === undefined) return null;
  const found = combinations(when);
  const [all, any] = [found.has('all'), found.has('any')];
  // A count's parts (● or ○ under it) are only counted, whatever combines the rest.
  const counted = found.has('count') ? ' (the parts of a count, ● or ○, are only counted)' : '';
  if (all && any) return `Its conditions, some of which must all hold and some of which any one will do (as the scenario combines them)${counted}:`;
  if (all) return `All of these must hold${counted}:`;
  if (any) return `Any one of these is enough${counted}:`;
  return null;
}

/** The lead that says how an ending's conditions combine, when there are several. */
const combination = (when: Condition | undefined) => {
  const words = combinationWords(when);
  return words === null ? null : h('p', { class: 'small combination' }, words);
};

/** Each ending with its conditions' values at the end. */
function endingsWithConditions(index: ScenarioIndex, g: GameState, endings: readonly ScenarioEnding[]): HTMLElement[] {
  return endings.map((e) => h('div', { class: 'other-ending' }, h('h3', null, scenarioSpan(index, e.title), bonus(e)), combination(e.when), conditionList(index, trace(g, index, e.when))));
}

/** `stopped`: the game was stopped before its end and is judged as it stood (debriefHead.ts). */
export function endingReasons(index: ScenarioIndex, g: GameState, ending: ScenarioEnding, reasons: readonly ConditionTrace[], stopped = false): HTMLElement {
  const { endings } = index.scenario;
  const at = endings.findIndex((e) => e.id === ending.id);
  const before = endings.slice(0, at).filter((e) => e.when !== undefined);
  const alsoMet = endings.slice(at + 1).filter((e) => e.when !== undefined && holds(g, index, e.when));
  return h(
    'section',
    { class: 'panel reasons', attrs: { 'aria-labelledby': 'reasons-title' } },
    h('h2', { id: 'reasons-title' }, 'Why this ending'),
    reasons.length === 0
      ? [h('p', null, stopped ? 'None of the other endings’ conditions held when the game was stopped, so it is judged this one. What they needed, and the values then:' : 'None of the other endings’ conditions held at the end, so the game ends here. What they needed, and the values at the end:'), endingsWithConditions(index, g, before)]
      : [
          h('p', null, stopped ? 'The ending’s conditions, and the values when the game was stopped:' : 'The ending’s conditions, and the values at the end of the game:'),
          combination(ending.when),
          conditionList(index, reasons),
          alsoMet.length > 0
            ? h(
                'div',
                { class: 'also-met', attrs: { 'data-testid': 'also-met' } },
                h('h3', null, 'Also met, but checked after it'),
                h('p', null, `Endings are checked in the order the scenario lists them, and the first whose conditions hold is the one reached. The conditions of ${alsoMet.length === 1 ? 'this ending' : 'these endings'} held too:`),
                h('ul', null, alsoMet.map((e) => h('li', null, scenarioSpan(index, e.title), bonus(e)))),
              )
            : null,
          before.length > 0
            ? h('details', { class: 'checked-before' }, h('summary', null, `Endings checked before it, not met (${before.length})`), endingsWithConditions(index, g, before))
            : null,
        ],
    ending.sources ? [h('h3', null, 'Sources'), sourceList(index, ending.sources)] : null,
  );
}
