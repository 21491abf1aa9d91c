// Runs the advice in the page's Web Workers (advicePool.ts), off the page's thread: each worker is
// told the position once, then plays parts (25 playthroughs of a choice) from a shared queue, the
// next in hand while it plays one (the choices differ in cost, so a fixed half each left one core
// idle at the end). It times the whole, from the click.
// Without workers, it runs in the page after a pause for the page to draw "working…" (slower, and
// the page waits; reported as such).
//
// A run may also be started ahead, before anyone asks (adviceAhead.ts): the advisor opened on the
// same position then joins it, or, once it is done, is given its advice at once. The last whole
// advice is kept: asked again on the same position (nothing played since), it is given at once,
// as the same seed would give the same figures.
import { advise, adviceSeed, DEFAULT_ROLLOUTS, type Advice, type ChoiceAdvice } from '../../app/advice';
import { availableOptions, type GameState, type ScenarioIndex } from '../../engine';
import { choiceGatherer, partsOf } from '../../app/adviceWorker';
import { poolRun, resumeOnPool, startOnPool, stopOnPool, threadsFor, type PoolRun } from './advicePool';

/**
 * Playthroughs per part given to a worker: small enough that a worker held back (while the player
 * uses the page) is free within a fraction of a second, even cold; each part is one message.
 */
const PART_SIZE = 25;

export interface AdviceResult {
  advice: Advice;
  /** From the request to the whole advice, in milliseconds (the page's clock). */
  elapsedMs: number;
  /** The workers that shared the choices; 0 when they could not start and the page did the work. */
  workers: number;
  /** Given again from the last run, on the same position: how long that run took. */
  earlierMs?: number;
  /** The run was started ahead, before the advisor was opened (then `earlierMs` is its own time, when given again). */
  ahead?: boolean;
  /** Joined while working ahead: how long it had been working when the advisor was opened. */
  begunMs?: number;
}

export interface AdviceWatch {
  /**
   * Another choice played out (in workers only: the page cannot draw while it plays): how many so
   * far, and the advice on each choice in candidatesAt's order, undefined for those still playing.
   */
  progress(done: number, sofar: readonly (ChoiceAdvice | undefined)[]): void;
  done(r: AdviceResult): void;
  failed(error: string): void;
}

interface Run extends PoolRun {
  index: ScenarioIndex;
  state: GameState;
  rollouts: number;
  seed: string;
  started: number;
  results: (ChoiceAdvice | undefined)[];
  finished: number;
  /** Started ahead: it goes on with nobody watching, and is never done in the page. */
  ahead: boolean;
  /** Called when the whole advice is in (for a run started ahead). */
  onDone?: () => void;
  watchers: Map<AdviceWatch, number>;
}

/** The run under way, if any: the pool's (every run on it is one of these). */
const running = () => poolRun() as Run | null;

/** The last whole advice and what it was asked for: the very state object (states are never changed in place). */
let last: { state: GameState; rollouts: number; seed: string; result: AdviceResult } | null = null;

const samePosition = (a: { state: GameState; rollouts: number; seed: string }, state: GameState, rollouts: number, seed: string) =>
  a.state === state && a.rollouts === rollouts && a.seed === seed;

function finish(run: Run, advice: Advice, workers: number): void {
  const now = performance.now();
  last = { state: run.state, rollouts: run.rollouts, seed: run.seed, result: { advice, elapsedMs: now - run.started, workers, ahead: run.ahead } };
  for (const [watch, asked] of run.watchers) {
    watch.done({ advice, elapsedMs: now - asked, workers, ...(run.ahead ? { ahead: true, begunMs: asked - run.started } : {}) });
  }
  run.onDone?.();
}

/** The whole advice in the page's own thread, once its watchers' "working…" is drawn. */
function inPage(run: Run): void {
  if (run.ahead && run.watchers.size === 0) return; // nobody asked: never block the page for it
  setTimeout(() => finish(run, advise(run.state, run.index, run.rollouts, run.seed), 0), 50);
}

