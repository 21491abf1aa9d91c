// Starts the debrief's bot games in a Web Worker, or in the page in slices if a worker cannot run.
// The games this browser played before for the same scenario and the same build of the worker's
// code are taken from what it kept (keptBotGames.ts); only the others are played.
import { runBotGames, type BotGameResult, type BotMessage, type BotRequest } from './botGames';
import type { BotWorkerHello } from './botWorker';
import { allResults, gamesLeft, keepBotGames, keptBotGames } from './keptBotGames';

/** A built worker script's name ends in a hash of its content (`botWorker-1a2B3c4D.js`); a development server's does not, and its results are not kept. */
const BUILT_SCRIPT = /-[\w-]{8,}\.js$/;

/** `kept`: reported with a done whose results all came from what this browser kept. */
export function compareWithBots(request: BotRequest, report: (m: BotMessage, kept?: boolean) => void): () => void {
  let stopped = false;
  const forward = (m: BotMessage, kept?: boolean) => {
    if (!stopped) report(m, kept);
  };
  const inPage = () => {
    void runBotGames(request, forward, 2);
  };
  /** The games left to play after those kept for this worker's code; their results are kept in turn. */
  const fromKept = (worker: Worker, script: string) => {
    if (!BUILT_SCRIPT.test(script)) {
      worker.onmessage = (e: MessageEvent<BotMessage>) => forward(e.data);
      return worker.postMessage(request);
    }
    const kept = keptBotGames(script, request.hash);
    const left = gamesLeft(request, kept);
    if (left.length === 0) {
      worker.terminate();
      return forward({ type: 'done', results: allResults(request, kept, []) }, true);
    }
    const played = request.games.length - left.length;
    worker.onmessage = (e: MessageEvent<BotMessage>) => {
      const m = e.data;
      if (m.type === 'progress') forward({ type: 'progress', done: played + m.done, total: request.games.length });
      else if (m.type === 'error') forward(m);
      else {
        const results: BotGameResult[] = allResults(request, kept, m.results);
        keepBotGames(script, request.hash, results);
        forward({ type: 'done', results });
      }
    };
    worker.postMessage({ ...request, games: left });
  };
  let worker: Worker | null = null;
  try {
    const started = new Worker(new URL('./botWorker.ts', import.meta.url), { type: 'module', name: 'bot-games' });
    worker = started;
    started.onmessage = (e: MessageEvent<BotWorkerHello>) => fromKept(started, e.data.script);
    started.onerror = (e) => {
      e.preventDefault(); // handled here: fall back to the page instead of reporting an error
      started.terminate();
      worker = null;
      inPage();
    };
  } catch {
    inPage();
  }
  return () => {
    stopped = true;
    worker?.terminate();
  };
}
