// The size of conditions. The engine tests conditions every turn and the debrief lists their parts,
// so a condition of thousands of parts (written out, or made with YAML aliases) would freeze a game.
// Run on the checked scenario, and on the raw data when the schema fails (before the reference
// checks walk its conditions); each finding names the condition's path.
import type { Path, Problem } from './errors';
import { MAX_CONDITION_DEPTH, MAX_CONDITION_PARTS, MAX_SCENARIO_CONDITION_PARTS } from './limits';
import type { Condition, Scenario } from './schema';
import { rows } from './readable';
import { conditions } from './scenarioWalk';

const format = (n: number) => n.toLocaleString('en-US');

/** The conditions inside a condition, one level down (read tolerantly: the data may not fit the schema). */
function inner(c: Condition): readonly Condition[] {
  if ('all' in c) return rows(c.all);
  if ('any' in c) return rows(c.any);
  if ('count' in c) return rows(c.count);
  if ('not' in c) return typeof c.not === 'object' && c.not !== null && !Array.isArray(c.not) ? [c.not] : [];
  return [];
}

/** Parts (the condition itself and every condition inside it) and levels of nesting. */
export function conditionSize(c: Condition): { parts: number; depth: number } {
  let parts = 1;
  let depth = 1;
  for (const x of inner(c)) {
    const size = conditionSize(x);
    parts += size.parts;
    depth = Math.max(depth, size.depth + 1);
  }
  return { parts, depth };
}

/** Whole conditions only: a `when`, not the parts inside one. */
function* wholeConditions(s: Scenario): Generator<{ value: Condition; path: Path }> {
  for (const found of conditions(s)) if (found.path.at(-1) === 'when') yield found;
}

export function checkConditionSizes(s: Scenario): Problem[] {
  const problems: Problem[] = [];
  let total = 0;
  for (const { value, path } of wholeConditions(s)) {
    const { parts, depth } = conditionSize(value);
    total += parts;
    if (parts > MAX_CONDITION_PARTS) {
      problems.push({
        path,
        message: `this condition has ${format(parts)} parts (tests, and all, any, not, count) once YAML aliases (*name) are expanded; at most ${format(MAX_CONDITION_PARTS)} are allowed: split it, or test fewer things`,
      });
    } else if (depth > MAX_CONDITION_DEPTH) {
      problems.push({
        path,
        message: `this condition nests all, any, not or count ${depth} levels deep; at most ${MAX_CONDITION_DEPTH} are allowed: write it flatter`,
      });
    }
  }
  if (problems.length === 0 && total > MAX_SCENARIO_CONDITION_PARTS) {
    problems.push({
      path: [],
      message: `the conditions of this scenario have ${format(total)} parts in all once YAML aliases (*name) are expanded; at most ${format(MAX_SCENARIO_CONDITION_PARTS)} are allowed: shorten the longest ones`,
    });
  }
  return problems;
}
