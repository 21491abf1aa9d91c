// Conditions are structured data from the scenario, read here and never evaluated as code.
import type { Comparison, Condition } from '../scenario/schema';
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
  return null;
}

export function holds(state: GameState, c: Condition | undefined): boolean {
  if (c === undefined) return true;
  if ('all' in c) return c.all.every((x) => holds(state, x));
  if ('any' in c) return c.any.some((x) => holds(state, x));
  if ('not' in c) return !holds(state, c.not);
  return leaf(state, c)!.holds;
}

/** Every leaf of a condition with its value: the "which tracks led here" of an ending. */
export function trace(state: GameState, c: Condition | undefined, negated = false): ConditionTrace[] {
  if (c === undefined) return [];
  if ('all' in c) return c.all.flatMap((x) => trace(state, x, negated));
  if ('any' in c) return c.any.flatMap((x) => trace(state, x, negated));
  if ('not' in c) return trace(state, c.not, !negated);
  const t = leaf(state, c)!;
  return [negated ? { text: `not (${t.text})`, actual: t.actual, holds: !t.holds } : t];
}
