// Checks on the parsed data before the schema sees it: a mapping at the top, no key that could
// reach a JavaScript prototype, no absurd nesting. The walk stops at the depth limit, so a
// hostile file cannot exhaust the stack here.
import type { Path, Problem } from './errors';
import { FORBIDDEN_KEYS, MAX_DEPTH, TOO_DEEP } from './limits';
import { describeValue } from './quote';

export function guardStructure(value: unknown): Problem[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return [{ path: [], message: `the top level must be a mapping of fields (format:, id:, title: …), not ${describeValue(value)}` }];
  }
  const problems: Problem[] = [];
  let tooDeep = false;
  const visit = (node: unknown, path: Path) => {
    if (node === null || typeof node !== 'object' || tooDeep) return;
    if (path.length >= MAX_DEPTH) {
      tooDeep = true; // reported once, at the first place found
      problems.push({ path, message: TOO_DEEP });
      return;
    }
    if (Array.isArray(node)) {
      node.forEach((item, i) => visit(item, [...path, i]));
      return;
    }
    for (const key of Object.keys(node)) {
      if (FORBIDDEN_KEYS.includes(key)) problems.push({ path: [...path, key], message: `the key "${key}" is not allowed in a scenario` });
      else visit((node as Record<string, unknown>)[key], [...path, key]);
    }
  };
  visit(value, []);
  return problems;
}
