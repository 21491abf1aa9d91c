// Runs the advice in Web Workers, one per core up to ADVICE_WORKERS, off the page's thread: each
// is told the position once, then takes the next choice whenever it is free (the choices differ in
// cost, so a fixed half each left one core idle at the end). The workers are kept between runs:
// a worker's first hundred playthroughs run several times slower than the rest while the
// JavaScript engine compiles the rules, so the advice on the next turns comes much faster from
// warm workers. It times the whole, from the click. Without workers, it runs in the page after a
// pause for the page to draw "working…" (slower, and the page waits; reported as such). The last
// whole advice is kept: asked again on the same position (nothing played since), it is given at
// once, as the same seed would give the same figures.
import { advise, type Advice, type ChoiceAdvice } from '../../app/advice';
import type { AdviceJob, FromAdviceWorker, ToAdviceWorker } from '../../app/adviceWorker';
import { availableOptions, type GameState, type ScenarioIndex } from '../../engine';

export const ADVICE_WORKERS = 4;

/** Idle workers kept from earlier runs, warm. */
const idle: Worker[] = [];

/** The last whole advice and what it was asked for: the very state object (states are never changed in place). */
let last: { state: GameState; rollouts: number; seed: string; result: AdviceResult } | null = null;

function takeWorker(n: number): Worker {
  return idle.pop() ?? new Worker(new URL('./adviceWorker.ts', import.meta.url), { type: 'module', name: `advisor-${n + 1}` });
}

export interface AdviceResult {
  advice: Advice;
  /** From the request to the whole advice, in milliseconds (the page's clock). */
  elapsedMs: number;
  /** The workers that shared the choices; 0 when they could not start and the page did the work. */
  workers: number;
  /** Given again from the last run, on the same position: how long that run took. */
  earlierMs?: number;
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

/**
 * `started`: when the player asked (performance.now()), so the wait counts the advisor's own
 * loading. Returns a stop for a run no longer wanted; its workers, busy, are ended.
 */
export function runAdvice(index: ScenarioIndex, state: GameState, rollouts: number, seed: string, watch: AdviceWatch, started = performance.now()): () => void {
  const { failed } = watch;
  if (last !== null && last.state === state && last.rollouts === rollouts && last.seed === seed) {
    const { advice, elapsedMs, workers } = last.result;
    queueMicrotask(() => watch.done({ advice, elapsedMs: performance.now() - started, workers, earlierMs: elapsedMs }));
    return () => {};
  }
  const done = (result: AdviceResult) => {
    last = { state, rollouts, seed, result };
    watch.done(result);
  };
  const workers: Worker[] = [];
  // The choices in candidatesAt's order: ending the turn, then each open option.
  const count = 1 + availableOptions(state, index).length;
  const results: (ChoiceAdvice | undefined)[] = Array.from({ length: count }, () => undefined);
  const queue = results.map((_, i) => i);
  let finished = 0;
  let over = false;
  const end = (keep: boolean) => {
    over = true;
    for (const w of workers) {
      w.onmessage = null;
      w.onerror = null;
      if (keep) idle.push(w);
      else w.terminate();
    }
  };
  const inPage = () => {
    if (over) return; // every worker failing falls back once
    end(false);
    setTimeout(() => done({ advice: advise(state, index, rollouts, seed), elapsedMs: performance.now() - started, workers: 0 }), 50);
  };
  const job: AdviceJob = { scenario: index.scenario, hash: index.hash, state, rollouts, seed };
  try {
    const threads = Math.max(1, Math.min(ADVICE_WORKERS, navigator.hardwareConcurrency || 2, count));
    for (let n = 0; n < threads; n++) {
      const worker = takeWorker(n);
      workers.push(worker);
      const feed = () => {
        const choice = queue.shift();
        if (choice !== undefined) worker.postMessage({ type: 'run', choice } satisfies ToAdviceWorker);
      };
      worker.onmessage = (e: MessageEvent<FromAdviceWorker>) => {
        const message = e.data;
        if (over || message.type === 'ready') return;
        if (message.type === 'failed') {
          end(false);
          failed(message.message);
          return;
        }
        results[message.choice] = message.advice;
        watch.progress(++finished, results);
        if (finished === count) {
          end(true);
          done({ advice: { turn: state.turn, seed, rollouts, options: results as ChoiceAdvice[] }, elapsedMs: performance.now() - started, workers: workers.length });
          return;
        }
        feed();
      };
      worker.onerror = (e) => {
        e.preventDefault(); // handled: the page does the work instead
        inPage();
      };
      // A worker reads its messages in order: the position, then its first choice.
      worker.postMessage({ type: 'job', job } satisfies ToAdviceWorker);
      feed();
    }
  } catch {
    inPage();
  }
  return () => {
    if (!over) end(false);
  };
}
