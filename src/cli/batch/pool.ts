// Plays a batch of seeded games, in this thread or spread over worker threads. Game i always has
// seed `${base}-${i}` and its summary goes to slot i, so the results are the same for any number
// of workers; only the time differs.
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { BotName, SeatBot } from '../../engine';
import type { LoadedScenario } from '../scenarios';
import { GameFailure, playRange, type GameSummary } from './games';
import type { FromWorker, ToWorker, WorkerSetup } from './protocol';

/** From this many games on, a batch may use worker threads unless told how many. */
export const WORKERS_FROM_GAMES = 200;

/** Games played in this thread first, to see how long a game takes. */
const PILOT_GAMES = 20;

/**
 * A worker costs about a second to start (it loads the TypeScript sources through tsx) and then
 * warms up its own JIT, so threads pay off only for a long batch: one that the pilot (games not yet
 * fully warmed up, so an overestimate) predicts to take longer than this in one thread. Measured on a busy 2-core
 * machine, 2000 tutorial games took 3.6-5.9 s in one thread and 7.4-9.9 s on two workers.
 */
const WORKERS_PAY_OFF_MS = 5000;

export function workerThreads(): number {
  return Math.max(1, Math.min(availableParallelism(), 4));
}

export interface BatchRun {
  loaded: Pick<LoadedScenario, 'scenario' | 'hash' | 'index'>;
  bot: BotName;
  /** Bots in other states' seats. */
  seats?: Record<string, SeatBot>;
  seedBase: string;
  games: number;
  /** 1: play in this thread; undefined: decide (threads for a batch of 200 games or more that is slow enough). */
  workers?: number;
  /** Called as games finish, with the number done so far. */
  onProgress?: (done: number, total: number) => void;
  /** When deciding: the pilot's prediction from which threads are used (WORKERS_PAY_OFF_MS; a test sets 0 to take the threads' way). */
  payOffMs?: number;
}

/** The games' summaries in seed order, and how many threads played them. */
export async function playBatch(run: BatchRun): Promise<{ summaries: GameSummary[]; workers: number }> {
  const here = (from: number, to: number) => {
    const step = Math.max(1, Math.floor(run.games / 200));
    return playRange(
      run.loaded.index,
      run.bot,
      run.seedBase,
      from,
      to,
      (i) => {
        if (i % step === 0 || i === to) run.onProgress?.(i, run.games);
      },
      run.seats,
    );
  };
  if (run.workers !== undefined) {
    const workers = Math.min(run.workers, run.games);
    return { summaries: workers <= 1 ? here(1, run.games) : await playOnWorkers(run, 1, workers), workers };
  }
  const threads = workerThreads();
  if (run.games < WORKERS_FROM_GAMES || threads === 1) return { summaries: here(1, run.games), workers: 1 };
  // A few games here first: the time of the second half (the JIT warmed up a little by the first)
  // tells whether worker threads are worth their start.
  const warm = here(1, PILOT_GAMES / 2);
  const start = performance.now();
  const pilot = [...warm, ...here(PILOT_GAMES / 2 + 1, PILOT_GAMES)];
  const estimate = ((performance.now() - start) / (PILOT_GAMES / 2)) * (run.games - PILOT_GAMES);
  if (estimate < (run.payOffMs ?? WORKERS_PAY_OFF_MS)) return { summaries: [...pilot, ...here(PILOT_GAMES + 1, run.games)], workers: 1 };
  return { summaries: [...pilot, ...(await playOnWorkers(run, PILOT_GAMES + 1, threads))], workers: threads };
}

// The worker's own module has this module's extension: .ts under tsx, .js once compiled.
const WORKER_ENTRY = new URL(`./worker${extname(fileURLToPath(import.meta.url))}`, import.meta.url).href;
const WORKER_BOOT = new URL('./workerBoot.mjs', import.meta.url);

/** Plays games `first`..games on `count` worker threads; summary i goes to slot i whoever plays it. */
function playOnWorkers(run: BatchRun, first: number, count: number): Promise<GameSummary[]> {
  const total = run.games - first + 1;
  const results = new Array<GameSummary | undefined>(total);
  // Small chunks keep every worker busy to the end and the progress bar moving.
  const chunk = Math.max(1, Math.min(50, Math.ceil(total / (count * 16))));
  let next = first;
  let done = first - 1;
  const setup: WorkerSetup = { entry: WORKER_ENTRY, scenario: run.loaded.scenario, hash: run.loaded.hash, bot: run.bot, seats: run.seats, seedBase: run.seedBase };
  const workers: Worker[] = [];

  return new Promise<GameSummary[]>((resolve, reject) => {
    let settled = false;
    const finish = (error: Error | null) => {
      if (settled) return;
      settled = true;
      for (const w of workers) void w.terminate();
      if (error) reject(error);
      else resolve(results as GameSummary[]);
    };
    const feed = (worker: Worker) => {
      if (next > run.games) return;
      const message: ToWorker = { type: 'run', from: next, to: Math.min(run.games, next + chunk - 1) };
      next = message.to + 1;
      worker.postMessage(message);
    };
    for (let w = 0; w < count; w++) {
      // execArgv [] : the boot file registers the TypeScript loader itself (see workerBoot.mjs).
      const worker = new Worker(WORKER_BOOT, { workerData: setup, execArgv: [] });
      workers.push(worker);
      worker.on('message', (message: FromWorker) => {
        if (message.type === 'ready') feed(worker);
        else if (message.type === 'failed') finish(new GameFailure(message.game, message.seed, message.message));
        else {
          message.summaries.forEach((s, k) => (results[message.from - first + k] = s));
          done += message.summaries.length;
          run.onProgress?.(done, run.games);
          if (done === run.games) finish(null);
          else feed(worker);
        }
      });
      worker.on('error', (e) => finish(new Error(`a batch worker stopped: ${e.message}`)));
      worker.on('exit', (code) => {
        if (!settled) finish(new Error(`a batch worker exited early (code ${code})`));
      });
    }
  });
}
