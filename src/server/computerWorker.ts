// The computer's thread (computerThread.ts): decides what it is sent, one job after another.
// Started through src/cli/batch/workerBoot.mjs, which makes TypeScript loadable in the worker first.
import { parentPort } from 'node:worker_threads';
import { decideForJob } from './computerSeat';
import type { ToComputerThread, FromComputerThread } from './computerThread';

const port = parentPort!;
port.on('message', ({ id, job }: ToComputerThread) => {
  let answer: FromComputerThread;
  try {
    answer = { id, ok: true, events: decideForJob(job) };
  } catch (e) {
    answer = { id, ok: false, error: e instanceof Error ? e.message : String(e) };
  }
  port.postMessage(answer);
});
