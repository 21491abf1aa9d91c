// A flag named under `flags:` that no condition or effect uses is never shown to anyone: most
// likely a misspelling on one side or a part taken out, so the loader warns of it (the file
// still plays). So is an empty list (`flags: []`), read as no list at all: it names nothing.
import type { Problem } from './errors';
import { usedFlags } from './flagNames';
import type { Scenario } from './schema';

export function checkUnusedFlags(s: Scenario): Problem[] {
  if (s.flags === undefined) return [];
  if (s.flags.length === 0) {
    return [{ path: ['flags'], message: 'this list names no flag, so players read each flag as its id made into words; list the flags the file uses with their names (- { id: …, name: … }), or remove this line' }];
  }
  const used = usedFlags(s);
  return s.flags.flatMap((flag, i): Problem[] =>
    used.has(flag.id) ? [] : [{ path: ['flags', i, 'id'], message: `no condition or effect uses the flag "${flag.id}"` }],
  );
}
