// `npm run bench`: how fast the game runs. For the test fixture and every scenario in scenarios/,
// with each bot: whole games through the statechart (games per second), the same games made by
// calling the engine directly, the engine alone replaying the recorded events (no bot, no XState),
// and the verification of a record (parse + replay through the statechart). Measures, never asserts.
//
//   npm run bench                     the table and one line per figure for the README
//   npm run bench -- --json           one JSON object
//   npm run bench -- --games 500      games per scenario and bot (default 200)
//   npm run bench -- --rounds 9       rounds per measure, the fastest kept (default 5)
//   npm run bench -- --quick          a fast, rougher run (50 games, one round, no warm-up)
//   npm run bench -- --warm-ms 2000   each measure run for this long before its rounds (default 1000)
//   npm run bench -- --profile        also a CPU profile: share of the time in src/engine, XState...
//   npm run bench -- --browser        then run bench/browser/run.ts (the browser bench), if present
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { playWithBot } from '../src/app/playBot';
import { parseRecord, type GameRecord } from '../src/app/record';
import { replayRecord } from '../src/app/replay';
import { openScenario, scenarioFiles } from '../src/cli/scenarios';
import { BOT_NAMES, ENGINE_VERSION, type BotName, type GameState, type ScenarioIndex } from '../src/engine';
import { fixtureIndex } from '../tests/engine/fixture';
import { playEngineOnly, replayEngineOnly } from './engine';
import { adviceLine, measureAdvice, type AdviceFigure } from './advice';
import { worstAcceptedLine } from './worstAccepted';
import { hostileFilesLine } from './hostileFiles';
import { allocatedBytes, profileShares, type ProfileShares } from './engineProfile';
import { stateShapes, type Shapes } from './stateShapes';

interface Figures {
  scenario: string;
  bot: BotName;
  games: number;
  turnsPerGame: number;
  /** Whole games with the bot through the game statechart (playWithBot). */
  gamesPerSecond: number;
  statechartMsPerGame: number;
  /** The same games, engine functions and bot called directly (no XState). */
  engineWithBotMsPerGame: number;
  /** The recorded events replayed with engine functions only (no bot, no XState): the rules' own time. */
  engineOnlyMsPerGame: number;
  /** Share of a game's time (with the bot) spent in the statechart layer: 1 − direct / statechart. */
  statechartOverheadPercent: number;
  /** parseRecord + replayRecord of a record's JSON text: what `replay` and the browser's load do. */
  replayMsPerRecord: number;
  /** The direct runs reached exactly the statechart's checksums (else the timings compare different work). */
  sameGames: boolean;
  profile?: ProfileShares;
  /** With --profile: kilobytes allocated per game through the statechart (allocatedBytes), warm. */
  kbPerGame?: number;
  /** With --profile: V8's hidden classes among the states of the first 20 games, their actors, agreements and crises (stateShapes.ts). */
  stateShapes?: Shapes;
}

const { values: flags } = parseArgs({
  options: {
    games: { type: 'string' },
    rounds: { type: 'string' },
    json: { type: 'boolean' },
    quick: { type: 'boolean' },
    profile: { type: 'boolean' },
    'warm-ms': { type: 'string' },
    browser: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  },
  strict: true,
});
if (flags.help) {
  console.log('Usage: npm run bench -- [--games N] [--rounds R] [--warm-ms MS] [--quick] [--profile] [--json] [--browser]');
  process.exit(0);
}
const GAMES = Number(flags.games ?? (flags.quick ? 50 : 200));
const ROUNDS = Number(flags.rounds ?? (flags.quick ? 1 : 5));
/**
 * How long each measure runs before its timed rounds. The 50 warm-up games below bring the
 * statechart's code to speed but not the engine-alone replay's, whose first rounds were still
 * being optimized: in a new process, 2019's greedy replay took 0.12–0.44 ms a game over its first
 * five rounds of 200 and 0.102–0.11 from the tenth on (docs/speed.md, 7 December).
 */
const WARM_MS = Number(flags['warm-ms'] ?? (flags.quick ? 0 : 1000));
for (const [name, value, least] of [['games', GAMES, 1], ['rounds', ROUNDS, 1], ['warm-ms', WARM_MS, 0]] as const) {
  if (!Number.isInteger(value) || value < least) {
    console.error(`--${name} must be a whole number of at least ${least}, not "${flags[name]}"`);
    process.exit(2);
  }
}

const lastChecksum = (g: GameState) => g.history.at(-1)?.checksum ?? '';
const round = (x: number, digits = 3) => Math.round(x * 10 ** digits) / 10 ** digits;

