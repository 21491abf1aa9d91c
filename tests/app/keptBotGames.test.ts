// The debrief's bot games this browser keeps: read back as untrusted, named by scenario and by the
// build of the code that played them, and merged with the games left to play in the request's order.
import { describe, expect, it } from 'vitest';
import { useFakeStorage } from './fakeStorage';
import type { BotGameResult, BotRequest } from '../../src/app/browser/botGames';
import { allResults, gamesLeft, keepBotGames, keptBotGames, KEPT_BOT_GAMES_KEY } from '../../src/app/browser/keptBotGames';
import type { Scenario } from '../../src/scenario/schema';

const SCRIPT = '/assets/botWorker-1a2B3c4D.js';
const items = useFakeStorage();

const result = (bot: BotGameResult['bot'], seed: string, score: number): BotGameResult => ({ bot, seed, score, ending: 'pivot-to-nowhere' });
const request = (games: BotRequest['games']): BotRequest => ({ scenario: {} as Scenario, hash: 'h1', games });

describe('the bot games this browser keeps', () => {
  it('gives back the fixed seeds’ games of the same scenario and build, and no other', () => {
    keepBotGames(SCRIPT, 'h1', [result('expert', 'bot-1', 300), result('greedy', 'bot-2', 250), result('greedy', 'my-own-seed', 10)]);
    const kept = keptBotGames(SCRIPT, 'h1');
    expect([...kept.keys()]).toEqual(['expert/bot-1', 'greedy/bot-2']);
    expect(kept.get('expert/bot-1')!.score).toBe(300);
    // Another scenario file, or another build of the bots and rules: nothing kept.
    expect(keptBotGames(SCRIPT, 'h2').size).toBe(0);
    expect(keptBotGames('/assets/botWorker-9z8Y7x6W.js', 'h1').size).toBe(0);
  });

  it('adds to a set, keeps the last six scenarios, the last played first', () => {
    keepBotGames(SCRIPT, 'h1', [result('expert', 'bot-1', 300)]);
    keepBotGames(SCRIPT, 'h1', [result('expert', 'bot-2', 310)]);
    expect([...keptBotGames(SCRIPT, 'h1').keys()]).toEqual(['expert/bot-1', 'expert/bot-2']);
    for (let i = 2; i <= 7; i++) keepBotGames(SCRIPT, `h${i}`, [result('random', 'bot-1', i)]);
    const hashes = (JSON.parse(items().get(KEPT_BOT_GAMES_KEY)!) as { hash: string }[]).map((s) => s.hash);
    expect(hashes).toEqual(['h7', 'h6', 'h5', 'h4', 'h3', 'h2']);
  });

  it('leaves out what is malformed, and survives what is not JSON', () => {
    items().set(
      KEPT_BOT_GAMES_KEY,
      JSON.stringify([
        { code: SCRIPT, hash: 'h1', results: [result('expert', 'bot-1', 300), { bot: 'cheater', seed: 'bot-2', score: 1, ending: 'x' }, { bot: 'greedy', seed: 'bot-3', score: 1.5, ending: 'x' }, { bot: 'greedy', seed: 'bot-4', score: 2, ending: '<b>'.repeat(100) }, null] },
        { code: 1, hash: 'h1', results: [] },
        'text',
      ]),
    );
    expect([...keptBotGames(SCRIPT, 'h1').keys()]).toEqual(['expert/bot-1']);
    items().set(KEPT_BOT_GAMES_KEY, '{not json');
    expect(keptBotGames(SCRIPT, 'h1').size).toBe(0);
    keepBotGames(SCRIPT, 'h1', [result('expert', 'bot-1', 300)]);
    expect(keptBotGames(SCRIPT, 'h1').size).toBe(1);
  });

  it('plays only the games left, and gives every game back in the request’s order', () => {
    const asked = request([
      { bot: 'greedy', seed: 'bot-1' },
      { bot: 'expert', seed: 'bot-1' },
      { bot: 'greedy', seed: 'bot-2' },
      { bot: 'greedy', seed: 'my-own-seed' },
    ]);
    const kept = new Map([['expert/bot-1', result('expert', 'bot-1', 300)], ['greedy/bot-2', result('greedy', 'bot-2', 250)]]);
    const left = gamesLeft(asked, kept);
    expect(left).toEqual([{ bot: 'greedy', seed: 'bot-1' }, { bot: 'greedy', seed: 'my-own-seed' }]);
    const played = [result('greedy', 'bot-1', 200), result('greedy', 'my-own-seed', 220)];
    expect(allResults(asked, kept, played).map((r) => `${r.bot}/${r.seed}:${r.score}`)).toEqual(['greedy/bot-1:200', 'expert/bot-1:300', 'greedy/bot-2:250', 'greedy/my-own-seed:220']);
  });
});
