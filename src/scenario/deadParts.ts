// Parts of a scenario that can never come into play though every id in them exists: a condition
// that no game can meet (150 on a track from 0 to 100, turn 9 of 8, a flag that no effect sets, a
// `not` of what always holds, two bounds on one track in an `all` with no value between them; the
// reasoning is conditionReach.ts's), an option closed with nothing to open it, an effect that opens an
// option that is never closed, a disruption of an option whose deals never stay in force. Each is almost surely a
// slip, and the game would play on without a word (the ending never reached, the option never
// offered), so the loader warns of them; they are warnings, not errors, since the file still plays
// (and files and records made before this check keep loading). Run on a scenario that fits the
// schema and whose ids all exist.
import type { Path, Problem } from './errors';
import type { ConditionReach } from './conditionReach';
import { conditions, effects } from './scenarioWalk';
import type { Scenario } from './schema';

export function checkDeadParts(s: Scenario, anyTime: ConditionReach): Problem[] {
  const optionsOpened = new Set<string>();
  const optionsClosed = new Set<string>();
  const openings: { option: string; path: Path }[] = [];
  // Only a deal with a duration stays in force as an agreement: a disruption of one without breaks nothing.
  const durations = new Map(s.options.map((o) => [o.id, o.duration]));
  const idleDisruptions: { option: string; path: Path }[] = [];
  for (const { value: e, path } of effects(s)) {
    if ('disrupt' in e && durations.get(e.disrupt) === 0) idleDisruptions.push({ option: e.disrupt, path });
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

  const { never } = anyTime;

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
  for (const { option, path } of idleDisruptions) {
    problems.push({ path, message: `this effect breaks off the agreement of "${option}", but that option has no duration: its deals are done at once and no agreement of it stays in force, so it changes nothing (give the option a duration)` });
  }
  return problems;
}
