// "Li and Wei", "Li, Wei and Ana": names in a sentence, for the screens and the command line alike.
// A module with no imports, so that any chunk may take it.

export function namesList(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
