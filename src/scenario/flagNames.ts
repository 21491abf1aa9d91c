// What players read for a flag: the name the file gives it under `flags:`, or else its id made
// into words ("islands-talks" → "Islands talks"). The flags a file uses need no list, so the set
// of flags is also read from its conditions and effects, once per scenario.
import type { Scenario } from './schema';
import { conditions, effects } from './scenarioWalk';

const namesOf = new WeakMap<Scenario, ReadonlyMap<string, string>>();

function idInWords(id: string): string {
  const words = id.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The flags the file's conditions and effects use, in the order they first appear. */
export function usedFlags(scenario: Scenario): Set<string> {
  const used = new Set<string>();
  for (const { value } of conditions(scenario)) if ('flag' in value) used.add(value.flag);
  for (const { value } of effects(scenario)) if ('flag' in value) used.add(value.flag);
  return used;
}

/** Every flag of the file, named and used, in that order, with what players read for it. */
export function flagNames(scenario: Scenario): ReadonlyMap<string, string> {
  const known = namesOf.get(scenario);
  if (known) return known;
  const names = new Map<string, string>();
  for (const flag of scenario.flags ?? []) names.set(flag.id, flag.name);
  for (const id of usedFlags(scenario)) if (!names.has(id)) names.set(id, idInWords(id));
  namesOf.set(scenario, names);
  return names;
}

export function flagName(scenario: Scenario, id: string): string {
  return flagNames(scenario).get(id) ?? idInWords(id);
}