async function measure(name: string, index: ScenarioIndex, bot: BotName): Promise<Figures> {
  const seeds = Array.from({ length: GAMES }, (_, i) => `bench-${i + 1}`);
  // Warm up the JIT on other seeds, and keep the records of the measured games for the replays.
  for (let i = 0; i < Math.min(50, GAMES); i++) playWithBot(index, `warm-${i}`, bot);
  const records: GameRecord[] = seeds.map((seed) => playWithBot(index, seed, bot).record());
  const texts = records.map((r) => JSON.stringify(r));
  const expected = records.map((r) => r.checksums.at(-1) ?? '');
  const turns = records.reduce((n, r) => n + r.checksums.length, 0) / GAMES;

  let same = true;
  const work = {
    statechart: () => seeds.forEach((seed) => playWithBot(index, seed, bot)),
    direct: () =>
      seeds.forEach((seed, i) => {
        if (lastChecksum(playEngineOnly(index, seed, bot)) !== expected[i]) same = false;
      }),
    engineOnly: () =>
      records.forEach((record, i) => {
        if (lastChecksum(replayEngineOnly(index, record)) !== expected[i]) same = false;
      }),
    replay: () =>
      texts.forEach((text) => {
        const parsed = parseRecord(text);
        if (!parsed.ok || !replayRecord(parsed.record, index).ok) same = false;
      }),
  };
  for (const run of Object.values(work)) {
    for (const t0 = performance.now(); performance.now() - t0 < WARM_MS; ) run();
  }
  // The rounds take turns over the four measures, so that other work on the machine disturbs them
  // alike; each keeps its fastest round, the least disturbed.
  const best = { statechart: Infinity, direct: Infinity, engineOnly: Infinity, replay: Infinity };
  for (let r = 0; r < ROUNDS; r++) {
    for (const key of Object.keys(work) as (keyof typeof work)[]) {
      const t0 = performance.now();
      work[key]();
      best[key] = Math.min(best[key], performance.now() - t0);
    }
  }
  const { statechart, direct, engineOnly, replay } = best;
  const playAll = () => seeds.forEach((seed) => playWithBot(index, seed, bot));
  const profile = flags.profile ? await profileShares(playAll) : undefined;
  const kbPerGame = flags.profile ? round((await allocatedBytes(playAll)) / GAMES / 1000, 1) : undefined;
  const shapes = flags.profile ? stateShapes(index, seeds.slice(0, 20), bot) : undefined;
  return {
    scenario: name,
    bot,
    games: GAMES,
    turnsPerGame: round(turns, 2),
    gamesPerSecond: round((1000 * GAMES) / statechart, 1),
    statechartMsPerGame: round(statechart / GAMES),
    engineWithBotMsPerGame: round(direct / GAMES),
    engineOnlyMsPerGame: round(engineOnly / GAMES),
    statechartOverheadPercent: round(100 * (1 - direct / statechart), 1),
    replayMsPerRecord: round(replay / GAMES),
    sameGames: same,
    ...(profile ? { profile, kbPerGame, stateShapes: shapes } : {}),
  };
}

async function scenarios(): Promise<{ name: string; index: ScenarioIndex }[]> {
  const list = [{ name: 'fixture (tests)', index: fixtureIndex() }];
  for (const file of await scenarioFiles(process.cwd())) {
    const opened = await openScenario(file, process.cwd());
    if (opened.ok) list.push({ name: opened.loaded.scenario.id, index: opened.loaded.index });
    else console.error(`skipped ${file}: not a valid scenario (${opened.errors.length} errors; see: npm run cli -- validate ${file})`);
  }
  return list;
}

function table(rows: Figures[]): string[] {
  const header = ['scenario', 'bot', 'turns', 'games/s', 'ms/game', 'engine+bot ms', 'engine-only ms', 'XState %', 'replay ms', 'same'];
  const cells = rows.map((f) => [
    f.scenario,
    f.bot,
    String(f.turnsPerGame),
    f.gamesPerSecond.toFixed(0),
    f.statechartMsPerGame.toFixed(2),
    f.engineWithBotMsPerGame.toFixed(2),
    f.engineOnlyMsPerGame.toFixed(2),
    f.statechartOverheadPercent.toFixed(0),
    f.replayMsPerRecord.toFixed(2),
    f.sameGames ? 'yes' : 'NO',
  ]);
  const widths = header.map((h, c) => Math.max(h.length, ...cells.map((r) => r[c]!.length)));
  const line = (r: string[]) => r.map((cell, c) => (c < 2 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)];
}

