// An `advise` worker thread (see src/app/adviceWorker.ts). Started through ../batch/workerBoot.mjs,
// which makes TypeScript loadable first.
import { parentPort } from 'node:worker_threads';
import { adviceWorker, type ToAdviceWorker } from '../../app/adviceWorker';

const port = parentPort!;
const handle = adviceWorker((message) => port.postMessage(message));
port.on('message', (message: ToAdviceWorker) => handle(message));
