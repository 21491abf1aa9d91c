// Starts a batch worker. Under tsx (npm run cli, the tests), a worker thread does not inherit the
// TypeScript loader, and one passed in execArgv is registered too late for the worker's own entry
// (Node 20.6+, tsx issue #354). So: register tsx here, in plain JavaScript, then import the entry.
import { workerData } from 'node:worker_threads';

if (workerData.entry.endsWith('.ts')) {
  const { register } = await import('tsx/esm/api');
  register();
}
await import(workerData.entry);
