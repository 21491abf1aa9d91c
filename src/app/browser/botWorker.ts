// A Web Worker that plays the debrief's bot games off the page's thread.
import { runBotGames, type BotMessage, type BotRequest } from './botGames';

self.onmessage = (event: MessageEvent<BotRequest>) => {
  void runBotGames(event.data, (message: BotMessage) => self.postMessage(message), 10);
};
