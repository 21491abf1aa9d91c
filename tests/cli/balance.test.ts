import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/cli';
import { memoryIo } from '../../src/cli/io';
import { fixtureData } from '../engine/fixture';
import { brokenYaml, tempProject } from './helpers';
import { checkTargets, TARGETS } from '../../src/app/balance';
import type { BatchReport } from '../../src/cli/batch/report';

const project = tempProject();
const ROOT = join(import.meta.dirname, '../..');
const MINIMAL = join(ROOT, 'tests/fixtures/scenarios/minimal.yaml');

async function balance(...argv: string[]) {
  const io = memoryIo(project.dir);
  const code = await runCli(['balance', ...argv], io);
  return { code, io, text: io.stdout.join('\n') };
}

describe('balance FILE', () => {
  it('reports the four targets, endings, scores, dead turns and the calendar of any file, and exits 1 when a target fails', async () => {
    const { code, text, io } = await balance(MINIMAL, '--games', '12', '--workers', '1');
    // The mini scenario is not balanced: every game ends in its fallback ending.
    expect(code).toBe(1);
    expect(io.stderr).toEqual([]);
    expect(text).toMatch(/^Balance of "The Vladivostok Forum \(mini\)" \("vladivostok-mini", hash [0-9a-f]{16}\)/);
    expect(text).toContain('12 games per bot (random and greedy), seeds balance-1 … balance-12');
    expect(text.match(/^ {2}(PASS|FAIL) {2}/gm)).toHaveLength(4);
    expect(text).toMatch(/FAIL {2}No ending takes more than 60 % of the games \(either bot\): commonest: random pivot-to-nowhere 100\.0 %/);
    // Under each FAIL, what to change in the file; none under a PASS.
    const lines = text.split('\n');
    const fails = lines.flatMap((l, i) => (/^ {2}FAIL/.test(l) ? [i] : []));
    for (const i of fails) expect(lines[i + 1]).toMatch(/^ {8}what to try: \S/);
    expect(text.match(/what to try:/g)).toHaveLength(fails.length);
    expect(text).toContain('what to try: make the condition (when:) of the commonest ending harder to meet');
    for (const heading of ['Endings', 'Scores', 'Dead turns', 'Calendar']) expect(text).toMatch(new RegExp(`^${heading}`, 'm'));
    // The calendar: turn 1 is Sep–Nov 2016 and holds the event dated 2016-09.
    expect(text).toMatch(/^ +1 {2}Sep–Nov 2016 +abe-in-vladivostok$/m);
    expect(text).toMatch(/^ +8 {2}Jun–Aug 2018$/m);
  }, 60_000);

  it('prints one JSON object with --json, and exits 0 when every target passes (a shipped scenario)', async () => {
    // With the seeds y-1 … y-40 the tutorial meets every target (with x-1 … x-40 one ending is 65 % of the random bot's games).
    const { code, text } = await balance(join(ROOT, 'scenarios/tutorial.yaml'), '--games', '40', '--json', '--seed', 'y', '--workers', '1');
    const json = JSON.parse(text);
    expect(json).toMatchObject({ file: expect.stringContaining('tutorial.yaml'), scenario: 'tutorial', games: 40, seedBase: 'y', pass: true });
    expect(code).toBe(0);
    expect(json.targets).toHaveLength(4);
    for (const t of json.targets) expect(t).toEqual({ target: expect.any(String), figure: expect.any(String), figureMarkdown: expect.any(String), pass: true, advice: expect.any(String) });
    // The figure is plain words for whoever reads the JSON; Markdown's backquotes only in its own field.
    for (const t of json.targets) expect(t.figure).not.toContain('`');
    expect(json.targets[0].figureMarkdown).toMatch(/^rarest: `[a-z0-9-]+` /);
    expect(json.targets[0].figureMarkdown.replaceAll('`', '')).toBe(json.targets[0].figure);
    // The verdict on the scores agrees with the scores reported beside it.
    const { greedy, random } = json.score as Record<'greedy' | 'random', { median: number }>;
    expect(greedy.median).toBeGreaterThan(random.median);
    expect(json.targets[2].figure).toBe(`greedy ${greedy.median} vs random ${random.median}`);
    expect(json.endings.reduce((n: number, e: { random: { count: number } }) => n + e.random.count, 0)).toBe(40);
    expect(json.endings.reduce((n: number, e: { greedy: { count: number } }) => n + e.greedy.count, 0)).toBe(40);
    expect(json.score).toMatchObject({ random: { median: expect.any(Number) }, greedy: { median: expect.any(Number) } });
    expect(Array.isArray(json.deadTurns)).toBe(true);
    expect(json.calendar.turns[0]).toMatchObject({ turn: 1, months: expect.any(String), events: expect.any(Array) });
    // The same games as `batch` with the same seeds: one implementation of the figures.
    const batch = memoryIo(project.dir);
    await runCli(['batch', '--scenario', join(ROOT, 'scenarios/tutorial.yaml'), '--games', '40', '--bot', 'greedy', '--seed', 'y', '--workers', '1', '--json'], batch);
    const greedyBatch = JSON.parse(batch.stdout.join('\n'));
    expect(json.fingerprints.greedy).toBe(greedyBatch.fingerprint);
    // What came into play: the greedy bot's counts are its batch's.
    for (const part of ['optionPicks', 'offers', 'moves', 'crisisTable', 'flags', 'trackEnds']) expect(json.inPlay.greedy[part], part).toEqual(greedyBatch[part]);
    expect(existsSync(join(project.dir, 'docs'))).toBe(false);
  }, 60_000);

  it('prints what came into play for both bots, as the play-test does', async () => {
    const { text } = await balance(join(ROOT, 'scenarios/tutorial.yaml'), '--games', '10', '--seed', 'y', '--workers', '1');
    expect(text).toContain('What came into play (each figure: the random bot / the greedy bot)');
    for (const title of ['Options', 'Crises', 'Flags', 'Tracks at the end']) expect(text).toMatch(new RegExp(`^${title}$`, 'm'));
    expect(text).toMatch(/^ {2}islands-talks +Talks with Japan on the islands have begun +\d+ \/ \d+$/m);
  }, 60_000);

  it('names a step the player takes alone "(alone)" in the greedy bot\'s table, as in what came into play, not by the player\'s id', async () => {
    // The mini scenario's gas deal made a step Russia takes alone: no target, so no touches.
    const text = readFileSync(MINIMAL, 'utf8').replace('  - id: gas-deal\n    target: china\n', '  - id: gas-deal\n').replace('    touches: { energy: 60 }\n', '');
    const file = project.write('alone.yaml', text);
    const { text: out } = await balance(file, '--games', '4', '--workers', '1');
    const picks = out.slice(out.indexOf("The greedy bot's most-proposed options"), out.indexOf('Never proposed by the greedy bot'));
    expect(picks).toMatch(/^ {2}gas-deal +\(alone\) +\d+ /m);
    expect(picks).not.toMatch(/gas-deal +russia /);
    expect(out.slice(out.indexOf('What came into play'))).toMatch(/^ {2}gas-deal +\(alone\) /m);
    const { text: json } = await balance(file, '--games', '4', '--workers', '1', '--json');
    expect(JSON.parse(json).greedyPicks).toContainEqual(expect.objectContaining({ id: 'gas-deal', target: 'russia', alone: true }));
  }, 60_000);

  it("names the actors' moves that never happened, and those never open (a condition out of reach)", async () => {
    // A second move for Big that needs a relation Big never reaches with the player.
    const unreachable = structuredClone(fixtureData);
    const moves = unreachable.actors[0]!.moves!;
    moves.push({ ...moves[0]!, id: 'embrace', title: 'Big embraces the player', when: { actor: 'big', attr: 'relation', gte: 100 } } as (typeof moves)[number]);
    const file = project.write('unreachable.yaml', stringify(unreachable));
    const { text } = await balance(file, '--games', '5', '--workers', '1');
    expect(text).toContain("Actors' moves that never happened (either bot): big/embrace (never open: its condition was never met)");
    expect(text).toMatch(/^ {2}embrace +big +0 \/ 0 +0 \/ 0 +0 \/ 0$/m);
    expect(text).toMatch(/^ {2}offer +big +\d+ \/ \d+ +[1-9]\d* \/ [1-9]\d* /m);
    const json = JSON.parse((await balance(file, '--games', '5', '--workers', '1', '--json')).text);
    expect(json.neverMade).toEqual([{ move: 'big/embrace', open: false }]);
  }, 60_000);

  it('counts the turns that began with nothing to propose', async () => {
    // No capital and no income: nothing is ever affordable, so every turn of every game is dead.
    const poor = structuredClone(fixtureData);
    poor.capital = { ...poor.capital, start: 0, income: 0, modifiers: [] };
    const file = project.write('poor.yaml', stringify(poor));
    const { text } = await balance(file, '--games', '3', '--json', '--workers', '1');
    const json = JSON.parse(text);
    expect(json.deadTurns).toEqual(Array.from({ length: 6 }, (_, i) => ({ turn: i + 1, random: 3, greedy: 3 })));
    // With capital, the fixture's first turn always has something to propose.
    const rich = JSON.parse((await balance(project.scenario, '--games', '3', '--json', '--workers', '1')).text);
    expect(rich.deadTurns.find((d: { turn: number }) => d.turn === 1)).toBeUndefined();
  }, 60_000);

  it('refuses a file with an error: exit 2 and the validator’s line', async () => {
    const broken = brokenYaml();
    const file = project.write('broken.yaml', broken.text);
    const { code, io } = await balance(file, '--games', '5');
    expect(code).toBe(2);
    expect(io.stdout).toEqual([]);
    expect(io.stderr[0]).toBe(`${file}:${broken.line}: options[0].target: no actor "bigg" (did you mean "big"?); the actors are: big, small`);
    expect(io.stderr.at(-1)).toBe(`${file}: the scenario is not valid; nothing was played`);
  });

  it('says "1 game" of a run of one game per bot', async () => {
    const { text } = await balance(MINIMAL, '--games', '1', '--workers', '1');
    expect(text).toContain('1 game per bot (random and greedy), seeds balance-1 … balance-1');
    expect(text).not.toMatch(/(?<![\d.])1 games\b/); // not "938.1 games/s"
  }, 60_000);

  it('answers a mistake in the command line with exit 2', async () => {
    expect((await balance()).code).toBe(2);
    expect((await balance(MINIMAL, '--games', '0')).code).toBe(2);
  });
});