function readmeLines(rows: Figures[]): string[] {
  return rows.flatMap((f) => [
    `- ${f.scenario}, ${f.bot} bot: ${f.gamesPerSecond.toFixed(0)} games/s through the statechart (${f.statechartMsPerGame.toFixed(2)} ms per ${f.turnsPerGame}-turn game); ` +
      `engine alone ${f.engineOnlyMsPerGame.toFixed(2)} ms/game (${f.engineWithBotMsPerGame.toFixed(2)} ms with the bot's choices); ` +
      `replay check ${f.replayMsPerRecord.toFixed(2)} ms/record`,
    ...(f.profile
      ? [
          `  CPU profile: rules (src/engine) ${f.profile.engine}%, bot ${f.profile.bots}%, XState ${f.profile.xstate}%, src/machines+app ${f.profile.machinesAndApp}%, seedrandom ${f.profile.seedrandom}%, GC ${f.profile.gc}%, other (V8, profiler) ${f.profile.other}%; ` +
            `${f.kbPerGame} KB allocated per game; V8's hidden classes: ${f.stateShapes!.states} of game states (1 is right), ${f.stateShapes!.actors} of actors (1), ${f.stateShapes!.agreements} of agreements (2 at most), ${f.stateShapes!.crises} of crises (1 at most), ${f.stateShapes!.lists} of one list field's lists at most (1; ${f.stateShapes!.mostShapedList})`,
        ]
      : []),
  ]);
}

function environment() {
  return {
    node: process.version,
    engineVersion: ENGINE_VERSION,
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: availableParallelism(),
    loadAverage: loadavg().map((x) => round(x, 2)),
    games: GAMES,
    rounds: ROUNDS,
  };
}

/** The browser bench is another module's (bench/browser/); this is only its hook. */
function runBrowserBench(json: boolean): unknown {
  const script = fileURLToPath(new URL('./browser/run.ts', import.meta.url));
  if (!existsSync(script)) {
    const note = 'bench/browser/run.ts does not exist yet; no browser figures';
    if (!json) console.log(`\n${note}`);
    return { skipped: note };
  }
  const args = ['--import', 'tsx', script, ...(json ? ['--json'] : [])];
  if (!json) {
    console.log('\nBrowser bench (bench/browser/run.ts)');
    return { exitCode: spawnSync(process.execPath, args, { stdio: 'inherit' }).status };
  }
  const run = spawnSync(process.execPath, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    return JSON.parse(run.stdout);
  } catch {
    return { exitCode: run.status, output: run.stdout };
  }
}

const rows: Figures[] = [];
for (const { name, index } of await scenarios()) {
  for (const bot of BOT_NAMES) {
    if (!flags.json) process.stderr.write(`measuring ${name} with the ${bot} bot…\n`);
    rows.push(await measure(name, index, bot));
  }
}
// The advisor: the heaviest shipped scenario only (its rounds are long; the fastest of 2 is kept).
let advice: AdviceFigure | undefined;
for (const { name, index } of await scenarios()) if (name.startsWith('other-asia-2019')) advice = await measureAdvice(name, index, Math.min(ROUNDS, 2), flags.profile);
const env = environment();
if (flags.json) {
  const browser = flags.browser ? runBrowserBench(true) : undefined;
  console.log(JSON.stringify({ environment: env, results: rows, ...(advice ? { advice } : {}), ...(browser !== undefined ? { browser } : {}) }, null, 2));
} else {
  console.log(`Pivot East bench: engine ${env.engineVersion}, Node ${env.node}, ${env.cpu} (${env.cores} cores, load ${env.loadAverage.join(' ')}), ${GAMES} games per row, fastest of ${ROUNDS} round${ROUNDS === 1 ? '' : 's'} after ${WARM_MS / 1000} s of each measure`);
  console.log('');
  table(rows).forEach((l) => console.log(l));
  console.log('');
  console.log('games/s, ms/game: whole games with the bot through the game statechart (what play and batch do)');
  console.log('engine+bot ms: the same games calling the engine directly; engine-only ms: the recorded events');
  console.log('replayed with engine calls only (the rules themselves); XState %: share of a game spent in the');
  console.log('statechart layer; replay ms: parse a record and verify every turn; same: the direct runs gave the');
  console.log('very same checksums as the statechart.');
  console.log('');
  console.log('For the README:');
  readmeLines(rows).forEach((l) => console.log(l));
  console.log(worstAcceptedLine());
  console.log(hostileFilesLine());
  if (advice) console.log(adviceLine(advice));
  if (flags.browser) runBrowserBench(false);
}
if (rows.some((r) => !r.sameGames)) {
  console.error('warning: a direct engine run did not reach the statechart\'s checksums; the engine-only figures time different work');
  process.exitCode = 1;
}
