// `play`: one whole game with a bot; prints the ending, the score and the final checksum, and can
// write the game's record for `replay` or the browser.
import { playWithBot } from '../../app/playBot';
import type { GameRecord } from '../../app/record';
import { SEED_MAX_LENGTH, seedProblem } from '../../app/seed';
import { ENGINE_VERSION, PLAYER_BOTS, tracksById, type BotName, type GameState, type ScenarioIndex, type Seats } from '../../engine';
import { booleanArg, CliFailure, requiredString, stringArg, stringsArg, UsageError } from '../args';
import { seatArgs, seatsText } from '../seatArgs';
import { EXIT, printJson, PROGRAM, type Command } from '../command';
import { writeText } from '../files';
import { failedScenarioExit, resolveScenario, whatFailed } from '../scenarios';
import { formatTurns, listTurns } from '../turnListing';

export interface PlayResult {
  scenario: string;
  scenarioTitle: string;
  scenarioHash: string;
  engineVersion: string;
  seed: string;
  bot: BotName;
  /** The other states' seats held by bots (the rest are the scenario's rules). */
  seats: Record<string, string>;
  ending: string;
  endingTitle: string;
  score: number;
  turns: number;
  /** The checksum after the last turn: equal for equal games. */
  checksum: string;
  /** The player's and the world's tracks at the end, in file order. */
  tracks: Record<string, number>;
}

/** Plays a game with a bot and sums it up, with the record to save and the game at its end. */
export function playGame(index: ScenarioIndex, seed: string, bot: BotName, seats: Record<string, string> = {}): { result: PlayResult; record: GameRecord; game: GameState } {
  const session = playWithBot(index, seed, bot, {}, seats as Seats);
  const game = session.game();
  const ending = game.ending!;
  const endingTitle = index.scenario.endings.find((e) => e.id === ending.id)?.title ?? ending.id;
  const result: PlayResult = {
    scenario: index.scenario.id,
    scenarioTitle: index.scenario.title,
    scenarioHash: index.hash,
    engineVersion: ENGINE_VERSION,
    seed,
    bot,
    seats: { ...session.seats },
    ending: ending.id,
    endingTitle,
    score: ending.score,
    turns: game.turn,
    checksum: game.history.at(-1)?.checksum ?? '',
    tracks: tracksById(game.tracks, index),
  };
  return { result, record: session.record(), game };
}

export function formatPlay(r: PlayResult, index: ScenarioIndex): string[] {
  const tracks = index.scenario.tracks.map((t) => `${t.name} ${r.tracks[t.id]}`).join(', ');
  return [
    `Scenario: ${r.scenarioTitle} ("${r.scenario}", hash ${r.scenarioHash}), engine ${r.engineVersion}`,
    `Seed: "${r.seed}", bot: ${r.bot}, other seats: ${seatsText(r.seats)}`,
    `Ending: ${r.endingTitle} ("${r.ending}") after ${r.turns} turn${r.turns === 1 ? '' : 's'}`,
    `Score: ${r.score}`,
    `Tracks: ${tracks}`,
    `Final checksum: ${r.checksum}`,
  ];
}

/** A seed `replay` and the browser will read back (src/app/seed.ts), or a usage error saying why not. */
export function seedArg(seed: string, command: string): string {
  const problem = seedProblem(seed);
  if (problem !== null) throw new UsageError(`--seed: ${problem}`, command);
  return seed;
}

export function botArg(value: string, command: string): BotName {
  if ((PLAYER_BOTS as readonly string[]).includes(value)) return value as BotName;
  throw new UsageError(`unknown bot "${value}"; the bots are ${PLAYER_BOTS.slice(0, -1).join(', ')} and ${PLAYER_BOTS.at(-1)}`, command);
}

/** Loads `--scenario` or stops the command with every error of the file (exit 1; 2 when it cannot be read at all). */
export async function scenarioArg(file: string, cwd: string) {
  const opened = await resolveScenario(file, cwd);
  if (!opened.ok) throw new CliFailure(`${file}: the scenario ${whatFailed(opened)}; nothing was played`, failedScenarioExit(opened), opened.errors);
  return opened.loaded;
}

export const playCommand: Command = {
  name: 'play',
  summary: 'play one whole game with a bot and print the ending and score',
  help: `Usage: ${PROGRAM} play --scenario FILE --seed TEXT --bot random|greedy|expert [--seat ACTOR=BOT]... [--out RECORD.json] [--turns] [--json]

Plays one whole game as the scenario's player (Russia in the shipped scenarios)
with a computer player and prints the ending, the score, the number of turns
and the final checksum; with --turns, first what happened in each turn. The
same scenario, seed and bot always give the same game, on every computer.

Options:
  --scenario FILE   the scenario file, or the id of a scenario in scenarios/
  --seed TEXT       any text of at most ${SEED_MAX_LENGTH} characters, without control
                    characters; the whole class can share one
  --bot NAME        random (picks affordable options at random) or
                    greedy (picks the options with the best expected gain)
                    or expert (plays each candidate plan out over dice of
                    its own and picks the best; seconds a game)
  --seat ACTOR=BOT  who plays another state: rule (the scenario's own rules,
                    the default), random, greedy or expert (a bot playing
                    for that state's interests; the expert plays each of
                    the seat's questions out over dice of its own); repeat
                    for more states
  --out FILE        also save the game record (JSON), for "replay" or the browser
  --turns           also list each turn: the news, the offers and answers, the
                    proposals with each answer's chance and roll, the other
                    states' moves, the crises, the agreements, and the capital
                    and tracks at the turn's end
  --json            print one JSON object instead of text (with --turns, a
                    "turnList" of {turn, date, entries: [{kind, text}], end})

Examples:
  ${PROGRAM} play --scenario scenarios/tutorial.yaml --seed class-3b --bot greedy --out game.json
  ${PROGRAM} play --scenario scenarios/tutorial.yaml --seed class-3b --bot greedy --turns`,
  options: { scenario: { type: 'string' }, seed: { type: 'string' }, bot: { type: 'string' }, seat: { type: 'string', multiple: true }, out: { type: 'string' }, turns: { type: 'boolean' }, json: { type: 'boolean' } },
  positionals: { min: 0, max: 0 },
  async run(args, io) {
    const file = requiredString(args, 'scenario', 'play');
    const seed = seedArg(requiredString(args, 'seed', 'play'), 'play');
    const bot = botArg(requiredString(args, 'bot', 'play'), 'play');
    const out = stringArg(args, 'out');
    const loaded = await scenarioArg(file, io.cwd);
    const seats = seatArgs(stringsArg(args, 'seat'), loaded.index, 'play');
    const { result, record, game } = playGame(loaded.index, seed, bot, seats);
    if (out !== undefined) {
      await writeText(out, `${JSON.stringify(record, null, 2)}\n`, io.cwd, EXIT.failed);
    }
    const turns = booleanArg(args, 'turns') ? listTurns(loaded.index, game) : null;
    if (booleanArg(args, 'json')) printJson(io, { ...result, ...(out !== undefined ? { record: out } : {}), ...(turns ? { turnList: turns } : {}) });
    else {
      if (turns) [...formatTurns(loaded.index, turns), ''].forEach((line) => io.out(line));
      formatPlay(result, loaded.index).forEach((line) => io.out(line));
      if (out !== undefined) io.out(`Record saved to ${out}`);
    }
    return EXIT.ok;
  },
};
