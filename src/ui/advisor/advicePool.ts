// The page's advice workers, one per core up to ADVICE_WORKERS, kept for the page's life: a
// worker's first thousand playthroughs run several times slower than the rest while the
// JavaScript engine compiles the rules, so every run after the first gains from warm workers.
// One run at a time gives them parts (some playthroughs of a choice, src/app/adviceWorker.ts); a
// new run takes over from an older one, and a worker busy with the older run's part finishes it
// (its answer dropped) rather than be ended, so that stopping a run never throws a worker's
// warm-up away.
import type { AdviceJob, AdvicePart, FromAdviceWorker, ToAdviceWorker } from '../../app/adviceWorker';

export const ADVICE_WORKERS = 4;

/** What a run is told by the pool. */
export interface PoolRun {
  job: AdviceJob;
  /** The parts not yet given to a worker, in the order to give them. */
  queue: AdvicePart[];
  /** While true, no worker is given a new part of this run (resumeOnPool when it ends). */
  held: boolean;
  /** How many of the pool's workers it may use (set by startOnPool): the first so many. */
  threads: number;
  /** One part played out. */
  answered(done: Extract<FromAdviceWorker, { type: 'done' }>): void;
  /** A worker reported an error in the rules: the run cannot go on. */
  failed(message: string): void;
  /** The workers could not run (none could start, or one crashed): they are gone. */
  unavailable(): void;
}

interface PoolWorker {
  /** Its place in the pool. */
  n: number;
  worker: Worker;
  /** The run whose position the worker was last told (it keeps one at a time). */
  holds: PoolRun | null;
  busy: boolean;
  /** Playthroughs it has played (widenToWarm). */
  played: number;
}

const workers: PoolWorker[] = [];
let current: PoolRun | null = null;

/**
 * The most workers a run may use: one per core, or, for a run nobody waits for yet (`spare`), one
 * per core but one, which the page keeps for its own drawing. (A run has many more parts.) A new
 * run leaves out the cold ones while others are warm (workersForRun).
 */
export function threadsFor(spare = false): number {
  const cores = navigator.hardwareConcurrency || 2;
  return Math.max(1, Math.min(ADVICE_WORKERS, spare ? cores - 1 : cores));
}

/**
 * Playthroughs after which a worker counts as warm: V8 brings the rules to their fastest code over
 * some 3,000 (docs/speed.md).
 */
const WARM_PLAYTHROUGHS = 3000;

/**
 * Playthroughs after which a worker is past the slowest of its warm-up: in a page, the first 800
 * took 739 ms, the next 800 406 ms, then 291, 238 and 200 ms (docs/speed.md).
 */
const PAST_COLD_PLAYTHROUGHS = 800;

/** How many of the first `upTo` workers, counting on from `from`, have each played at least `playthroughs`. */
function playedAtLeast(from: number, upTo: number, playthroughs: number): number {
  let n = from;
  while (n < upTo && (workers[n]?.played ?? 0) >= playthroughs) n++;
  return n;
}

/**
 * How many workers a run on `threads` may widen to, up to `upTo`, taking only workers already
 * warm: a cold worker joining a run under way slowed it on two cores (the advice joined while
 * worked ahead: 1473 ms from the click with a cold second worker, 821–941 ms without).
 */
export function widenToWarm(threads: number, upTo: number): number {
  return playedAtLeast(threads, upTo, WARM_PLAYTHROUGHS);
}

/**
 * How many of `upTo` workers a new run takes: those past the slowest of their warm-up when there
 * are any, else all it may. A cold worker beside a warm one slows both on two cores, its compiling
 * taking their core: a 2019 opening asked for after the work ahead had warmed one worker took
 * 1747 ms with the cold second worker and 869 ms without (browser bench, 4 December, docs/speed.md).
 */
export function workersForRun(upTo: number): number {
  const started = playedAtLeast(0, upTo, PAST_COLD_PLAYTHROUGHS);
  return started > 0 ? started : upTo;
}

/** The run the workers take parts from, if any: the one last started and not stopped, failed or done. */
export function poolRun(): PoolRun | null {
  return current;
}

/** Gives a free worker the current run's next part, telling it the position first if new to it. */
function feed(w: PoolWorker): void {
  const run = current;
  if (w.busy || run === null || run.held || w.n >= run.threads) return;
  const part = run.queue.shift();
  if (part === undefined) return;
  // A worker reads its messages in order: the position, then the part.
  if (w.holds !== run) w.worker.postMessage({ type: 'job', job: run.job } satisfies ToAdviceWorker);
  w.holds = run;
  w.busy = true;
  w.worker.postMessage({ type: 'run', part } satisfies ToAdviceWorker);
}

/** Ends every worker (after an error: the next run starts new ones). */
function endAll(): void {
  for (const w of workers.splice(0)) w.worker.terminate();
}

function startWorker(n: number): PoolWorker {
  const w: PoolWorker = {
    n,
    worker: new Worker(new URL('./adviceWorker.ts', import.meta.url), { type: 'module', name: `advisor-${n + 1}` }),
    holds: null,
    busy: false,
    played: 0,
  };
  w.worker.onmessage = (e: MessageEvent<FromAdviceWorker>) => {
    const message = e.data;
    if (message.type === 'ready') return;
    const run = w.holds;
    w.busy = false;
    if (message.type === 'done') w.played += message.part.count;
    if (message.type === 'failed') {
      endAll();
      if (run === current && run !== null) {
        current = null;
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
    current = null;
    run?.unavailable();
  };
  return w;
}

/** Starts workers until there are `threads`; false (every worker ended) when one could not start. */
function startWorkers(threads: number): boolean {
  try {
    while (workers.length < threads) workers.push(startWorker(workers.length));
    return true;
  } catch {
    endAll();
    return false;
  }
}

/**
 * Starts `threads` workers (if fewer) before any run, and has every worker index the scenario: a
 * run later finds them loaded, instead of waiting for their code and the index after the click.
 * (A run started later tries again if they could not start, and falls back to the page.)
 */
export function prepareWorkers(threads: number, scenario: AdviceJob['scenario'], hash: string): void {
  if (!startWorkers(threads)) return;
  for (const w of workers) w.worker.postMessage({ type: 'scenario', scenario, hash } satisfies ToAdviceWorker);
}

/**
 * Starts `run` on `threads` workers (started here if fewer), taking over from any other; for the
 * current run, widens it to `threads` (never narrows it). `unavailable` is called at once when
 * none could start.
 */
export function startOnPool(run: PoolRun, threads: number): void {
  current = run;
  run.threads = Math.max(run.threads, threads);
  if (!startWorkers(threads)) {
    current = null;
    run.unavailable();
    return;
  }
  resumeOnPool();
}

/** Stops giving `run` parts (if it is still the current one); busy workers finish theirs. */
export function stopOnPool(run: PoolRun): void {
  if (current === run) current = null;
}

/** Gives the current run's parts to its free workers (again, after it was held). */
export function resumeOnPool(): void {
  for (const w of workers) feed(w);
}
