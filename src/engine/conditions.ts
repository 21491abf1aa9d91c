// Conditions are structured data from the scenario, read here and never evaluated as code.
import type { Comparison, Condition } from '../scenario/schema';
import { firedThisTurn, testOf } from './conditionTests';
import { actorOf } from './actorOf';
import { countOf } from './counts';
import { trackValue } from './trackValue';
import type { ScenarioIndex } from './scenarioIndex';
import type { ConditionTrace, GameState } from './state';

function describeComparison(c: Comparison): string {
  const parts: string[] = [];
  if (c.gte !== undefined) parts.push(`≥ ${c.gte}`);
  if (c.gt !== undefined) parts.push(`> ${c.gt}`);
  if (c.lte !== undefined) parts.push(`≤ ${c.lte}`);
  if (c.lt !== undefined) parts.push(`< ${c.lt}`);
  if (c.eq !== undefined) parts.push(`= ${c.eq}`);
  return parts.join(' and ');
}

/**
 * A leaf's current value and a readable statement of what it asks; whether it holds is the built
 * test's answer (conditionTests.ts), so the explanation and the rules can never disagree.
 */
function leaf(state: GameState, index: ScenarioIndex, c: Condition): ConditionTrace | null {
  const verdict = (text: string, actual: ConditionTrace['actual']): ConditionTrace => ({ text, actual, holds: holds(state, index, c) });
  if ('track' in c) return verdict(`${c.track} ${describeComparison(c)}`, trackValue(state.tracks, index, c.track));
  if ('actor' in c) return verdict(`${c.actor} ${c.attr} ${describeComparison(c)}`, actorOf(state.actors, index, c.actor)?.[c.attr] ?? 0);
  if ('turn' in c) return verdict(`turn ${describeComparison(c.turn)}`, state.turn);
  if ('capital' in c) return verdict(`capital ${describeComparison(c.capital)}`, state.capital);
  if ('flag' in c) return verdict(`${c.flag}: ${(c.is ?? true) ? 'yes' : 'no'}`, state.flags[c.flag] === true);
  if ('agreement' in c) {
    const found = state.agreements.filter((a) => a.option === c.agreement);
    return verdict(`agreement ${c.agreement}${c.status ? ` is ${c.status}` : ' made'}`, found.length === 0 ? 'none' : found.map((a) => a.status).join(', '));
  }
  if ('event' in c) {
    if (c.thisTurn) return verdict(`event ${c.event} has happened this turn`, firedThisTurn(state, c.event));
    return verdict(`event ${c.event} has happened`, countOf(state.eventTimes, index.slots.events, c.event));
  }
  if ('option' in c) {
    const parts: string[] = [];
    if (c.open !== undefined) parts.push(c.open ? 'is open' : 'is closed');
    if (c.made) parts.push(`made ${describeComparison(c.made)}`);
    if (c.tried) parts.push(`tried ${describeComparison(c.tried)}`);
    const slot = index.slots.options.get(c.option); // an option the file does not have: closed, 0, 0
    const open = slot !== undefined && state.optionOpen[slot] === true;
    const actual = `${open ? 'open' : 'closed'}, made ${slot === undefined ? 0 : state.optionTimes[slot]}, tried ${slot === undefined ? 0 : state.optionTries[slot]}`;
    return verdict(`option ${c.option} ${parts.join(' and ')}`, actual);
  }
  return null;
}

/** Whether a condition holds now (true for no condition): its built test (conditionTests.ts), without the text `trace` shows. */
export function holds(state: GameState, index: ScenarioIndex, c: Condition | undefined): boolean {
  return c === undefined || testOf(c, index)(state);
}

function countHolding(state: GameState, index: ScenarioIndex, conditions: readonly Condition[]): number {
  let n = 0;
  for (const x of conditions) if (holds(state, index, x)) n++;
  return n;
}

/** Every leaf of a condition with its value: the "which tracks led here" of an ending. */
export function trace(state: GameState, index: ScenarioIndex, c: Condition | undefined, negated = false): ConditionTrace[] {
  if (c === undefined) return [];
  if ('all' in c) return c.all.flatMap((x) => trace(state, index, x, negated));
  if ('any' in c) return c.any.flatMap((x) => trace(state, index, x, negated));
  if ('not' in c) return trace(state, index, c.not, !negated);
  if ('count' in c) {
    const actual = countHolding(state, index, c.count);
    const n = c.count.length;
    const text = `number of ${n === 1 ? 'this 1 condition that holds' : `these ${n} conditions that hold`} ${describeComparison(c)}`;
    const own = { text: negated ? `not (${text})` : text, actual, holds: holds(state, index, c) !== negated };
    // Its parts say whether each is counted (holds), whatever the count's own negation: a part
    // that holds counts towards the number, which may be what the ending needs or must avoid.
    return [own, ...c.count.flatMap((x) => trace(state, index, x)).map((t) => ({ ...t, within: (t.within ?? 0) + 1 }))];
  }
  const t = leaf(state, index, c)!;
  return [negated ? { text: `not (${t.text})`, actual: t.actual, holds: !t.holds } : t];
}
