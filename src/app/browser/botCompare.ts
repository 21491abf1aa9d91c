// Starts the debrief's bot games in a Web Worker, or in the page in slices if a worker cannot run.
import { runBotGames, type BotMessage, type BotRequest } from './botGames';

export function compareWithBots(request: BotRequest, report: (m: BotMessage) => void): () => void {
  let stopped = false;
  const forward = (m: BotMessage) => {
    if (!stopped) report(m);
  };
  const inPage = () => {
    void runBotGames(request, forward, 2);
  };
  let worker: Worker | null = null;
  try {
    worker = new Worker(new URL('./botWorker.ts', import.meta.url), { type: 'module', name: 'bot-games' });
    worker.onmessage = (e: MessageEvent<BotMessage>) => forward(e.data);
    worker.onerror = (e) => {
      e.preventDefault(); // handled here: fall back to the page instead of reporting an error
      worker?.terminate();
      worker = null;
      inPage();
    };
    worker.postMessage(request);
  } catch {
    inPage();
  }
  return () => {
    stopped = true;
    worker?.terminate();
  };
}
