// `npm run bench:ab -- REV`: this tree's code against revision REV's, in one process. On a shared
// machine the same code's runs differ by a third from one minute to the next, so two runs made
// one after the other compare the minutes more than the code. Here both revisions are loaded side
// by side (REV from a temporary git worktree) and slices of the same work alternate between them,
// old first in one pair and new first in the next, so the machine's moods fall on both alike. It
// prints the median, over the pairs, of the new code's CPU time over the old's, with its
// quartiles: below 1 is quicker. Loaded twice, the same code gives about 1 (0.99–1.03 measured).
// Measures, never asserts.
//
//   npm run bench:ab -- 482b8cd                       the advice (16 choices × 10 playthroughs a slice)
//   npm run bench:ab -- HEAD~3 --work engine          whole greedy 2019 games, engine calls only
//   npm run bench:ab -- HEAD~3 --work replay          their records replayed by the engine alone (the bench's "engine alone")
//   npm run bench:ab -- main --work statechart --pairs 40
//   npm run bench:ab -- HEAD~3 --browser             the advice in headless Chromium, warm and cold (abBrowser.ts)
//   npm run bench:ab -- HEAD~3 --page-load           the game page's load in Chromium, both builds alternated (abPageLoad.ts)
//   npm run bench:ab -- HEAD~3 --work replay --processes 5   the same in five processes, one after another: each
//                                                    process's JIT compiles the two copies its own way, so one ratio can mislead;
//                                                    every other process loads this tree's code first (--new-first)
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { browserAb } from './abBrowser';
import { pageLoadAb } from './abPageLoad';
import { WORKS, type Work } from './abWorks';
import { median, ratioSummary } from './browser/stats';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const UNITS_PER_SLICE: Record<Work, number> = { advice: 2, engine: 300, replay: 600, statechart: 100 };
/**
 * Slices each revision plays before anything counts. Greedy 2019 games through the statechart were
 * still getting quicker after 800 of them in one process (docs/speed.md): 20 slices, 2,000 such games.
 */
const WARM_SLICES = 20;

