// A Web Worker that plays the debrief's bot games off the page's thread. It first says which
// script it is: a built script's name carries a hash of its code, under which the page keeps the
// results (keptBotGames.ts).
import { runBotGames, type BotMessage, type BotRequest } from './botGames';

self.onmessage = (event: MessageEvent<BotRequest>) => {
  void runBotGames(event.data, (message: BotMessage) => self.postMessage(message), 10);
};
self.postMessage({ type: 'hello', script: self.location.pathname } satisfies BotWorkerHello);

/** The worker's first message. */
export interface BotWorkerHello {
  type: 'hello';
  script: string;
}
