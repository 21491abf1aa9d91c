// The debrief's bot games are played on fixed seeds (botGames.ts), so for one scenario file and one
// build of the code that plays them their results never change: this browser keeps them, and the
// next debrief of the same scenario (another game, its replay, a class game's end) shows them at
// once instead of playing them again, the expert's among them (seconds a game on a phone).
// A set is named by the scenario's content hash and by the worker's script, whose built name
// carries a hash of its code: a new build of the bots or the rules is a new set. Read back as
// untrusted; storage that is off only means nothing is kept.
import { PLAYER_BOTS } from '../../engine';
import type { BotGameResult, BotRequest } from './botGames';
import { readStoredJson, writeStoredJson } from './storage';

export const KEPT_BOT_GAMES_KEY = 'pivot-east/bot-games';
/** The scenarios kept, the last played first. */
const MAX_SETS = 6;
/** Only the fixed seeds' games are worth keeping: the player's own seed is another each game. */
const FIXED_SEED = /^bot-\d{1,3}$/;

interface KeptSet {
  code: string;
  hash: string;
  results: BotGameResult[];
}

const gameKey = (g: { bot: string; seed: string }) => `${g.bot}/${g.seed}`;

function isResult(r: unknown): r is BotGameResult {
  if (typeof r !== 'object' || r === null) return false;
  const { bot, seed, score, ending } = r as Record<string, unknown>;
  return (PLAYER_BOTS as readonly unknown[]).includes(bot) && typeof seed === 'string' && FIXED_SEED.test(seed) && Number.isSafeInteger(score) && typeof ending === 'string' && ending.length <= 200;
}

function readSets(): KeptSet[] {
  const parsed = readStoredJson(KEPT_BOT_GAMES_KEY);
  if (!Array.isArray(parsed)) return [];
  return parsed.flatMap((s: unknown) => {
    if (typeof s !== 'object' || s === null) return [];
    const { code, hash, results } = s as Record<string, unknown>;
    if (typeof code !== 'string' || typeof hash !== 'string' || !Array.isArray(results)) return [];
    return [{ code, hash, results: results.filter(isResult) }];
  });
}

/** The kept results of the scenario `hash` played by the worker `code`, by bot and seed. */
export function keptBotGames(code: string, hash: string): Map<string, BotGameResult> {
  const set = readSets().find((s) => s.code === code && s.hash === hash);
  return new Map((set?.results ?? []).map((r) => [gameKey(r), r]));
}

/** Keeps the fixed seeds' results of the scenario `hash` played by the worker `code`, with those kept before. */
export function keepBotGames(code: string, hash: string, results: readonly BotGameResult[]): void {
  const sets = readSets();
  const before = sets.find((s) => s.code === code && s.hash === hash);
  const merged = new Map((before?.results ?? []).map((r) => [gameKey(r), r]));
  for (const r of results) if (isResult(r)) merged.set(gameKey(r), r);
  const others = sets.filter((s) => s !== before);
  writeStoredJson(KEPT_BOT_GAMES_KEY, [{ code, hash, results: [...merged.values()] }, ...others].slice(0, MAX_SETS));
}

/** The games of `request` that are not among `kept`: what is left to play. */
export function gamesLeft(request: BotRequest, kept: ReadonlyMap<string, BotGameResult>): BotRequest['games'] {
  return request.games.filter((g) => !kept.has(gameKey(g)));
}

/** Every game of `request` in its order, from `kept` or else from `played` (the games left, in their order). */
export function allResults(request: BotRequest, kept: ReadonlyMap<string, BotGameResult>, played: readonly BotGameResult[]): BotGameResult[] {
  const fresh = new Map(played.map((r) => [gameKey(r), r]));
  return request.games.map((g) => kept.get(gameKey(g)) ?? fresh.get(gameKey(g))!);
}
