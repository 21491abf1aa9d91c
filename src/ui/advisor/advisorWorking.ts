// Whether the advisor's workers have a run to play (asked for, or worked out ahead): the page's
// other work that can wait (installing for offline play) waits for them rather than take their
// cores. On two cores a first visit's install (about 0.9 s of processor time in the service
// worker and the network threads) made a first opening at playable take 1.9–3.0 s instead of
// 1.4–2.0 s (docs/speed.md). A module of its own, importing nothing, so that the page's entry
// can wait on it without loading the advisor.

let working = false;
const waiting: (() => void)[] = [];

/** Set by the advisor's pool as its run starts and ends. */
export function setAdvisorWorking(on: boolean): void {
  working = on;
  if (!on) for (const go of waiting.splice(0)) go();
}

/** Resolves at once when the advisor has no run, else when its run ends. */
export function advisorQuiet(): Promise<void> {
  return working ? new Promise((go) => waiting.push(go)) : Promise.resolve();
}
