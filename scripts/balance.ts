// `npm run balance`: plays seeded bot games of every scenario in scenarios/ (2,000 with the random
// bot and 2,000 with the greedy bot by default), checks the four balance targets and writes
// docs/balance.md. Anyone can re-run it and get the same figures: game i of a batch has the seed
// `balance-i`, whatever the number of threads, and the report names the engine version and the
// scenario's content hash.
//
//   npx tsx scripts/balance.ts                         every scenario, rewrite docs/balance.md
//   npx tsx scripts/balance.ts --scenario scenarios/tutorial.yaml
//                                                      that scenario's section only; the others stay
//   npx tsx scripts/balance.ts --dry-run               print the figures, write nothing
//   options: --games N (default 2000), --seed BASE (default balance), --workers K, --out FILE,
//            --expert-games N (default 250, or --games if fewer; 0 leaves the expert out): the expert and, for a fair
//            comparison, the greedy bot again on the same first N seeds (250 rather than 50: on 50 seeds
//            the 2016 medians moved by ±10 with the dice alone)
//
// The hand-written part of docs/balance.md, between `<!-- tuning notes -->` and
// `<!-- end tuning notes -->`, is kept as it is whenever the file is regenerated. Exit code 0 when
// every target of the scenarios played passes, 1 when one fails, 2 on a usage or scenario error.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { basename, dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runBatch } from '../src/cli/commands/batch';
import type { BatchReport } from '../src/cli/batch/report';
import { isScenarioFileName, openScenario, type LoadedScenario } from '../src/cli/scenarios';
import { ENGINE_VERSION } from '../src/engine';
import { balanceReport, TARGETS, type BalanceReport } from '../src/app/balance';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SCENARIO_DIR = resolve(ROOT, 'scenarios');

export const NOTES_BEGIN = '<!-- tuning notes -->';
export const NOTES_END = '<!-- end tuning notes -->';
const sectionBegin = (id: string) => `<!-- balance:begin ${id} -->`;
const sectionEnd = (id: string) => `<!-- balance:end ${id} -->`;
const SECTION = /<!-- balance:begin ([a-z][a-z0-9-]*) -->\n[\s\S]*?<!-- balance:end \1 -->/g;

export interface ScenarioBalance {
  file: string;
  random: BatchReport;
  greedy: BatchReport;
  /** The expert and the greedy bot on the same first seeds; absent with --expert-games 0. */
  expert?: { expert: BatchReport; greedy: BatchReport };
  /** The targets, endings, scores and picks, as the command line and the editor show them too. */
  report: BalanceReport;
}

const pct = (x: number) => `${x.toFixed(1)} %`;

/** A Markdown table; cells must not contain `|`. */
function mdTable(header: readonly string[], rows: readonly (readonly (string | number)[])[], align: readonly ('l' | 'r')[]): string[] {
  return [
    `| ${header.join(' | ')} |`,
    `|${align.map((a) => (a === 'r' ? '---:' : ':---')).join('|')}|`,
    ...rows.map((r) => `| ${r.map(String).join(' | ')} |`),
  ];
}

