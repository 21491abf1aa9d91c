// Runs a drawing at most once per interval however often it is asked for: the first ask draws on
// the next task, later ones within the interval are folded into one drawing at its end, with the
// latest arguments. For progress shown while workers play (the advisor): each drawing costs the
// page and the compositor processor time the workers would otherwise have.

export interface Paced<A extends unknown[]> {
  (...args: A): void;
  /** Drops a drawing still waiting (the whole result is drawn instead, or the view is gone). */
  cancel(): void;
}

export function atMostEvery<A extends unknown[]>(ms: number, draw: (...args: A) => void): Paced<A> {
  let last = -Infinity;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let args: A | null = null;
  const paced = (...next: A) => {
    args = next;
    if (timer !== null) return;
    timer = setTimeout(() => {
      timer = null;
      last = performance.now();
      const a = args!;
      args = null;
      draw(...a);
    }, Math.max(0, last + ms - performance.now()));
  };
  paced.cancel = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    args = null;
  };
  return paced;
}
