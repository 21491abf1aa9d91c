// Parts of a scenario that can never come into play though every id in them exists: a condition
// that no game can meet (150 on a track from 0 to 100, turn 9 of 8, a flag that no effect sets, a
// `not` of what always holds), an option closed with nothing to open it, an effect that opens an
// option that is never closed. Each is almost surely a
// slip, and the game would play on without a word (the ending never reached, the option never
// offered), so the loader warns of them; they are warnings, not errors, since the file still plays
// (and files and records made before this check keep loading). Run on a scenario that fits the
// schema and whose ids all exist.
import { ATTRIBUTE_RANGE } from './attributes';
import type { Path, Problem } from './errors';
import { COMPARISON_FIELDS } from './comparison';
import { conditions, effects } from './scenarioWalk';
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

/** Why a comparison of `what` (whose values run from `min` to `max`) can never hold, or null. */
function neverMet(c: Comparison, what: string, min: number, max: number): string | null {
  const [low, high] = allowed(c);
  if (Math.max(low, min) <= Math.min(high, max)) return null;
  return `no value of ${what} (from ${min} to ${max}) meets ${written(c)}`;
}

/** Why a comparison of `what` always holds (every value from `min` to `max` meets it), or null. */
function alwaysMet(c: Comparison, what: string, min: number, max: number): string | null {
  const [low, high] = allowed(c);
  return low <= min && max <= high ? `every value of ${what} (from ${min} to ${max}) meets ${written(c)}` : null;
}

interface Found {
  path: Path;
  why: string;
}

export function checkDeadParts(s: Scenario): Problem[] {
  const tracks = new Map(s.tracks.map((t) => [t.id, t]));
  const flagsSetTrue = new Set<string>();
  const optionsOpened = new Set<string>();
  const optionsClosed = new Set<string>();
  const openings: { option: string; path: Path }[] = [];
  for (const { value: e, path } of effects(s)) {
    if ('flag' in e && e.set) flagsSetTrue.add(e.flag);
    if (!('option' in e)) continue;
    if (!e.open) {
      optionsClosed.add(e.option);
      continue;
    }
    openings.push({ option: e.option, path });
    // An option's own effects cannot open it: they take effect only once it is proposed.
    const ownOption = path[0] === 'options' ? s.options[path[1] as number]!.id : null;
    if (e.option !== ownOption) optionsOpened.add(e.option);
  }

  /** Where and why a condition can never hold, or null when some game could meet it. */
  function never(c: Condition, path: Path): Found | null {
    const at = (why: string | null) => (why === null ? null : { path, why });
    if ('all' in c) {
      for (const [i, inner] of c.all.entries()) {
        const found = never(inner, [...path, 'all', i]);
        if (found) return found;
      }
      return null;
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
      const possible = c.count.filter((x, i) => never(x, [...path, 'count', i]) === null).length;
      return at(neverMet(c, `the number of its conditions that can hold`, 0, possible));
    }
    if ('track' in c) {
      const { min, max } = tracks.get(c.track)!;
      return at(neverMet(c, `the track "${c.track}"`, min, max));
    }
    if ('attr' in c) return at(neverMet(c, `the ${c.attr} of "${c.actor}"`, ...ATTRIBUTE_RANGE[c.attr]));
    if ('turn' in c) return at(neverMet(c.turn, 'the turn', 1, s.calendar.turns));
    if ('capital' in c) return at(neverMet(c.capital, 'the capital', 0, s.capital.max));
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
    if ('track' in c) {
      const { min, max } = tracks.get(c.track)!;
      return alwaysMet(c, `the track "${c.track}"`, min, max);
    }
    if ('attr' in c) return alwaysMet(c, `the ${c.attr} of "${c.actor}"`, ...ATTRIBUTE_RANGE[c.attr]);
    if ('turn' in c) return alwaysMet(c.turn, 'the turn', 1, s.calendar.turns);
    if ('capital' in c) return alwaysMet(c.capital, 'the capital', 0, s.capital.max);
    if ('flag' in c && c.is === false && !flagsSetTrue.has(c.flag)) return `no effect sets the flag "${c.flag}" to true, so it is never set`;
    return null;
  }

  const problems: Problem[] = [];
  for (const { value, path } of conditions(s)) {
    // Each `when` whole: a part that cannot hold inside `any` may be harmless.
    if (path.at(-1) !== 'when') continue;
    const found = never(value, path);
    if (found) problems.push({ path: found.path, message: `this condition can never hold: ${found.why}` });
  }
  for (const [i, option] of s.options.entries()) {
    if (option.open === false && !optionsOpened.has(option.id)) {
      problems.push({ path: ['options', i, 'open'], message: `this option is closed and no effect opens it ({ option: ${option.id}, open: true }), so it can never be proposed` });
    }
  }
  // An option open from the start that no effect closes: opening it changes nothing, and it is
  // offered from the first turn, before the story (an event, a deal) that was meant to open it.
  const startsOpen = new Set(s.options.filter((o) => o.open !== false).map((o) => o.id));
  for (const { option, path } of openings) {
    if (startsOpen.has(option) && !optionsClosed.has(option)) {
      problems.push({ path, message: `this effect opens the option "${option}", which is open from the start and closed by no effect, so it changes nothing (the option can be proposed from the first turn); to open it only here, give the option open: false` });
    }
  }
  return problems;
}
