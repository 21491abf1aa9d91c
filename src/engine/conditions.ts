// Conditions are structured data from the scenario, read here and never evaluated as code.
import type { Comparison, Condition } from '../scenario/schema';
import { testOf } from './conditionTests';
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
function leaf(state: GameState, c: Condition): ConditionTrace | null {
  const verdict = (text: string, actual: ConditionTrace['actual']): ConditionTrace => ({ text, actual, holds: holds(state, c) });
  if ('track' in c) return verdict(`${c.track} ${describeComparison(c)}`, state.tracks[c.track] ?? 0);
  if ('actor' in c) return verdict(`${c.actor} ${c.attr} ${describeComparison(c)}`, state.actors[c.actor]?.[c.attr] ?? 0);
  if ('turn' in c) return verdict(`turn ${describeComparison(c.turn)}`, state.turn);
  if ('capital' in c) return verdict(`capital ${describeComparison(c.capital)}`, state.capital);
  if ('flag' in c) return verdict(`${c.flag} is ${(c.is ?? true) ? 'set' : 'not set'}`, state.flags[c.flag] === true);
  if ('agreement' in c) {
    const found = state.agreements.filter((a) => a.option === c.agreement);
    return verdict(`agreement ${c.agreement}${c.status ? ` is ${c.status}` : ' made'}`, found.length === 0 ? 'none' : found.map((a) => a.status).join(', '));
  }
  if ('event' in c) return verdict(`event ${c.event} has happened`, state.eventTimes[c.event] ?? 0);
  if ('option' in c) {
    const parts: string[] = [];
    if (c.open !== undefined) parts.push(c.open ? 'is open' : 'is closed');
    if (c.made) parts.push(`made ${describeComparison(c.made)}`);
    if (c.tried) parts.push(`tried ${describeComparison(c.tried)}`);
    const actual = `${state.optionOpen[c.option] === true ? 'open' : 'closed'}, made ${state.optionTimes[c.option] ?? 0}, tried ${state.optionTries[c.option] ?? 0}`;
    return verdict(`option ${c.option} ${parts.join(' and ')}`, actual);
  }
  return null;
}

/** Whether a condition holds now (true for no condition): its built test (conditionTests.ts), without the text `trace` shows. */
export function holds(state: GameState, c: Condition | undefined): boolean {
  return c === undefined || testOf(c)(state);
}

function countHolding(state: GameState, conditions: readonly Condition[]): number {
  let n = 0;
  for (const x of conditions) if (holds(state, x)) n++;
  return n;
}

/** Every leaf of a condition with its value: the "which tracks led here" of an ending. */
export function trace(state: GameState, c: Condition | undefined, negated = false): ConditionTrace[] {
  if (c === undefined) return [];
  if ('all' in c) return c.all.flatMap((x) => trace(state, x, negated));
  if ('any' in c) return c.any.flatMap((x) => trace(state, x, negated));
  if ('not' in c) return trace(state, c.not, !negated);
  if ('count' in c) {
    const actual = countHolding(state, c.count);
    const own = { text: `number of these ${c.count.length} conditions that hold ${describeComparison(c)}`, actual, holds: holds(state, c) !== negated };
    return [own, ...c.count.flatMap((x) => trace(state, x, negated))];
  }
  const t = leaf(state, c)!;
  return [negated ? { text: `not (${t.text})`, actual: t.actual, holds: !t.holds } : t];
}
