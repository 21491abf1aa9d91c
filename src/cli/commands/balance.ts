// `balance FILE`: the balance report of any scenario file (the four targets with PASS/FAIL, the
// endings, the scores, the dead turns, the turn calendar and what came into play), from seeded
// games of both bots: the same report as the editor's play-test.
// Unlike `npm run balance` it never writes docs/balance.md: it is for a scenario being written.
import { booleanArg, CliFailure, integerArg, stringArg } from '../args';
import { GameFailure } from '../batch/games';
import { table, targetCell, type BatchReport } from '../batch/report';
import { EXIT, printJson, PROGRAM, type Command } from '../command';
import type { CliIo } from '../io';
import { resolveScenario, whatFailed } from '../scenarios';
import { balanceReport, NEVER_OPEN, type BalanceReport } from '../../app/balance';
import { inPlayTables } from '../../app/inPlay';
import { plural } from '../../scenario/plural';
import { MAX_GAMES, MAX_WORKERS, progressBar, runBatch } from './batch';

export const DEFAULT_BALANCE_GAMES = 1000;
/** The seeds of `npm run balance`: with --games 2000 the figures are those of docs/balance.md. */
export const DEFAULT_BALANCE_SEED = 'balance';

const pct = (x: number) => `${x.toFixed(1)}%`;

/** The report as lines of text for a terminal. */
export function formatBalance(r: BalanceReport, file: string): string[] {
  const indent = (lines: string[]) => lines.map((l) => `  ${l}`);
  const lines = [
    `Balance of "${r.title}" ("${r.scenario}", hash ${r.hash}) from ${file}, engine ${r.engineVersion}`,
    `${plural(r.games, 'game')} per bot (random and greedy), seeds ${r.seedBase}-1 … ${r.seedBase}-${r.games}`,
    '',
    `Targets: ${r.pass ? 'all four pass' : `${r.targets.filter((t) => !t.pass).length} of 4 fail`}`,
    ...r.targets.flatMap((t) => [`  ${t.pass ? 'PASS' : 'FAIL'}  ${t.target}: ${t.figure}`, ...(t.pass ? [] : [`        what to try: ${t.advice}`])]),
    '',
    'Endings',
    ...indent(table(['ending', 'title', 'random', 'share', 'greedy', 'share'], r.endings.map((e) => [e.id, e.title, e.random.count, pct(e.random.percent), e.greedy.count, pct(e.greedy.percent)]))),
    '',
    'Scores',
    ...indent(table(['bot', 'min', 'median', 'mean', 'max'], (['random', 'greedy'] as const).map((b) => [b, r.score[b].min, r.score[b].median, r.score[b].mean, r.score[b].max]))),
    '',
    'Dead turns (the turn began with nothing the player could propose)',
    ...(r.deadTurns.length === 0
      ? ['  none: every turn of every game began with something to propose']
      : indent(table(['turn', 'months', 'random games', 'greedy games'], r.deadTurns.map((d) => [d.turn, r.calendar.turns[d.turn - 1]?.months ?? '', d.random, d.greedy])))),
    '',
    "The greedy bot's most-proposed options (share of its turns)",
    ...indent(table(['option', 'target', 'proposed', 'share', 'deals'], r.greedyPicks.map((o) => [o.id, targetCell(o), o.proposed, pct(o.share), o.agreed]))),
    `Never proposed by the greedy bot: ${r.neverProposed.length === 0 ? 'none' : r.neverProposed.join(', ')}`,
    ...(r.neverMade.length === 0 ? [] : [`Actors' moves that never happened (either bot): ${r.neverMade.map((m) => (m.open ? m.move : `${m.move} (${NEVER_OPEN})`)).join(', ')}`]),
    '',
    'Calendar',
    ...indent(table(['turn', 'months', 'dated events'], r.calendar.turns.map((t) => [t.turn, t.months, t.events.map((e) => e.id).join(', ')]))),
  ];
  if (r.calendar.outside.length > 0) lines.push(`  Dated outside the game, so they never happen: ${r.calendar.outside.map((e) => `${e.id} (${e.at})`).join(', ')}`);
  lines.push('', 'What came into play (each figure: the random bot / the greedy bot), as the editor\'s play-test shows it');
  for (const t of inPlayTables(r.inPlay)) lines.push('', t.title, `  ${t.note}`, ...indent(table(t.header.map((h) => h.toLowerCase()), t.rows)));
  return lines;
}

