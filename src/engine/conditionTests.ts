// A scenario's conditions turned into plain functions of a state, each built once from the
// condition's data (never from text: nothing is evaluated as code). The rules ask conditions tens
// of thousands of times in a playthrough of a large file; a built test reads only what its
// condition names instead of asking the data which kind of condition it is at every call.
import type { Comparison, Condition } from '../scenario/schema';
import type { ScenarioIndex } from './scenarioIndex';
import type { GameState } from './state';

export type Test = (state: GameState) => boolean;
type NumberTest = (actual: number) => boolean;

/** The comparison's bounds as one function, checking only the bounds it gives. */
function comparisonTest(c: Comparison): NumberTest {
  const checks: NumberTest[] = [];
  const { gte, lte, gt, lt, eq } = c;
  if (gte !== undefined) checks.push((a) => a >= gte);
  if (lte !== undefined) checks.push((a) => a <= lte);
  if (gt !== undefined) checks.push((a) => a > gt);
  if (lt !== undefined) checks.push((a) => a < lt);
  if (eq !== undefined) checks.push((a) => a === eq);
  if (checks.length === 1) return checks[0]!;
  if (checks.length === 2) {
    const [first, second] = checks as [NumberTest, NumberTest];
    return (a) => first(a) && second(a);
  }
  return (a) => checks.every((check) => check(a));
}

/** The event fired in the present turn: its log says so (eventTimes counts every turn). */
export const firedThisTurn = (state: GameState, event: string): boolean => state.turnLog.some((e) => e.kind === 'event' && e.event === event);

const always: Test = () => true;
const never: Test = () => false;

/** What building a test reads of the index: the slots of the counts, the tracks and the actors, and its cache of tests. */
type TestIndex = Pick<ScenarioIndex, 'slots' | 'trackSlots' | 'actorSlots' | 'conditionTests'>;

function build(c: Condition, index: TestIndex): Test {
  const { slots } = index;
  const part = (inner: Condition) => testOf(inner, index);
  if ('all' in c) {
    const parts = c.all.map(part);
    return (s) => {
      for (const part of parts) if (!part(s)) return false;
      return true;
    };
  }
  if ('any' in c) {
    const parts = c.any.map(part);
    return (s) => {
      for (const part of parts) if (part(s)) return true;
      return false;
    };
  }
  if ('not' in c) {
    const inner = part(c.not);
    return (s) => !inner(s);
  }
  if ('count' in c) {
    const parts = c.count.map(part);
    const enough = comparisonTest(c);
    return (s) => {
      let n = 0;
      for (const part of parts) if (part(s)) n++;
      return enough(n);
    };
  }
  if ('track' in c) {
    const slot = index.trackSlots.get(c.track);
    const compare = comparisonTest(c);
    if (slot === undefined) return compare(0) ? always : never; // a track the file does not have reads 0
    return (s) => compare(s.tracks[slot]!);
  }
  if ('actor' in c) {
    const slot = index.actorSlots.get(c.actor);
    const { attr } = c;
    const compare = comparisonTest(c);
    if (slot === undefined) return compare(0) ? always : never; // an actor the file does not have reads 0
    return (s) => compare(s.actors[slot]![attr]);
  }
  if ('turn' in c) {
    const compare = comparisonTest(c.turn);
    return (s) => compare(s.turn);
  }
  if ('capital' in c) {
    const compare = comparisonTest(c.capital);
    return (s) => compare(s.capital);
  }
  if ('flag' in c) {
    const { flag } = c;
    const wanted = c.is ?? true;
    return (s) => (s.flags[flag] === true) === wanted;
  }
  if ('event' in c) {
    const slot = slots.events.get(c.event);
    if (slot === undefined) return never; // an event the file does not have never happens
    if (c.thisTurn) {
      const { event } = c;
      return (s) => firedThisTurn(s, event);
    }
    return (s) => s.eventTimes[slot]! > 0;
  }
  if ('agreement' in c) {
    const { agreement, status } = c;
    return (s) => s.agreements.some((a) => a.option === agreement && (status === undefined || a.status === status));
  }
  const { option, open } = c;
  const made = c.made ? comparisonTest(c.made) : null;
  const tried = c.tried ? comparisonTest(c.tried) : null;
  // An option the file does not have is closed, has made no deal and had no try.
  const slot = slots.options.get(option);
  const count = (table: readonly number[]) => (slot === undefined ? 0 : table[slot]!);
  return (s) =>
    (open === undefined || open === (slot !== undefined && s.optionOpen[slot] === true)) &&
    (made === null || made(count(s.optionTimes))) &&
    (tried === null || tried(count(s.optionTries)));
}

/**
 * The condition's test (true for no condition), built on first use and kept by the scenario's
 * index with the condition object, which a scenario never changes. Only the time to answer
 * depends on it, never the answer.
 */
export function testOf(c: Condition | undefined, index: TestIndex): Test {
  if (c === undefined) return always;
  let test = index.conditionTests.get(c);
  if (test === undefined) {
    test = build(c, index);
    index.conditionTests.set(c, test);
  }
  return test;
}
