// Whether a condition can ever hold, and whether it always holds, read from the scenario alone
// (the tracks' and attributes' ranges, the turns, the capital's cap, the flags some effect sets):
// what the warnings of parts that never come into play (deadParts.ts) and of endings never reached
// (endingReach.ts) are made of. Run on a scenario that fits the schema and whose ids all exist.
import { ATTRIBUTE_RANGE } from './attributes';
import { COMPARISON_FIELDS } from './comparison';
import { renderPath, type Path } from './errors';
import { effects } from './scenarioWalk';
import type { Comparison, Condition, Scenario } from './schema';
import { didYouMean } from './suggest';

/** The values a comparison lets through, as a closed range of whole numbers (empty when low > high). */
function allowed(c: Comparison): [number, number] {
  let low = -Infinity;
  let high = Infinity;
  if (c.gte !== undefined) low = Math.max(low, c.gte);
  if (c.gt !== undefined) low = Math.max(low, c.gt + 1);
  if (c.lte !== undefined) high = Math.min(high, c.lte);
  if (c.lt !== undefined) high = Math.min(high, c.lt - 1);
  if (c.eq !== undefined) [low, high] = [Math.max(low, c.eq), Math.min(high, c.eq)];
  return [low, high];
}

/** The comparison as written, e.g. `{ gte: 150 }` (its fields in the schema's order). */
function written(c: Comparison): string {
  return `{ ${COMPARISON_FIELDS.filter((k) => c[k] !== undefined).map((k) => `${k}: ${c[k]}`).join(', ')} }`;
}

/** The values something can take, in words: `(from 0 to 100)`, or `(8)` for one. */
const range = (min: number, max: number) => (min === max ? `(${min})` : `(from ${min} to ${max})`);

/** Why a comparison of `what` (whose values run from `min` to `max`) can never hold, or null. */
function neverMet(c: Comparison, what: string, min: number, max: number): string | null {
  const [low, high] = allowed(c);
  if (Math.max(low, min) <= Math.min(high, max)) return null;
  return `no value of ${what} ${range(min, max)} meets ${written(c)}`;
}

/** Why a comparison of `what` always holds (every value from `min` to `max` meets it), or null. */
function alwaysMet(c: Comparison, what: string, min: number, max: number): string | null {
  const [low, high] = allowed(c);
  return low <= min && max <= high ? `every value of ${what} ${range(min, max)} meets ${written(c)}` : null;
}

export interface Found {
  path: Path;
  why: string;
}

/** The comparison of a leaf that compares a number: its own fields, or those of its `turn` or `capital`. */
const comparisonOf = (c: Condition): Comparison => ('turn' in c ? c.turn : 'capital' in c ? c.capital : (c as Comparison));

/** A comparison inside an `all`: the condition that holds it, the comparison, its path. */
interface Bound {
  leaf: Condition;
  c: Comparison;
  path: Path;
}

/**
 * The leaf comparisons directly inside an `all` (and inside an `all` in it), by what they compare,
 * each with its path: two on one track may each let values through and still have none in common.
 */
function boundsOf(c: Condition, path: Path, into: Map<string, Bound[]>): void {
  if ('all' in c) return c.all.forEach((inner, i) => boundsOf(inner, [...path, 'all', i], into));
  const key = 'track' in c ? `track ${c.track}` : 'attr' in c ? `attr ${c.actor} ${c.attr}` : 'turn' in c ? 'turn' : 'capital' in c ? 'capital' : undefined;
  if (key !== undefined) into.set(key, [...(into.get(key) ?? []), { leaf: c, c: comparisonOf(c), path }]);
}

/**
 * The `never` and `always` of a scenario: why a condition can never hold, or always holds.
 * `atEnd`: of a condition read only at the game's end (an ending's that is not early), where the
 * turn is the last.
 */
