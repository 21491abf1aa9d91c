// The play-test worker: N seeded games per bot (random, then greedy) of the draft, summed up by
// the same code as `cli balance` and docs/balance.md, off the page's thread.
import { balanceReport } from '../../app/balance';
import { playRange } from '../../cli/batch/games';
import { summarizeBatch } from '../../cli/batch/report';
import { indexScenario } from '../../engine';
import type { PlayTestMessage, PlayTestRequest } from './playTestProtocol';

const post = (m: PlayTestMessage) => self.postMessage(m);

self.onmessage = (event: MessageEvent<PlayTestRequest>) => {
  const { scenario, hash, games, seedBase } = event.data;
  try {
    const index = indexScenario(scenario, hash);
    const total = 2 * games;
    const every = Math.max(1, Math.floor(games / 20));
    const [random, greedy] = (['random', 'greedy'] as const).map((bot, b) => {
      const start = performance.now();
      const summaries = playRange(index, bot, seedBase, 1, games, (i) => {
        if (i % every === 0 || i === games) post({ type: 'progress', done: b * games + i, total });
      });
      return summarizeBatch(summaries, index, { bot, seedBase, workers: 1, milliseconds: performance.now() - start });
    });
    post({ type: 'done', report: balanceReport(scenario, random!, greedy!) });
  } catch (e) {
    post({ type: 'error', error: (e as Error).message });
  }
};