/** The expert beside the greedy bot on the same seeds: the issue's target is a median 10 % higher. */
function expertLines(b: ScenarioBalance): string[] {
  if (!b.expert) return [];
  const { expert, greedy } = b.expert;
  const gain = greedy.score.median === 0 ? 0 : (100 * (expert.score.median - greedy.score.median)) / Math.abs(greedy.score.median);
  return [
    '',
    `### The expert`,
    '',
    `The expert plans each turn by playthroughs (each candidate plan finished by the greedy bot over dice of its own; see \`src/engine/expertBot.ts\`). ` +
      `It played ${expert.games} games, seeds \`${expert.firstSeed}\` … \`${expert.lastSeed}\`, in ${expert.seconds.toFixed(0)} s; the greedy bot on the same seeds for comparison.`,
    '',
    ...mdTable(
      ['bot', 'games', 'min', 'median', 'mean', 'max'],
      [expert, greedy].map((r) => [r.bot, r.games, r.score.min, r.score.median, r.score.mean, r.score.max]),
      ['l', 'r', 'r', 'r', 'r', 'r'],
    ),
    '',
    `Median score: the expert ${expert.score.median}, the greedy bot ${greedy.score.median} on the same seeds: ${gain >= 0 ? '+' : ''}${gain.toFixed(1)} % (target: +10 %). ` +
      `Endings of the expert's games: ${expert.endingTable.filter((e) => e.count > 0).map((e) => `\`${e.id}\` ${e.count}`).join(', ')}.`,
  ];
}

/** The generated section of one scenario, between its markers. */
export function renderSection(b: ScenarioBalance): string {
  const { random, greedy } = b;
  const lines: string[] = [
    sectionBegin(random.scenario),
    `## ${random.scenarioTitle}`,
    '',
    `File \`${b.file}\`, scenario id \`${random.scenario}\`, scenario hash \`${random.scenarioHash}\`, engine ${random.engineVersion}. ` +
      `${random.games} games per bot, seeds \`${random.firstSeed}\` … \`${random.lastSeed}\` for each bot ` +
      `(the random bot draws its own choices from a generator seeded with the game's seed). ` +
      `Fingerprints of the batches (a hash of every game's last checksum): random \`${random.fingerprint}\`, greedy \`${greedy.fingerprint}\`.`,
    '',
    `Re-run one batch: \`npm run --silent cli -- batch --scenario ${b.file} --games ${random.games} --bot random --seed ${random.seedBase}\`.`,
    '',
    '### Targets',
    '',
    ...mdTable(
      ['target', 'figure', 'result'],
      b.report.targets.map((c) => [c.target, c.figureMarkdown, c.pass ? '**PASS**' : '**FAIL**']),
      ['l', 'l', 'l'],
    ),
    '',
    '### Endings',
    '',
    ...mdTable(
      ['ending', 'title', 'random bot', 'random %', 'greedy bot', 'greedy %'],
      b.report.endings.map((e) => [`\`${e.id}\``, e.title, e.random.count, pct(e.random.percent), e.greedy.count, pct(e.greedy.percent)]),
      ['l', 'l', 'r', 'r', 'r', 'r'],
    ),
    '',
    '### Scores',
    '',
    ...mdTable(
      ['bot', 'min', 'median', 'mean', 'max'],
      [random, greedy].map((r) => [r.bot, r.score.min, r.score.median, r.score.mean, r.score.max]),
      ['l', 'r', 'r', 'r', 'r'],
    ),
    ...expertLines(b),
    '',
    "### The greedy bot's most-picked options",
    '',
    `Share = turns in which the greedy bot proposed the option, out of its ${greedy.turns.total} turns; deals = accepted or counter-offer taken.`,
    '',
    ...mdTable(
      ['option', 'target', 'proposed', 'share', 'deals'],
      b.report.greedyPicks.map((o) => [`\`${o.id}\``, o.target, o.proposed, pct(o.share), o.agreed]),
      ['l', 'l', 'r', 'r', 'r'],
    ),
  ];
  const never = b.report.neverProposed.map((id) => `\`${id}\``);
  lines.push('', `Never proposed by the greedy bot: ${never.length === 0 ? 'none' : never.join(', ')}.`);
  lines.push(sectionEnd(random.scenario));
  return lines.join('\n');
}

const HEADER = `# Balance report

Generated by \`npm run balance\` (\`scripts/balance.ts\`); do not edit the generated sections by
hand, re-run the command instead. Only the tuning notes below are written by hand: the command
keeps everything between \`${NOTES_BEGIN}\` and \`${NOTES_END}\` as it is.

For each scenario in \`scenarios/\`, the command plays seeded games with the two bots of the
engine: the **random** bot (proposes affordable options at random, and one time in four saves its
capital) and the **greedy** bot (proposes the options with the best expected gain in score per
unit of capital, judged on the present state). The **expert** (plans by playthroughs, about a
thousand times slower) plays the first seeds only, beside the greedy bot on the same seeds. The
targets are:

1. every ending is reached in at least ${TARGETS.rarestEnding} % of the random bot's games;
2. no ending takes more than ${TARGETS.commonestEnding} % of the games (of either bot);
3. the greedy bot's median score beats the random bot's;
4. no option is proposed by the greedy bot in more than ${TARGETS.topOption} % of its turns.

Regenerate everything with \`npm run balance\`, or one scenario's section with
\`npx tsx scripts/balance.ts --scenario scenarios/FILE.yaml\` (the other sections are kept).
`;

const NOTES_PLACEHOLDER = `${NOTES_BEGIN}
## How the scenarios were tuned

(Hand-written: what was changed in each scenario to meet the targets, and why.)
${NOTES_END}`;

/** The whole document: header, preserved notes, then the sections in file-name order. */
export function renderDocument(previous: string | null, sections: ReadonlyMap<string, { file: string; text: string }>): string {
  const notes = extractNotes(previous) ?? NOTES_PLACEHOLDER;
  const ordered = [...sections.values()].sort((a, b) => a.file.localeCompare(b.file)).map((s) => s.text);
  return `${HEADER}\n${notes}\n\n${ordered.join('\n\n')}\n`;
}

/** The hand-written notes, markers included: each marker alone on its line (the header only quotes them). */
export function extractNotes(text: string | null): string | null {
  if (text === null) return null;
  const lines = text.split('\n');
  const begin = lines.findIndex((l) => l.trim() === NOTES_BEGIN);
  const end = lines.findIndex((l, i) => i > begin && l.trim() === NOTES_END);
  return begin >= 0 && end > begin ? lines.slice(begin, end + 1).join('\n') : null;
}