/** Starts a run on the pool, which takes over from any other. */
function startRun(index: ScenarioIndex, state: GameState, rollouts: number, seed: string, ahead: boolean, started: number): Run {
  // The choices in candidatesAt's order: ending the turn, then each open option.
  const count = 1 + availableOptions(state, index).length;
  const gather = choiceGatherer(index, rollouts);
  const run: Run = {
    job: { scenario: index.scenario, hash: index.hash, state, rollouts, seed },
    index,
    queue: partsOf(count, rollouts, PART_SIZE),
    held: false,
    state,
    rollouts,
    seed,
    started,
    results: Array.from({ length: count }, () => undefined),
    finished: 0,
    ahead,
    watchers: new Map(),
    answered({ part, candidate, endings }) {
      const advice = gather(part, candidate, endings);
      if (advice === null) return;
      run.results[part.choice] = advice;
      run.finished++;
      if (run.finished === count) {
        stopOnPool(run);
        finish(run, { turn: state.turn, seed, rollouts, options: run.results as ChoiceAdvice[] }, threadsFor());
      } else for (const watch of run.watchers.keys()) watch.progress(run.finished, run.results);
    },
    failed: (message) => {
      for (const watch of run.watchers.keys()) watch.failed(message);
    },
    unavailable: () => inPage(run),
  };
  startOnPool(run);
  return run;
}

/**
 * `started`: when the player asked (performance.now()), so the wait counts the advisor's own
 * loading. Returns a stop for a run no longer wanted; its busy workers finish their parts and are
 * kept. A run started ahead and joined here goes on when the advisor is closed.
 */
export function runAdvice(index: ScenarioIndex, state: GameState, rollouts: number, seed: string, watch: AdviceWatch, started = performance.now()): () => void {
  if (last !== null && samePosition(last, state, rollouts, seed)) {
    const { advice, elapsedMs, workers, ahead } = last.result;
    queueMicrotask(() => watch.done({ advice, elapsedMs: performance.now() - started, workers, earlierMs: elapsedMs, ...(ahead ? { ahead } : {}) }));
    return () => {};
  }
  const under = running();
  const joined = under !== null && samePosition(under, state, rollouts, seed);
  const run = joined ? under : startRun(index, state, rollouts, seed, false, started);
  // Someone waits now: a run ahead, held while the player used the page, goes on.
  if (joined) {
    run.held = false;
    resumeOnPool();
  }
  run.watchers.set(watch, started);
  if (run.finished > 0) queueMicrotask(() => run.watchers.has(watch) && watch.progress(run.finished, run.results));
  return () => {
    run.watchers.delete(watch);
    if (!run.ahead && run.watchers.size === 0) stopOnPool(run);
  };
}

/**
 * Works the advice on `state` out now, with nobody watching yet; `then` when the whole advice is in
 * (at once if it is known). Nothing when another run is under way (false). Never in the page's
 * thread: without workers it is simply not done.
 */
export function adviseAhead(index: ScenarioIndex, state: GameState, then: () => void): boolean {
  const seed = adviceSeed(state);
  if (last !== null && samePosition(last, state, DEFAULT_ROLLOUTS, seed)) {
    then();
    return true;
  }
  if (running() !== null) return false; // the player's own run, or one ahead already
  startRun(index, state, DEFAULT_ROLLOUTS, seed, true, performance.now()).onDone = then;
  return true;
}

/** The run under way if it was started ahead and nobody has joined it (it is the page's to hold or stop). */
function aheadAlone(): Run | null {
  const run = running();
  return run !== null && run.ahead && run.watchers.size === 0 ? run : null;
}

/**
 * Holds a run started ahead that nobody has joined, or lets it go on: while the player uses the
 * page, its workers finish the parts in hand and take no other, leaving the cores to the page.
 */
export function holdAhead(held: boolean): void {
  const run = aheadAlone();
  if (run === null || run.held === held) return;
  run.held = held;
  if (!held) resumeOnPool();
}

/** Stops a run started ahead that nobody has joined (the position left, the page hidden, the game closed). */
export function stopAhead(): void {
  const run = aheadAlone();
  if (run !== null) stopOnPool(run);
}