export function conditionReach(s: Scenario, atEnd = false) {
  const tracks = new Map(s.tracks.map((t) => [t.id, t]));
  const options = new Map(s.options.map((o) => [o.id, o]));
  const flagsSetTrue = new Set<string>();
  for (const { value: e } of effects(s)) if ('flag' in e && e.set) flagsSetTrue.add(e.flag);

  /** What a leaf compares, in words, and the range of its values. */
  function subject(c: Condition): [string, number, number] | undefined {
    if ('track' in c) {
      const { min, max } = tracks.get(c.track)!;
      return [`the track "${c.track}"`, min, max];
    }
    if ('attr' in c) return [`the ${c.attr} of "${c.actor}"`, ...ATTRIBUTE_RANGE[c.attr]];
    if ('turn' in c) return atEnd ? ["the turn at the game's end", s.calendar.turns, s.calendar.turns] : ['the turn', 1, s.calendar.turns];
    if ('capital' in c) return ['the capital', 0, s.capital.max];
    return undefined;
  }

  /** Why the comparisons of one `all` on one thing let no value through together, or null. */
  function neverTogether(c: Condition & { all: Condition[] }, path: Path): Found | null {
    const groups = new Map<string, Bound[]>();
    boundsOf(c, path, groups);
    for (const group of groups.values()) {
      if (group.length < 2) continue;
      const [what, min, max] = subject(group[0]!.leaf)!;
      const [low, high] = group.map((g) => allowed(g.c)).reduce(([l1, h1], [l2, h2]) => [Math.max(l1, l2), Math.min(h1, h2)]);
      if (Math.max(low, min) <= Math.min(high, max)) continue;
      const parts = group.map((g) => `${written(g.c)} (${renderPath(g.path.slice(path.length))})`);
      return { path, why: `no value of ${what} ${range(min, max)} meets ${parts.slice(0, -1).join(', ')} and ${parts.at(-1)} together` };
    }
    return null;
  }

  /** Where and why a condition can never hold, or null when some game could meet it. */
  function never(c: Condition, path: Path): Found | null {
    const at = (why: string | null) => (why === null ? null : { path, why });
    if ('all' in c) {
      for (const [i, inner] of c.all.entries()) {
        const found = never(inner, [...path, 'all', i]);
        if (found) return found;
      }
      return neverTogether(c, path);
    }
    if ('any' in c) {
      const inner = c.any.map((x, i) => never(x, [...path, 'any', i]));
      return inner.every((f) => f !== null) ? { path, why: `none of its conditions can hold (the first: ${inner[0]!.why})` } : null;
    }
    // `not` never holds when what it negates always does.
    if ('not' in c) {
      const why = always(c.not);
      return why === null ? null : { path, why: `what it negates always holds (${why})` };
    }
    if ('count' in c) {
      const inner = c.count.map((x, i) => never(x, [...path, 'count', i]));
      const possible = inner.filter((f) => f === null).length;
      const why = neverMet(c, `the number of its conditions that can hold`, 0, possible);
      // Which of them cannot: the count's own words name no culprit.
      const first = inner.find((f) => f !== null);
      return at(why === null || first === undefined ? why : `${why}; ${c.count.length - possible} of them can never hold (the first, ${renderPath(first.path.slice(path.length))}: ${first.why})`);
    }
    // Deals are capped by maxTimes, proposals by maxTries (else one a turn): `made: { gte: 2 }` of
    // an option made at most once never holds.
    const o = 'option' in c ? options.get(c.option) : undefined;
    if (o && 'option' in c) {
      const made = c.made ? neverMet(c.made, `the deals made of the option "${c.option}" (its maxTimes is ${o.maxTimes})`, 0, o.maxTimes) : null;
      const tries = Math.min(o.maxTries ?? s.calendar.turns, s.calendar.turns);
      const tried = c.tried ? neverMet(c.tried, `the proposals of the option "${c.option}" (${o.maxTries === undefined || o.maxTries > s.calendar.turns ? 'one a turn at most' : `its maxTries is ${o.maxTries}`})`, 0, tries) : null;
      return at(made ?? tried);
    }
    const compared = subject(c);
    if (compared) return at(neverMet(comparisonOf(c), ...compared));
    // A flag no effect sets to true is never true: asking for it unset always holds, and is no slip to warn of.
    if ('flag' in c && c.is !== false && !flagsSetTrue.has(c.flag)) return at(`no effect sets the flag "${c.flag}" to true${didYouMean(c.flag, flagsSetTrue)}`);
    return null;
  }

  /**
   * Why a condition holds in every game at every moment, or null when some moment could fail it
   * (a deal, an event or an agreement is never taken for granted): `never`'s mirror, for `not`.
   */
  function always(c: Condition): string | null {
    if ('all' in c) {
      const inner = c.all.map(always);
      return inner.every((why) => why !== null) ? `all of its conditions always hold (the first: ${inner[0]})` : null;
    }
    if ('any' in c) return c.any.map(always).find((why) => why !== null) ?? null;
    if ('not' in c) return never(c.not, [])?.why ?? null;
    if ('count' in c) {
      // Every condition that always holds is counted; those that can hold may be.
      const sure = c.count.filter((x) => always(x) !== null).length;
      const possible = c.count.filter((x) => never(x, []) === null).length;
      const [low, high] = allowed(c);
      return low <= sure && possible <= high ? `every number of its conditions that can hold (from ${sure} to ${possible}) meets ${written(c)}` : null;
    }
    const compared = subject(c);
    if (compared) return alwaysMet(comparisonOf(c), ...compared);
    if ('flag' in c && c.is === false && !flagsSetTrue.has(c.flag)) return `no effect sets the flag "${c.flag}" to true, so it is never set`;
    return null;
  }

  return { never, always };
}

/** The `never` and `always` of one scenario (conditionReach). */
export type ConditionReach = ReturnType<typeof conditionReach>;