/** The generated sections of an existing report, by scenario id, with the file each names. */
export function existingSections(text: string | null): Map<string, { file: string; text: string }> {
  const out = new Map<string, { file: string; text: string }>();
  if (text === null) return out;
  for (const m of text.matchAll(SECTION)) {
    const file = /File `([^`]+)`/.exec(m[0])?.[1] ?? m[1]!;
    out.set(m[1]!, { file, text: m[0] });
  }
  return out;
}

function usage(message: string): never {
  process.stderr.write(`balance: ${message}\nUsage: npx tsx scripts/balance.ts [--scenario FILE]... [--games N] [--seed BASE] [--workers K] [--out FILE] [--dry-run]\n`);
  process.exit(2);
}

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      options: {
        scenario: { type: 'string', multiple: true },
        games: { type: 'string', default: '2000' },
        seed: { type: 'string', default: 'balance' },
        workers: { type: 'string' },
        out: { type: 'string', default: 'docs/balance.md' },
        'dry-run': { type: 'boolean', default: false },
        'expert-games': { type: 'string' },
      },
      allowPositionals: false,
    });
  } catch (e) {
    usage(e instanceof Error ? e.message : String(e));
  }
  const { values } = parsed;
  const games = Number(values.games);
  if (!Number.isInteger(games) || games < 1 || games > 1_000_000) usage(`--games must be a whole number from 1 to 1000000, got "${values.games}"`);
  const expertGames = values['expert-games'] === undefined ? Math.min(250, games) : Number(values['expert-games']);
  if (!Number.isInteger(expertGames) || expertGames < 0 || expertGames > games) usage(`--expert-games must be a whole number from 0 to --games, got "${values['expert-games']}"`);
  const workers = values.workers === undefined ? undefined : Number(values.workers);
  if (workers !== undefined && (!Number.isInteger(workers) || workers < 1 || workers > 64)) usage(`--workers must be a whole number from 1 to 64, got "${values.workers}"`);

  const { readdirSync } = await import('node:fs');
  const all = readdirSync(SCENARIO_DIR)
    .filter(isScenarioFileName)
    .sort()
    .map((n) => relative(ROOT, resolve(SCENARIO_DIR, n)));
  const chosen = values.scenario?.map((f) => relative(ROOT, resolve(process.cwd(), f))) ?? all;
  if (chosen.length === 0) usage('no scenario files found in scenarios/');

  const outPath = resolve(ROOT, values.out);
  const previous = existsSync(outPath) ? readFileSync(outPath, 'utf8') : null;
  // A full run rewrites every section (and drops those of deleted scenarios); --scenario keeps the others.
  const sections = values.scenario ? existingSections(previous) : new Map<string, { file: string; text: string }>();

  let failed = false;
  const started = performance.now();
  for (const file of chosen) {
    const opened = await openScenario(file, ROOT);
    if (!opened.ok) {
      process.stderr.write(`${opened.errors.join('\n')}\n`);
      return 2;
    }
    const loaded: LoadedScenario = opened.loaded;
    const reports: Partial<Record<'random' | 'greedy', BatchReport>> = {};
    for (const bot of ['random', 'greedy'] as const) {
      reports[bot] = await runBatch(loaded, { games, bot, seedBase: values.seed, workers });
      process.stdout.write(`${basename(file)}: ${games} ${bot} games in ${reports[bot]!.seconds.toFixed(1)} s (${reports[bot]!.workers} thread${reports[bot]!.workers === 1 ? '' : 's'})\n`);
    }
    let expert: ScenarioBalance['expert'];
    if (expertGames > 0) {
      expert = {
        expert: await runBatch(loaded, { games: expertGames, bot: 'expert', seedBase: values.seed, workers }),
        greedy: await runBatch(loaded, { games: expertGames, bot: 'greedy', seedBase: values.seed, workers }),
      };
      process.stdout.write(`${basename(file)}: ${expertGames} expert games in ${expert.expert.seconds.toFixed(1)} s; median ${expert.expert.score.median} against the greedy bot's ${expert.greedy.score.median} on the same seeds\n`);
    }
    const balance: ScenarioBalance = { file, random: reports.random!, greedy: reports.greedy!, expert, report: balanceReport(loaded.scenario, reports.random!, reports.greedy!) };
    for (const c of balance.report.targets) {
      process.stdout.write(`  ${c.pass ? 'PASS' : 'FAIL'}  ${c.target}: ${c.figure}\n`);
      if (!c.pass) failed = true;
    }
    sections.set(loaded.scenario.id, { file, text: renderSection(balance) });
  }
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(`${chosen.length} scenario(s), ${chosen.length * 2 * games} games in ${seconds.toFixed(1)} s (engine ${ENGINE_VERSION})\n`);
  if (!values['dry-run']) {
    writeFileSync(outPath, renderDocument(previous, sections));
    process.stdout.write(`wrote ${relative(process.cwd(), outPath) || outPath}\n`);
  }
  return failed ? 1 : 0;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main();
}