const { values: flags, positionals } = parseArgs({
  options: { work: { type: 'string' }, pairs: { type: 'string' }, browser: { type: 'boolean' }, 'page-load': { type: 'boolean' }, processes: { type: 'string' }, tree: { type: 'string' }, 'new-first': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  allowPositionals: true,
  strict: true,
});
const usage = 'Usage: npm run bench:ab -- REV [--work advice|engine|replay|statechart] [--pairs N] [--processes K] [--new-first] [--browser (the advice, in Chromium) | --page-load (the game page load, in Chromium)]';
if (flags.help || positionals.length !== 1) {
  console.log(usage);
  process.exit(flags.help ? 0 : 2);
}
const work = (flags.work ?? 'advice') as Work;
const pageLoad = flags['page-load'] === true;
// A round of page loads takes some 10 s: fewer of them by default.
const pairs = Number(flags.pairs ?? (pageLoad ? 12 : 20));
const processes = Number(flags.processes ?? 1);
const inBrowser = flags.browser === true || pageLoad;
if (!WORKS.includes(work) || !Number.isInteger(pairs) || pairs < 4 || !Number.isInteger(processes) || processes < 1 || (inBrowser && (flags.work !== undefined || processes > 1)) || (flags.browser && pageLoad)) {
  console.log(usage);
  process.exit(2);
}

const rev = positionals[0]!;
const commit = git('rev-parse', '--short', `${rev}^{commit}`);
// A child process (--processes) is given the worktree its parent made.
const given = flags.tree;
const tree = given ?? mkdtempSync(join(tmpdir(), 'pivot-east-ab-'));
try {
  if (given === undefined) {
    git('worktree', 'add', '--detach', tree, commit);
    linkModules(tree);
    cpSync(join(ROOT, 'bench/abUnits.ts'), join(tree, 'bench/abUnits.ts'));
  }
  if (processes > 1) {
    console.log(`${work}: this tree against ${commit}, ${processes} processes one after another, ${pairs} pairs of slices each, CPU time`);
    const ratios: number[] = [];
    for (let i = 0; i < processes; i++) {
      // Every other process loads this tree's code first (see loadUnits).
      const newFirst = i % 2 === 1;
      const args = [...process.execArgv, fileURLToPath(import.meta.url), rev, '--work', work, '--pairs', String(pairs), '--tree', tree, ...(newFirst ? ['--new-first'] : [])];
      const out = execFileSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
      console.log(`  process ${i + 1} (${newFirst ? 'this tree' : commit} loaded first):${out.split('\n').slice(2).join('').replace(/\s+/g, ' ')}`);
      ratios.push(Number(/median ([\d.]+)/.exec(out)![1]));
    }
    console.log(`  new / old over the processes: median ${median(ratios).toFixed(3)} (from ${Math.min(...ratios).toFixed(3)} to ${Math.max(...ratios).toFixed(3)})`);
  } else if (pageLoad) {
    for (const line of await pageLoadAb(tree, ROOT, commit, pairs)) console.log(line);
  } else if (flags.browser) {
    cpSync(join(ROOT, 'bench/abPageUnit.ts'), join(tree, 'bench/abPageUnit.ts'));
    for (const line of await browserAb(tree, ROOT, commit, pairs)) console.log(line);
  } else {
    const { old, now } = await loadUnits(tree, flags['new-first'] === true);
    const result = alternate(old, now, UNITS_PER_SLICE[work], pairs);
    console.log(`${work}: this tree against ${commit}, ${pairs} pairs of slices of ${UNITS_PER_SLICE[work]} units, CPU time, ${flags['new-first'] ? 'this tree' : commit} loaded first`);
    console.log(`  old ${result.old.toFixed(3)} ms a unit, new ${result.now.toFixed(3)} ms (medians)`);
    console.log(`  new / old: ${ratioSummary(result.ratios)}; the same results: ${result.same ? 'yes' : 'NO'}`);
  }
} finally {
  if (given === undefined) {
    git('worktree', 'remove', '--force', tree);
    rmSync(tree, { recursive: true, force: true });
  }
}

/**
 * The worktree's packages: links to this tree's, but for a copy of XState of its own. Sharing one
 * XState, the revision loaded first ran the same statechart games slower (the same code against
 * itself: 0.708), its machine's walks through XState's functions compiled for the other's too.
 */
function linkModules(tree: string): void {
  const modules = join(tree, 'node_modules');
  mkdirSync(modules);
  for (const name of readdirSync(join(ROOT, 'node_modules'))) {
    if (name === 'xstate') cpSync(join(ROOT, 'node_modules', name), join(modules, name), { recursive: true });
    else symlinkSync(join(ROOT, 'node_modules', name), join(modules, name));
  }
}

/**
 * Each revision's unit of work, loaded one after the other. Which is loaded first is a flag, and
 * `--processes` takes turns: on 5 December the same code against itself gave 1.43 and 1.47 for
 * `--work replay` with this tree's code always loaded first (docs/speed.md).
 */
async function loadUnits(tree: string, newFirst: boolean): Promise<{ old: () => number; now: () => number }> {
  const load = async (root: string) => ((await import(pathToFileURL(join(root, 'bench/abUnits.ts')).href)) as typeof import('./abUnits')).makeUnit(work, root);
  if (newFirst) {
    const now = await load(ROOT);
    return { now, old: await load(tree) };
  }
  const old = await load(tree);
  return { old, now: await load(ROOT) };
}

function git(...args: string[]): string {
  return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

/** Slices of `units` calls, alternated old-new then new-old; each code's sum of results too, which must agree. */
function alternate(old: () => number, now: () => number, units: number, count: number) {
  const sums: [number, number] = [0, 0];
  const slice = (f: () => number, at: 0 | 1) => {
    const start = process.cpuUsage();
    for (let i = 0; i < units; i++) sums[at] += f();
    const used = process.cpuUsage(start);
    return (used.user + used.system) / 1000 / units;
  };
  for (let i = 0; i < WARM_SLICES; i++) slice(old, 0), slice(now, 1); // both warm before anything counts
  sums[0] = sums[1] = 0;
  const olds: number[] = [];
  const nows: number[] = [];
  for (let p = 0; p < count; p++) {
    if (p % 2 === 0) olds.push(slice(old, 0)), nows.push(slice(now, 1));
    else nows.push(slice(now, 1)), olds.push(slice(old, 0));
  }
  return { old: median(olds), now: median(nows), ratios: nows.map((n, i) => n / olds[i]!), same: sums[0] === sums[1] };
}
