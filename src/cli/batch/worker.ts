// A batch worker: builds the scenario's index once, then plays the ranges of games it is sent.
// Started through workerBoot.mjs, which makes TypeScript loadable in the worker first.
import { parentPort, workerData } from 'node:worker_threads';
import { indexScenario } from '../../engine';
import type { FromWorker, ToWorker, WorkerSetup } from './protocol';
import { GameFailure, playRange } from './games';

const setup = workerData as WorkerSetup;
const index = indexScenario(setup.scenario, setup.hash);
const port = parentPort!;
const send = (message: FromWorker) => port.postMessage(message);

port.on('message', (message: ToWorker) => {
  if (message.type !== 'run') return;
  try {
    send({ type: 'done', from: message.from, summaries: playRange(index, setup.bot, setup.seedBase, message.from, message.to, undefined, setup.seats) });
  } catch (e) {
    const failure = e instanceof GameFailure ? e : new GameFailure(message.from, '?', String(e));
    send({ type: 'failed', game: failure.game, seed: failure.seed, message: failure.reason });
  }
});
send({ type: 'ready' });