describe("balance's four targets, at their bounds", () => {
  /** A batch report with only what the targets read: endings' shares, the median score, the options' shares of turns. */
  const report = (endingPercents: number[], median: number, optionShares: number[]): BatchReport =>
    ({
      endingTable: endingPercents.map((percent, i) => ({ id: `e${i}`, title: `E${i}`, count: Math.round(percent), percent })),
      score: { min: 0, median, mean: median, max: 100 },
      turns: { min: 10, mean: 10, max: 10, total: 100 },
      optionPicks: Object.fromEntries(optionShares.map((share, i) => [`o${i}`, { title: `O${i}`, target: 'x', proposed: share, share, agreed: 0 }])),
    }) as unknown as BatchReport;
  const verdicts = (random: BatchReport, greedy: BatchReport) => checkTargets(random, greedy).map((t) => t.pass);
  const fair = report([40, 59, TARGETS.rarestEnding], 50, [TARGETS.topOption, 10]);

  it('counts a rarest ending of one game in the singular', () => {
    expect(checkTargets(report([99, 1], 50, [10]), report([60], 51, [10]))[0]).toMatchObject({ figure: 'rarest: e1 1.0 % (1 game)', figureMarkdown: 'rarest: `e1` 1.0 % (1 game)' });
  });

  it('passes each target at its bound', () => {
    expect(verdicts(fair, report([TARGETS.commonestEnding, 40], 51, [TARGETS.topOption]))).toEqual([true, true, true, true]);
  });

  it('fails each target just past its bound, and only that one', () => {
    expect(verdicts(report([40, 59.1, TARGETS.rarestEnding - 0.1], 50, [10]), report([60], 51, [10]))).toEqual([false, true, true, true]);
    expect(verdicts(report([40, 60.1, 1], 50, [10]), report([60], 51, [10]))).toEqual([true, false, true, true]);
    expect(verdicts(fair, report([60.1], 51, [10]))).toEqual([true, false, true, true]);
    expect(verdicts(fair, report([60], 50, [10]))).toEqual([true, true, false, true]);
    expect(verdicts(fair, report([60], 51, [TARGETS.topOption + 0.1, 10]))).toEqual([true, true, true, false]);
  });
});
