// An effect on a track or an actor's attribute gives "add" or "set", exactly one: a rule the schema
// leaves to the checker (crossRefs.ts), and that a mend of the mapping must keep (writtenOut.ts).

/** What an effect with `add` and `set` fields lacks or has too much of, or undefined when it gives exactly one. */
export function addOrSet(e: { add?: unknown; set?: unknown }): string | undefined {
  if (e.add === undefined && e.set === undefined) return 'give "add" (a change) or "set" (a new value)';
  if (e.add !== undefined && e.set !== undefined) return 'give "add" or "set", not both';
  return undefined;
}