export const balanceCommand: Command = {
  name: 'balance',
  summary: 'the balance report of a scenario file: targets, endings, scores, dead turns',
  help: `Usage: ${PROGRAM} balance FILE [--games N] [--seed BASE] [--workers K] [--json]

Plays N seeded games with each bot (random and greedy) and reports the four
balance targets with PASS or FAIL:
  1. every ending is reached in at least 1 % of the random bot's games;
  2. no ending takes more than 60 % of the games (of either bot);
  3. the greedy bot's median score beats the random bot's;
  4. no option is proposed by the greedy bot in more than 80 % of its turns;
then the endings of each bot, the scores, the dead turns (turns that began with
nothing the player could propose: no option open, allowed and affordable), the
greedy bot's favourite options, the turn calendar (the months of each turn,
and the turn each dated event falls on), and what came into play for each bot:
every option proposed and agreed (counter-offers made, taken, declined, and
middles agreed), the actors' offers made and taken, their moves open and made
(and those that never happened), each crisis opened and how
it ended (and which trigger opened it), each flag set at the end, and each
track's values at the end. It never writes docs/balance.md: that
is npm run balance, for the shipped scenarios.

Options:
  --games N     games per bot (1 to ${MAX_GAMES}; default ${DEFAULT_BALANCE_GAMES})
  --seed BASE   the start of every game's seed (default: ${DEFAULT_BALANCE_SEED}, as npm run balance)
  --workers K   threads to play on; the results are the same for any K
  --json        print one JSON object: targets, endings, score, deadTurns,
                greedyPicks, calendar, inPlay, ...

Exit code: 0 when all four targets pass, 1 when one fails, 2 when the file is
not a valid scenario (each problem is printed as FILE:LINE: PATH: MESSAGE).

Example:
  ${PROGRAM} balance scenarios/mine.yaml --games 500`,
  options: { games: { type: 'string' }, seed: { type: 'string' }, workers: { type: 'string' }, json: { type: 'boolean' } },
  positionals: { min: 1, max: 1 },
  async run(args, io: CliIo) {
    const file = args.positionals[0]!;
    const games = integerArg(args, 'games', 'balance', 1, MAX_GAMES) ?? DEFAULT_BALANCE_GAMES;
    const workers = integerArg(args, 'workers', 'balance', 1, MAX_WORKERS);
    const seedBase = stringArg(args, 'seed') || DEFAULT_BALANCE_SEED;
    const opened = await resolveScenario(file, io.cwd);
    if (!opened.ok) throw new CliFailure(`${file}: the scenario ${whatFailed(opened)}; nothing was played`, EXIT.usage, opened.errors);
    const { loaded } = opened;
    const bar = progressBar(io);
    const batches: BatchReport[] = [];
    try {
      for (const [i, bot] of (['random', 'greedy'] as const).entries()) {
        batches.push(await runBatch(loaded, { games, bot, seedBase, workers, onProgress: (done) => bar.update(i * games + done, 2 * games) }));
      }
    } catch (e) {
      bar.clear();
      if (e instanceof GameFailure) throw new CliFailure(`${e.message}; this is a bug in the game, not in the scenario: please report it with the seed`, EXIT.internal);
      throw e;
    }
    bar.clear();
    const report = balanceReport(loaded.scenario, batches[0]!, batches[1]!);
    if (booleanArg(args, 'json')) printJson(io, { file, ...report });
    else formatBalance(report, file).forEach((line) => io.out(line));
    return report.pass ? EXIT.ok : EXIT.failed;
  },
};
