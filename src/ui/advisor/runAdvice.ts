// Runs the advice in two Web Workers (the playthroughs of every other choice each, so both cores
// work), puts the halves back in order and times the whole. Without workers, it runs in the page
// after a pause for the page to draw "working…" (slower, and the page waits; reported as such).
import { advise, mergeAdvice, type Advice } from '../../app/advice';
import type { GameState, ScenarioIndex } from '../../engine';
import type { AdviceReply, AdviceRequest } from './adviceProtocol';

export const ADVICE_WORKERS = 2;

export interface AdviceResult {
  advice: Advice;
  /** From the request to the merged advice, in milliseconds (the page's clock). */
  elapsedMs: number;
  /** False when workers could not start and the page did the work. */
  inWorkers: boolean;
}

export interface AdviceWatch {
  /** Choices played out so far (in workers only: the page cannot draw while it plays). */
  progress(done: number): void;
  done(r: AdviceResult): void;
  failed(error: string): void;
}

export function runAdvice(index: ScenarioIndex, state: GameState, rollouts: number, seed: string, watch: AdviceWatch): () => void {
  const { done, failed } = watch;
  const started = performance.now();
  const workers: Worker[] = [];
  const parts: Advice[] = [];
  const progress: number[] = [];
  let stopped = false;
  const stop = () => {
    stopped = true;
    for (const w of workers) w.terminate();
  };
  let fellBack = false;
  const inPage = () => {
    if (fellBack) return; // both workers failing fall back once
    fellBack = true;
    for (const w of workers) w.terminate();
    setTimeout(() => {
      if (!stopped) done({ advice: advise(state, index, rollouts, seed), elapsedMs: performance.now() - started, inWorkers: false });
    }, 50);
  };
  try {
    for (let part = 0; part < ADVICE_WORKERS; part++) {
      const worker = new Worker(new URL('./adviceWorker.ts', import.meta.url), { type: 'module', name: `advisor-${part + 1}` });
      workers.push(worker);
      worker.onmessage = (e: MessageEvent<AdviceReply>) => {
        if (stopped || fellBack) return;
        if (e.data.type === 'progress') {
          progress[part] = e.data.done;
          watch.progress(progress.reduce((n, p) => n + (p ?? 0), 0));
          return;
        }
        if (e.data.type === 'error') {
          stop();
          failed(e.data.error);
          return;
        }
        parts[part] = e.data.advice;
        if (parts.filter(Boolean).length === ADVICE_WORKERS) {
          stop();
          done({ advice: mergeAdvice(parts), elapsedMs: performance.now() - started, inWorkers: true });
        }
      };
      worker.onerror = (e) => {
        e.preventDefault(); // handled: the page does the work instead
        if (!stopped) inPage();
      };
      const request: AdviceRequest = { scenario: index.scenario, hash: index.hash, state, rollouts, seed, part, parts: ADVICE_WORKERS };
      worker.postMessage(request);
    }
  } catch {
    inPage();
  }
  return stop;
}
