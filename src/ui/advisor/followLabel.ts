// The words of an advice card's button that queues its whole plan.

/**
 * The follow button's words, by which of the plan's options are proposals (`true`, to a target)
 * and which steps taken alone, which the option cards call "Carry out": a plan of both is added to
 * the turn.
 */
export function followLabel(proposals: readonly boolean[]): string {
  const n = proposals.length;
  if (proposals.every((p) => p)) return n > 1 ? `Propose these ${n}` : 'Propose it';
  if (proposals.every((p) => !p)) return n > 1 ? `Carry out these ${n}` : 'Carry it out';
  return `Add these ${n} to the turn`;
}
