// Parts of a scenario that can never come into play though every id in them exists: a condition
// on a flag that no effect sets, a comparison that no value in its range can meet (150 on a track
// from 0 to 100, turn 14 of 12), an option closed with nothing to open it. Each is almost surely a
// slip, and the game would play on without a word: the ending never reached, the option never
// offered. Run on a scenario that fits the schema and whose ids all exist.
import { ATTRIBUTE_RANGE } from './attributes';
import type { Problem } from './errors';
import { conditions, effects } from './scenarioWalk';
import type { Comparison, Scenario } from './schema';
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

/** The comparison as written, e.g. `{ gte: 150 }`. */
function written(c: Comparison): string {
  const parts = (['gte', 'gt', 'lte', 'lt', 'eq'] as const).filter((k) => c[k] !== undefined).map((k) => `${k}: ${c[k]}`);
  return `{ ${parts.join(', ')} }`;
}

/** Why a comparison of `what` (whose values run from `min` to `max`) can never hold, or null. */
function neverMet(c: Comparison, what: string, min: number, max: number): string | null {
  const [low, high] = allowed(c);
  if (Math.max(low, min) <= Math.min(high, max)) return null;
  return `this condition can never hold: no value of ${what} (from ${min} to ${max}) meets ${written(c)}`;
}

export function checkDeadParts(s: Scenario): Problem[] {
  const problems: Problem[] = [];
  const tracks = new Map(s.tracks.map((t) => [t.id, t]));
  const flagsSet = new Set<string>();
  const optionsOpened = new Set<string>();
  for (const { value: e } of effects(s)) {
    if ('flag' in e && e.set) flagsSet.add(e.flag);
    if ('option' in e && e.open) optionsOpened.add(e.option);
  }

  for (const { value: c, path } of conditions(s)) {
    let why: string | null = null;
    if ('track' in c) {
      const track = tracks.get(c.track)!;
      why = neverMet(c, `the track "${c.track}"`, track.min, track.max);
    } else if ('attr' in c) {
      const [min, max] = ATTRIBUTE_RANGE[c.attr];
      why = neverMet(c, `${c.attr}`, min, max);
    } else if ('turn' in c) {
      why = neverMet(c.turn, 'the turn', 1, s.calendar.turns);
    } else if ('capital' in c) {
      why = neverMet(c.capital, 'the capital', 0, s.capital.max);
    } else if ('count' in c) {
      why = neverMet(c, `the number of conditions counted that hold`, 0, c.count.length);
    } else if ('flag' in c && !flagsSet.has(c.flag)) {
      const hint = didYouMean(c.flag, flagsSet);
      why = `no effect sets the flag "${c.flag}"${hint}, so this condition ${c.is === false ? 'always' : 'never'} holds`;
    }
    if (why !== null) problems.push({ path, message: why });
  }

  for (const [i, option] of s.options.entries()) {
    if (option.open === false && !optionsOpened.has(option.id)) {
      problems.push({ path: ['options', i, 'open'], message: `this option is closed and no effect opens it ({ option: ${option.id}, open: true }), so it can never be proposed` });
    }
  }
  return problems;
}
