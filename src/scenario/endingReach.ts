// Endings that no game ends with though their conditions can hold (hidden by one above them, or
// holding only before the last turn while checked at the end alone), and an early ending that
// holds from the start. At the end of each turn the first early ending whose `when` holds ends the game;
// on the last turn, when none does, the first ending in the file whose `when` holds, else the
// first without one, the fallback (engine/endings.ts). So an ending that is not early and whose
// condition always holds hides every later one that is not early, and the fallback; a second
// ending without `when` is never used; and an early ending that holds when the game starts ends
// every game after its first turn, unless that turn changes what it asks. Warnings, like
// deadParts.ts's: the file still plays. Run on a scenario that fits the schema and whose ids all
// exist.
import { holds, trace } from '../engine/conditions';
import { newGame } from '../engine/newGame';
import { indexScenario } from '../engine/scenarioIndex';
import { conditionReach, type ConditionReach } from './conditionReach';
import type { LineOf } from './crossRefs';
import type { Problem } from './errors';
import type { Scenario } from './schema';

/** ` (line 12)`, or nothing when the line is not known. */
const onLine = (line: number | undefined) => (line === undefined ? '' : ` (line ${line})`);

/** Endings never reached because an ending above them, or the first fallback, always comes first. */
function hiddenEndings(s: Scenario, lineOf: LineOf, atEnd: ConditionReach): Problem[] {
  const problems: Problem[] = [];
  const fallbacks = s.endings.flatMap((e, i) => (e.when === undefined ? [i] : []));
  const [first, ...others] = fallbacks;
  for (const i of others) {
    problems.push({ path: ['endings', i], message: `this ending has no "when", like "${s.endings[first!]!.id}" above it${onLine(lineOf(['endings', first!]))}: only the first ending without "when" is the fallback, so this one is never reached; give it a "when", or remove it` });
  }
  const { always } = atEnd;
  const hider = s.endings.findIndex((e) => e.when !== undefined && !e.early && always(e.when) !== null);
  if (hider < 0) return problems;
  const { id, when } = s.endings[hider]!;
  const holdsAlways = `"${id}"${onLine(lineOf(['endings', hider]))} always holds at the game's end (${always(when!)})`;
  s.endings.forEach((e, i) => {
    if (i > hider && e.when !== undefined && !e.early) {
      problems.push({ path: ['endings', i, 'when'], message: `this ending is never reached: the ending ${holdsAlways}, and of the endings that are not early the first in the file whose condition holds is the one; put this ending above it, or give "${id}" a condition some games fail` });
    }
  });
  if (first !== undefined) {
    problems.push({ path: ['endings', first], message: `this fallback ending is never reached: the ending ${holdsAlways}, so some ending's condition always holds; give "${id}" a condition some games fail, or leave out its "when" to make it the fallback in place of this one` });
  }
  return problems;
}

/** At most this many of the parts that hold at the start are named. */
const SHOWN_PARTS = 3;

/** Early endings that hold when the game starts: they end every game after its first turn. */
function earlyAtStart(s: Scenario, hash: string): Problem[] {
  const early = s.endings.flatMap((e, i) => (e.early && e.when !== undefined ? [i] : []));
  if (early.length === 0) return [];
  const index = indexScenario(s, hash);
  // The first end check comes at the end of turn 1, with the numbers the game starts with (unless that turn changes them).
  const start = { ...newGame(index, 'ending-check'), turn: 1 };
  const problems: Problem[] = [];
  for (const i of early) {
    const when = s.endings[i]!.when!;
    if (!holds(start, index, when)) continue;
    // A count's parts say whether they are counted, not whether they bring the ending: its own row speaks for it.
    const parts = trace(start, index, when).filter((t) => t.holds && t.within === undefined);
    const named = parts.slice(0, SHOWN_PARTS).map((t) => (typeof t.actual === 'number' ? `${t.text}, at ${t.actual}` : t.text));
    const why = `${named.join('; ')}${parts.length > SHOWN_PARTS ? '; …' : ''}`;
    problems.push({
      path: ['endings', i, 'when'],
      message: `this early ending already holds when the game starts (${why}), so it ends every game after the first turn unless that turn changes this; an early ending should ask for what the game must first move towards`,
    });
  }
  return problems;
}

/**
 * Endings that are not early but hold only before the last turn (`turn: { lte: 5 }` of 8): they
 * are checked at the game's end alone, where the turn is the last, so no game ends with them.
 * (One that can never hold at all is deadParts.ts's warning.)
 */
function onlyBeforeTheEnd(s: Scenario, anyTime: ConditionReach, atEnd: ConditionReach): Problem[] {
  return s.endings.flatMap((e, i) => {
    if (e.early || e.when === undefined || anyTime.never(e.when, []) !== null) return [];
    const found = atEnd.never(e.when, ['endings', i, 'when']);
    if (found === null) return [];
    return [{ path: found.path, message: `this ending is never reached: it is not early, so it is checked only at the game's end, on turn ${s.calendar.turns}, where its condition cannot hold (${found.why}); give it early: true to end the game on the turn it holds, or ask for what holds at the end` }];
  });
}

/** `anyTime`: the scenario's conditionReach, as checkDeadParts reads it too (worked out once by the loader). */
export function checkEndingReach(s: Scenario, hash: string, lineOf: LineOf, anyTime: ConditionReach): Problem[] {
  // Read at the game's end, where the turn is the last: `turn: { gte: 8 }` of 8 turns always holds there.
  const atEnd = conditionReach(s, true);
  return [...hiddenEndings(s, lineOf, atEnd), ...onlyBeforeTheEnd(s, anyTime, atEnd), ...earlyAtStart(s, hash)];
}
