// Conditions are structured data from the scenario, read here and never evaluated as code.
import type { Comparison, Condition } from '../scenario/schema';
import { testOf } from './conditionTests';
import type { ConditionTrace, GameState } from './state';

function compare(actual: number, c: Comparison): boolean {
  return (
    (c.gte === undefined || actual >= c.gte) &&
    (c.lte === undefined || actual <= c.lte) &&
    (c.gt === undefined || actual > c.gt) &&
    (c.lt === undefined || actual < c.lt) &&
    (c.eq === undefined || actual === c.eq)
  );
}

function describeComparison(c: Comparison): string {
  const parts: string[] = [];
  if (c.gte !== undefined) parts.push(`≥ ${c.gte}`);
  if (c.gt !== undefined) parts.push(`> ${c.gt}`);
  if (c.lte !== undefined) parts.push(`≤ ${c.lte}`);
  if (c.lt !== undefined) parts.push(`< ${c.lt}`);
  if (c.eq !== undefined) parts.push(`= ${c.eq}`);
  return parts.join(' and ');
}

/** A leaf's current value and a readable statement of what it asks. */
function leaf(state: GameState, c: Condition): ConditionTrace | null {
  if ('track' in c) {
    const actual = state.tracks[c.track] ?? 0;
    return { text: `${c.track} ${describeComparison(c)}`, actual, holds: compare(actual, c) };
  }
  if ('actor' in c) {
    const actual = state.actors[c.actor]?.[c.attr] ?? 0;
    return { text: `${c.actor} ${c.attr} ${describeComparison(c)}`, actual, holds: compare(actual, c) };
  }
  if ('turn' in c) return { text: `turn ${describeComparison(c.turn)}`, actual: state.turn, holds: compare(state.turn, c.turn) };
  if ('capital' in c) {
    return { text: `capital ${describeComparison(c.capital)}`, actual: state.capital, holds: compare(state.capital, c.capital) };
  }
  if ('flag' in c) {
    const actual = state.flags[c.flag] === true;
    const wanted = c.is ?? true;
    return { text: `${c.flag} is ${wanted ? 'set' : 'not set'}`, actual, holds: actual === wanted };
  }
  if ('agreement' in c) {
    const found = state.agreements.filter((a) => a.option === c.agreement);
    const holds = c.status === undefined ? found.length > 0 : found.some((a) => a.status === c.status);
    const actual = found.length === 0 ? 'none' : found.map((a) => a.status).join(', ');
    return { text: `agreement ${c.agreement}${c.status ? ` is ${c.status}` : ' made'}`, actual, holds };
  }
  if ('event' in c) {
    const actual = state.eventTimes[c.event] ?? 0;
    return { text: `event ${c.event} has happened`, actual, holds: actual > 0 };
  }
  if ('option' in c) return optionLeaf(state, c);
  return null;
}

function optionLeaf(state: GameState, c: { option: string; open?: boolean; made?: Comparison; tried?: Comparison }): ConditionTrace {
  const made = state.optionTimes[c.option] ?? 0;
  const tried = state.optionTries[c.option] ?? 0;
  const open = state.optionOpen[c.option] === true;
  const parts: string[] = [];
  if (c.open !== undefined) parts.push(c.open ? 'is open' : 'is closed');
  if (c.made) parts.push(`made ${describeComparison(c.made)}`);
  if (c.tried) parts.push(`tried ${describeComparison(c.tried)}`);
  return {
    text: `option ${c.option} ${parts.join(' and ')}`,
    actual: `${open ? 'open' : 'closed'}, made ${made}, tried ${tried}`,
    holds: optionHolds(state, c),
  };
}

function optionHolds(state: GameState, c: { option: string; open?: boolean; made?: Comparison; tried?: Comparison }): boolean {
  return (
    (c.open === undefined || c.open === (state.optionOpen[c.option] === true)) &&
    (!c.made || compare(state.optionTimes[c.option] ?? 0, c.made)) &&
    (!c.tried || compare(state.optionTries[c.option] ?? 0, c.tried))
  );
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
    const own = { text: `number of these ${c.count.length} conditions that hold ${describeComparison(c)}`, actual, holds: compare(actual, c) !== negated };
    return [own, ...c.count.flatMap((x) => trace(state, x, negated))];
  }
  const t = leaf(state, c)!;
  return [negated ? { text: `not (${t.text})`, actual: t.actual, holds: !t.holds } : t];
}
