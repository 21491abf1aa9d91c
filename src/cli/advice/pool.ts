// The advice on every choice, shared between this thread and worker threads: the choices wait in
// one queue (each as one part, src/app/adviceWorker.ts) and whoever is free takes the next, so a
// worker that starts late (under tsx a worker takes a few hundred milliseconds to load the
// sources) still helps, and the advice is the same whoever plays a choice (each choice's dice
// come from the seed alone). A worker that stops leaves its choice to the queue again.
import { availableParallelism } from 'node:os';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Advice, ChoiceAdvice } from '../../app/advice';
import { candidatesAt, playCandidate, type GameState, type ScenarioIndex } from '../../engine';
import { choiceGatherer, partsOf, type AdviceJob, type AdvicePart, type FromAdviceWorker, type ToAdviceWorker } from '../../app/adviceWorker';

// The worker's own module has this module's extension: .ts under tsx, .js once compiled.
const WORKER_ENTRY = new URL(`./worker${extname(fileURLToPath(import.meta.url))}`, import.meta.url).href;
const WORKER_BOOT = new URL('../batch/workerBoot.mjs', import.meta.url);

/**
 * Threads besides this one, by default: one fewer than the machine's cores, at most three; none on
 * two cores, where a worker's start and its own warm-up cost more than it plays (a 2019 first
 * turn's advice, new process: 1041–1105 ms on this thread alone, 1423–1454 ms with one worker).
 */
export function adviceWorkers(cores = availableParallelism()): number {
  return cores <= 2 ? 0 : Math.min(cores - 1, 3);
}

/** `playHere` false leaves every choice to the workers while one runs: for the test that they agree with this thread. */
export async function adviseShared(state: GameState, index: ScenarioIndex, rollouts: number, seed: string, workers: number, playHere = true): Promise<Advice> {
  const candidates = candidatesAt(state, index);
  const results: (ChoiceAdvice | undefined)[] = candidates.map(() => undefined);
  // Whole choices: a thread here is never held back, so smaller parts would only add messages.
  const queue = partsOf(candidates.length, rollouts, rollouts);
  const gather = choiceGatherer(index, rollouts);
  const played = (part: AdvicePart, advice: ChoiceAdvice | null) => {
    if (advice !== null) results[part.choice] = advice;
  };
  let failure: Error | null = null;
  // Woken whenever a worker answers or stops, so that this thread, idle, looks again.
  let wake: () => void = () => {};
  const changed = () => new Promise<void>((resolve) => (wake = resolve));

  const threads: Worker[] = [];
  let alive = 0;
  const job: AdviceJob = { scenario: index.scenario, hash: index.hash, state, rollouts, seed };
  for (let w = 0; w < Math.min(workers, playHere ? candidates.length - 1 : candidates.length); w++) {
    // execArgv [] : the boot file registers the TypeScript loader itself (see workerBoot.mjs).
    const worker = new Worker(WORKER_BOOT, { workerData: { entry: WORKER_ENTRY }, execArgv: [] });
    worker.postMessage({ type: 'job', job } satisfies ToAdviceWorker);
    threads.push(worker);
    alive++;
    let busy: AdvicePart | null = null;
    const feed = () => {
      busy = failure === null ? (queue.shift() ?? null) : null;
      if (busy !== null) worker.postMessage({ type: 'run', part: busy } satisfies ToAdviceWorker);
    };
    worker.on('message', (message: FromAdviceWorker) => {
      if (message.type === 'failed') failure ??= new Error(`an advice worker failed: ${message.message}`);
      if (message.type === 'done') played(message.part, gather(message.part, message.candidate, message.endings));
      feed();
      wake();
    });
    const stopped = () => {
      if (busy !== null) queue.unshift(busy);
      busy = null;
      wake();
    };
    worker.on('error', stopped);
    worker.on('exit', () => {
      alive--;
      stopped();
    });
  }
  try {
    while (failure === null && results.some((r) => r === undefined)) {
      const part = playHere || alive === 0 ? queue.shift() : undefined;
      if (part === undefined) {
        await changed(); // the rest is in the workers' hands
        continue;
      }
      const candidate = candidates[part.choice]!;
      played(part, gather(part, candidate, playCandidate(state, index, candidate, seed, part.from, part.from + part.count)));
      // Lets the event loop take the workers' messages between two parts played here.
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  } finally {
    for (const w of threads) {
      w.removeAllListeners('exit');
      void w.terminate();
    }
  }
  if (failure !== null) throw failure;
  return { turn: state.turn, seed, rollouts, options: results as ChoiceAdvice[] };
}
