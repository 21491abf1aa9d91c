// The page's advice workers, one per core but one up to ADVICE_WORKERS, kept for the page's life: a
// worker's first thousand playthroughs run several times slower than the rest while the
// JavaScript engine compiles the rules, so every run after the first gains from warm workers.
// One run at a time gives them parts (some playthroughs of a choice, src/app/adviceWorker.ts); a
// new run takes over from an older one, and a worker busy with the older run's parts finishes them
// (their answers dropped) rather than be ended, so that stopping a run never throws a worker's
// warm-up away.
import type { AdviceJob, AdvicePart, FromAdviceWorker, ToAdviceWorker } from '../../app/adviceWorker';
import { setAdvisorWorking } from './advisorWorking';

export const ADVICE_WORKERS = 4;

/** What a run is told by the pool. */
export interface PoolRun {
  job: AdviceJob;
  /** The parts not yet given to a worker, in the order to give them. */
  queue: AdvicePart[];
  /** While true, no worker is given a new part of this run (resumeOnPool when it ends). */
  held: boolean;
  /** One part played out. */
  answered(done: Extract<FromAdviceWorker, { type: 'done' }>): void;
  /** A worker reported an error in the rules: the run cannot go on. */
  failed(message: string): void;
  /** The workers could not run (none could start, or one crashed): they are gone. */
  unavailable(): void;
}

/**
 * Parts a worker holds at once: it starts the next the moment it finishes one, instead of waiting
 * for the page's thread (busy drawing the dialog and the cards) to answer. With one, a cold first
 * opening's worker waited for its next part after each of its 128.
 */
export const PARTS_IN_HAND = 2;

interface PoolWorker {
  worker: Worker;
  /** The run whose position the worker was last told (it keeps one at a time). */
  holds: PoolRun | null;
  /** Its parts not yet answered, all of the run it holds. */
  inHand: number;
  /** The scenario it was told to index ahead (prepareWorkers), by hash. */
  indexed: string | null;
}

const workers: PoolWorker[] = [];
let current: PoolRun | null = null;

/** The run the workers take parts from from now on (none: they finish the parts in hand and wait). */
function setCurrent(run: PoolRun | null): void {
  current = run;
  setAdvisorWorking(run !== null);
}

/**
 * The most workers a run may use: one per core but one, which the page keeps for its own drawing
 * and the JavaScript engine for compiling the rules (a run has many more parts). On two cores, one
 * cold worker played a 2019 first opening in 1263–1669 ms where two took 1623–2021 ms, each one's
 * compiling taking the other's core; warm, one took 639–855 ms and two 477–807 ms (browser bench,
 * 5 December, docs/speed.md). Every run takes them all, so they warm up together.
 */
export function threadsFor(): number {
  const cores = navigator.hardwareConcurrency || 2;
  return Math.max(1, Math.min(ADVICE_WORKERS, cores - 1));
}

/** The run the workers take parts from, if any: the one last started and not stopped, failed or done. */
export function poolRun(): PoolRun | null {
  return current;
}

/** Fills a worker's hand with the current run's next parts, telling it the position first if new to it. */
function feed(w: PoolWorker): void {
  const run = current;
  if (run === null || run.held) return;
  // Its answers name no run: it finishes an older run's parts before it is told another position.
  if (w.holds !== run && w.inHand > 0) return;
  while (w.inHand < PARTS_IN_HAND) {
    const part = run.queue.shift();
    if (part === undefined) return;
    // A worker reads its messages in order: the position, then the parts.
    if (w.holds !== run) w.worker.postMessage({ type: 'job', job: run.job } satisfies ToAdviceWorker);
    w.holds = run;
    w.inHand++;
    w.worker.postMessage({ type: 'run', part } satisfies ToAdviceWorker);
  }
}

/** Ends every worker (after an error: the next run starts new ones). */
function endAll(): void {
  for (const w of workers.splice(0)) w.worker.terminate();
}

function startWorker(n: number): PoolWorker {
  const w: PoolWorker = {
    worker: new Worker(new URL('./adviceWorker.ts', import.meta.url), { type: 'module', name: `advisor-${n + 1}` }),
    holds: null,
    inHand: 0,
    indexed: null,
  };
  w.worker.onmessage = (e: MessageEvent<FromAdviceWorker>) => {
    const message = e.data;
    if (message.type === 'ready') return;
    const run = w.holds;
    w.inHand--;
    if (message.type === 'failed') {
      endAll();
      if (run === current && run !== null) {
        setCurrent(null);
        run.failed(message.message);
      }
      return;
    }
    // An answer for a run taken over since is dropped: its worker is free for the new one.
    if (run === current && run !== null) run.answered(message);
    feed(w);
  };
  w.worker.onerror = (e) => {
    e.preventDefault(); // handled: the run says so, and the page may do the work instead
    endAll();
    const run = current;
    setCurrent(null);
    run?.unavailable();
  };
  return w;
}

/** Starts the pool's workers (threadsFor) not yet started; false (every worker ended) when one could not start. */
function startWorkers(): boolean {
  try {
    while (workers.length < threadsFor()) workers.push(startWorker(workers.length));
    return true;
  } catch {
    endAll();
    return false;
  }
}

/**
 * Starts the pool's workers before any run, and has every worker index the scenario: a run later
 * finds them loaded, instead of waiting for their code and the index after the click. (A run
 * started later tries again if they could not start, and falls back to the page.)
 */
export function prepareWorkers(scenario: AdviceJob['scenario'], hash: string): void {
  if (!startWorkers()) return;
  // Each play screen asks again: the scenario is copied to a worker only once.
  for (const w of workers.filter((x) => x.indexed !== hash)) {
    w.worker.postMessage({ type: 'scenario', scenario, hash } satisfies ToAdviceWorker);
    w.indexed = hash;
  }
}

/** Starts `run` on the pool's workers (started here if not yet), taking over from any other; `unavailable` is called at once when none could start. */
export function startOnPool(run: PoolRun): void {
  setCurrent(run);
  if (!startWorkers()) {
    setCurrent(null);
    run.unavailable();
    return;
  }
  resumeOnPool();
}

/** Stops giving `run` parts (if it is still the current one); busy workers finish theirs. */
export function stopOnPool(run: PoolRun): void {
  if (current === run) setCurrent(null);
}

/** Gives the current run's parts to its free workers (again, after it was held). */
export function resumeOnPool(): void {
  for (const w of workers) feed(w);
}
