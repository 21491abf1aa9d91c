// What is written twice where once is meant, in a file that plays: the same trigger twice in one
// crisis's `opensOn` (the crisis opens once whichever happens, so the second adds nothing and most
// likely stands for another trigger meant), and two flags with one name (players would read two
// identical statements that may differ in truth). Warnings, at the second, naming the line of the first.
import type { LineOf } from './crossRefs';
import type { Path, Problem } from './errors';
import { flowYaml, quote } from './quote';
import type { Scenario } from './schema';
import { triggersOf, triggerText } from './triggers';

/** Each item after the first with the same key as an earlier one, with the path of that first. */
function repeats<T>(items: readonly T[], key: (item: T) => string, path: (i: number) => Path): { item: T; path: Path; first: Path }[] {
  const first = new Map<string, number>();
  return items.flatMap((item, i) => {
    const k = key(item);
    const earlier = first.get(k);
    if (earlier !== undefined) return [{ item, path: path(i), first: path(earlier) }];
    first.set(k, i);
    return [];
  });
}

export function checkWrittenTwice(s: Scenario, lineOf: LineOf): Problem[] {
  const at = (path: Path) => {
    const line = lineOf(path);
    return line === undefined ? '' : ` (first at line ${line})`;
  };
  const problems: Problem[] = [];
  s.crises.forEach((c, i) => {
    if (!Array.isArray(c.opensOn)) return;
    for (const found of repeats(triggersOf(c), triggerText, (j) => ['crises', i, 'opensOn', j])) {
      problems.push({ path: found.path, message: `the trigger ${flowYaml(found.item)} is listed twice in this opensOn${at(found.first)}; the crisis opens once whichever happens: remove one, or write the trigger that was meant` });
    }
  });
  for (const found of repeats(s.flags ?? [], (f) => sameWords(f.name), (j) => ['flags', j, 'name'])) {
    const other = s.flags![found.first[1] as number]!.id;
    problems.push({ path: found.path, message: `the flags ${quote(other)} and ${quote(found.item.id)} have the same name${at(found.first)}, so players would read two identical statements; give each a name of its own` });
  }
  // Two actors of one name, or two options of one title (of one target): players could not tell them apart on the map, in the lists or in "Why?".
  for (const found of repeats(s.actors, (a) => sameWords(a.name), (j) => ['actors', j, 'name'])) {
    problems.push({ path: found.path, message: `the actors ${quote(s.actors[found.first[1] as number]!.id)} and ${quote(found.item.id)} have the same name${at(found.first)}, so players could not tell them apart; give each a name of its own` });
  }
  for (const found of repeats(s.options, (o) => `${o.target ?? ''}\n${sameWords(o.title)}`, (j) => ['options', j, 'title'])) {
    problems.push({ path: found.path, message: `the options ${quote(s.options[found.first[1] as number]!.id)} and ${quote(found.item.id)} have the same title${found.item.target ? ` and the same target` : ''}${at(found.first)}, so players could not tell them apart; give each a title of its own` });
  }
  return problems;
}

/** A name as players would read it: the same letters whatever their case or the spaces around them. */
const sameWords = (text: string) => text.trim().toLowerCase();
