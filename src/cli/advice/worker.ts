// An `advise` worker: indexes the scenario and lists the choices once, then plays out each choice
// it is sent. Started through ../batch/workerBoot.mjs, which makes TypeScript loadable first.
import { parentPort, workerData } from 'node:worker_threads';
import { adviseChoice } from '../../app/advice';
import { candidatesAt, indexScenario } from '../../engine';
import type { AdviceSetup, FromAdviceWorker, ToAdviceWorker } from './protocol';

const setup = workerData as AdviceSetup;
const index = indexScenario(setup.scenario, setup.hash);
const candidates = candidatesAt(setup.state, index);
const port = parentPort!;
const send = (message: FromAdviceWorker) => port.postMessage(message);

port.on('message', (message: ToAdviceWorker) => {
  try {
    send({ type: 'done', choice: message.choice, advice: adviseChoice(setup.state, index, candidates[message.choice]!, setup.rollouts, setup.seed) });
  } catch (e) {
    send({ type: 'failed', message: e instanceof Error ? e.message : String(e) });
  }
});
send({ type: 'ready' });
