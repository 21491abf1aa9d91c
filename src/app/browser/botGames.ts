// The debrief compares the player's score with seeded bot games of the same scenario. The games
// run here, in small slices, so the same code serves a Web Worker and, if workers fail, the page.
import { indexScenario, type BotName } from '../../engine';
import type { Scenario } from '../../scenario/schema';
import { playWithBot } from '../playBot';

export interface BotRequest {
  scenario: Scenario;
  hash: string;
  /** One game per (bot, seed). */
  games: { bot: BotName; seed: string }[];
}

export interface BotGameResult {
  bot: BotName;
  seed: string;
  score: number;
  ending: string;
}

export type BotMessage = { type: 'progress'; done: number; total: number } | { type: 'done'; results: BotGameResult[] } | { type: 'error'; error: string };

/**
 * The expert's games in the debrief: fewer than the quick bots' 25, as each plays thousands of
 * playthroughs (in Node, warm: about 30 ms a game of the tutorial, 300 ms of 2016, 800 ms of 2019),
 * but enough for a median that one lucky game does not make (it was 3 when a game took seconds).
 */
export const EXPERT_GAMES = 11;

/** The expert's games of the debrief, on the first fixed seeds (played apart: they are slow). */
export function expertBotGames(games = EXPERT_GAMES): BotRequest['games'] {
  return Array.from({ length: games }, (_, i) => ({ bot: 'expert' as const, seed: `bot-${i + 1}` }));
}

/** The bot games of the debrief: greedy and random, 25 fixed seeds each, the expert on EXPERT_GAMES, plus the player's seed. */
export function standardBotGames(playerSeed: string, perBot = 25, expertGames = EXPERT_GAMES): BotRequest['games'] {
  const games: BotRequest['games'] = [];
  for (const bot of ['greedy', 'random'] as const) for (let i = 1; i <= perBot; i++) games.push({ bot, seed: `bot-${i}` });
  games.push(...expertBotGames(expertGames));
  games.push({ bot: 'greedy', seed: playerSeed });
  return games;
}

/** Plays the requested games, yielding after each slice so that the caller stays responsive. */
export async function runBotGames(request: BotRequest, report: (m: BotMessage) => void, yieldEvery = 5): Promise<void> {
  try {
    const index = indexScenario(request.scenario, request.hash);
    const results: BotGameResult[] = [];
    for (const [i, g] of request.games.entries()) {
      const game = playWithBot(index, g.seed, g.bot).game();
      results.push({ bot: g.bot, seed: g.seed, score: game.ending!.score, ending: game.ending!.id });
      if ((i + 1) % yieldEvery === 0 || g.bot === 'expert') {
        report({ type: 'progress', done: i + 1, total: request.games.length });
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
    }
    report({ type: 'done', results });
  } catch (e) {
    report({ type: 'error', error: (e as Error).message });
  }
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : Math.round((sorted[mid - 1]! + sorted[mid]!) / 2);
}
