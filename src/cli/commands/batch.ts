// `batch`: many seeded bot games of one scenario; the distribution of endings and scores, the
// speed, and which options the bot reaches for (for balancing a scenario, and for teachers).
import { performance } from 'node:perf_hooks';
import { booleanArg, CliFailure, integerArg, requiredString, stringArg, stringsArg, UsageError } from '../args';
import { SEED_MAX_LENGTH } from '../../app/seed';
import { seatArgs } from '../seatArgs';
import { playBatch, WORKERS_FROM_GAMES } from '../batch/pool';
import { GameFailure } from '../batch/games';
import { formatBatch, summarizeBatch, type BatchReport } from '../batch/report';
import { EXIT, printJson, PROGRAM, type Command } from '../command';
import type { CliIo } from '../io';
import type { LoadedScenario } from '../scenarios';
import type { BotName, SeatBot } from '../../engine';
import { botArg, scenarioArg, seedArg } from './play';

export const MAX_GAMES = 1_000_000;
export const MAX_WORKERS = 64;

export interface BatchOptions {
  games: number;
  bot: BotName;
  /** Bots in other states' seats (the rules' by default). */
  seats?: Record<string, SeatBot>;
  seedBase?: string;
  /** Default: worker threads (as many as cores, at most 4) for 200 games or more, when they pay off. */
  workers?: number;
  onProgress?: (done: number, total: number) => void;
}

/** Plays the batch and sums it up. The report is the same for any number of workers, but the time. */
export async function runBatch(loaded: Pick<LoadedScenario, 'scenario' | 'hash' | 'index'>, options: BatchOptions): Promise<BatchReport> {
  const seedBase = options.seedBase ?? 'batch';
  const start = performance.now();
  const seats = options.seats ?? {};
  const { summaries, workers } = await playBatch({ loaded, bot: options.bot, seats, seedBase, games: options.games, workers: options.workers, onProgress: options.onProgress });
  const milliseconds = performance.now() - start;
  return { ...summarizeBatch(summaries, loaded.index, { bot: options.bot, seedBase, workers, milliseconds }), seats };
}

/** A progress bar on standard error, redrawn at most ten times a second; only on a terminal. */
export function progressBar(io: CliIo): { update: (done: number, total: number) => void; clear: () => void } {
  if (!io.interactive) return { update: () => undefined, clear: () => undefined };
  let last = 0;
  let drawn = false;
  return {
    update(done, total) {
      const now = performance.now();
      if (now - last < 100 && done < total) return;
      last = now;
      const width = 30;
      const filled = Math.round((width * done) / total);
      io.progress(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} games`);
      drawn = true;
    },
    clear: () => drawn && io.progress('\r\x1b[K'),
  };
}

export const batchCommand: Command = {
  name: 'batch',
  summary: 'play many seeded bot games and report endings, scores and speed',
  help: `Usage: ${PROGRAM} batch --scenario FILE --games N --bot random|greedy|expert [--seat ACTOR=BOT]... [--seed BASE] [--workers K] [--json]

Plays N games with a bot, seeds BASE-1 ... BASE-N (BASE is "batch" unless
given), and reports how often each ending came out, the scores (min, median,
mean, max), how many games per second were played, and how often the bot
proposed each option and made a deal of it: an option the greedy bot never
picks, or always picks, is worth a second look when balancing a scenario.
Game i can be watched again with: play --seed BASE-i.

Options:
  --scenario FILE   the scenario file, or the id of a scenario in scenarios/
  --games N         how many games (1 to ${MAX_GAMES})
  --bot NAME        random, greedy or expert (much slower: it plans by playthroughs)
  --seat ACTOR=BOT  who plays another state: rule (the default), random,
                    greedy or expert (plays each of the seat's questions out;
                    slower); repeat for more states
  --seed BASE       the start of every game's seed (default: batch)
  --workers K       threads to play on; the results are the same for any K.
                    Default: from ${WORKERS_FROM_GAMES} games on, as many as the computer has
                    cores (at most 4) when the batch is long enough to gain
                    from them, else one
  --json            print one JSON object: games, endings, score, gamesPerSecond,
                    optionPicks, ...

Example:
  ${PROGRAM} batch --scenario scenarios/tutorial.yaml --games 2000 --bot greedy`,
  options: { scenario: { type: 'string' }, games: { type: 'string' }, bot: { type: 'string' }, seat: { type: 'string', multiple: true }, seed: { type: 'string' }, workers: { type: 'string' }, json: { type: 'boolean' } },
  positionals: { min: 0, max: 0 },
  async run(args, io) {
    const file = requiredString(args, 'scenario', 'batch');
    requiredString(args, 'games', 'batch');
    const games = integerArg(args, 'games', 'batch', 1, MAX_GAMES)!;
    const bot = botArg(requiredString(args, 'bot', 'batch'), 'batch');
    const workers = integerArg(args, 'workers', 'batch', 1, MAX_WORKERS);
    const seedBase = stringArg(args, 'seed');
    // The longest seed of the batch, BASE-N, must be one `play` and `replay` take; a base too long is said as such.
    if (seedBase !== undefined) {
      seedArg(seedBase, 'batch');
      const suffix = `-${games}`.length;
      if (seedBase.length + suffix > SEED_MAX_LENGTH) throw new UsageError(`--seed: the games' seeds are the base and "-${games}" at most, so the base may have ${SEED_MAX_LENGTH - suffix} characters; this one has ${seedBase.length}`, 'batch');
    }
    const loaded = await scenarioArg(file, io.cwd);
    const seats = seatArgs(stringsArg(args, 'seat'), loaded.index, 'batch');
    const bar = progressBar(io);
    let report: BatchReport;
    try {
      report = await runBatch(loaded, { games, bot, seats, seedBase, workers, onProgress: bar.update });
    } catch (e) {
      bar.clear();
      if (e instanceof GameFailure) throw new CliFailure(`${e.message}; this is a bug in the game, not in the scenario: please report it with the seed`, EXIT.internal);
      throw e;
    }
    bar.clear();
    if (booleanArg(args, 'json')) printJson(io, report);
    else formatBatch(report).forEach((line) => io.out(line));
    return EXIT.ok;
  },
};
