// A Web Worker of the advisor: plays its share of the choices out, off the page's thread.
import { advise } from '../../app/advice';
import { indexScenario } from '../../engine';
import type { AdviceReply, AdviceRequest } from './adviceProtocol';

self.onmessage = (event: MessageEvent<AdviceRequest>) => {
  const r = event.data;
  let reply: AdviceReply;
  try {
    const progress = (done: number) => self.postMessage({ type: 'progress', done } satisfies AdviceReply);
    reply = { type: 'done', advice: advise(r.state, indexScenario(r.scenario, r.hash), r.rollouts, r.seed, r.part, r.parts, progress) };
  } catch (e) {
    reply = { type: 'error', error: e instanceof Error ? e.message : String(e) };
  }
  self.postMessage(reply);
};
