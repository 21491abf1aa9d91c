// A student's name as the class sees it: two students who type the same name ("Anna" and "anna")
// are told apart by a number ("Anna (2)"), as the seat table, the teams' suggestions and the record
// files name students by it (a teacher saw "Anna, playing Russia with Anna · Anna submits").
import { MAX_NAME_LENGTH } from '../net/protocol';

const same = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'accent' }) === 0;

/** `name`, or `name (2)`, `name (3)`… the first no one in `taken` has; within the names' 40 characters. */
export function distinctName(name: string, taken: readonly string[]): string {
  if (!taken.some((t) => same(t, name))) return name;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${name.slice(0, MAX_NAME_LENGTH - suffix.length).trimEnd()}${suffix}`;
    if (!taken.some((t) => same(t, candidate))) return candidate;
  }
}
