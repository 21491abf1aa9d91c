// One worker thread per server process where the expert thinks, so that its decisions (up to a
// second or two each) do not hold up the process's rooms. Jobs wait in the thread's queue, one
// at a time (one core for the expert, the other for the rooms on a 2-core machine). The thread
// starts with the first job and starts again after a failure.
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { PlayerEvent } from '../machines/events';
import type { DecisionJob } from './computerSeat';

export interface ToComputerThread {
  id: number;
  job: DecisionJob;
}
export type FromComputerThread = { id: number; ok: true; events: PlayerEvent[] } | { id: number; ok: false; error: string };

// The worker's module has this module's extension: .ts under tsx, .js once compiled.
const ENTRY = new URL(`./computerWorker${extname(fileURLToPath(import.meta.url))}`, import.meta.url).href;
const BOOT = new URL('../cli/batch/workerBoot.mjs', import.meta.url);

export class ComputerThread {
  private worker: Worker | null = null;
  private readonly waiting = new Map<number, { resolve: (events: PlayerEvent[]) => void; reject: (e: Error) => void }>();
  private nextId = 0;

  /** The computer's events for the job's game, decided in the thread. */
  decide(job: DecisionJob): Promise<PlayerEvent[]> {
    const worker = (this.worker ??= this.start());
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      worker.postMessage({ id, job } satisfies ToComputerThread);
    });
  }

  private start(): Worker {
    // execArgv []: the boot file registers the TypeScript loader itself (see workerBoot.mjs).
    const worker = new Worker(BOOT, { workerData: { entry: ENTRY }, execArgv: [] });
    // In the server's log, so that whoever runs it (and its tests) can see where the expert decides.
    console.log("the computer's thread started: the expert decides there");
    // An idle thread does not keep the process alive.
    worker.unref();
    worker.on('message', (answer: FromComputerThread) => {
      const waiting = this.waiting.get(answer.id);
      this.waiting.delete(answer.id);
      if (answer.ok) waiting?.resolve(answer.events);
      else waiting?.reject(new Error(answer.error));
    });
    const stopped = (error: Error) => {
      if (this.worker === worker) this.worker = null;
      for (const waiting of this.waiting.values()) waiting.reject(error);
      this.waiting.clear();
    };
    worker.on('error', stopped);
    worker.on('exit', (code) => stopped(new Error(`the computer's thread stopped (exit code ${code})`)));
    return worker;
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
  }
}
