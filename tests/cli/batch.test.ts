import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/cli';
import { runBatch } from '../../src/cli/commands/batch';
import { playGame } from '../../src/cli/commands/play';
import { playBatch, workerThreads } from '../../src/cli/batch/pool';
import { formatBatch, median, type BatchReport } from '../../src/cli/batch/report';
import { memoryIo } from '../../src/cli/io';
import { openScenario } from '../../src/cli/scenarios';
import { tempProject } from './helpers';
import { playWithBot } from '../../src/app/playBot';
import { gameLog, isDeal } from '../../src/engine';

const project = tempProject();
const opened = await openScenario(project.scenario, project.dir);
if (!opened.ok) throw new Error(opened.errors.join('\n'));
const loaded = opened.loaded;

/** Everything but the time it took and the threads used. */
const results = ({ seconds, gamesPerSecond, workers, ...rest }: BatchReport) => rest;

describe('batch', () => {
  it('gives identical results on one thread and on two worker threads', async () => {
    for (const bot of ['greedy', 'random'] as const) {
      const one = await runBatch(loaded, { games: 30, bot, workers: 1 });
      const two = await runBatch(loaded, { games: 30, bot, workers: 2 });
      expect(one.workers).toBe(1);
      expect(two.workers).toBe(2);
      expect(results(two)).toEqual(results(one));
    }
  }, 60_000);

  it('gives the same results when it decides on threads by itself (a pilot in this thread, then workers or not)', async () => {
    const auto = await runBatch(loaded, { games: 200, bot: 'random' });
    const one = await runBatch(loaded, { games: 200, bot: 'random', workers: 1 });
    expect(auto.workers).toBe(1); // 200 fixture games take far less than threads cost to start
    expect(results(auto)).toEqual(results(one));
    // The pilot told that threads pay off: its games, then the rest on worker threads, in seed order.
    const run = { loaded, bot: 'random' as const, seedBase: 'batch', games: 200 };
    const threaded = await playBatch({ ...run, payOffMs: 0 });
    expect(threaded.workers).toBe(workerThreads());
    expect(threaded.summaries).toEqual((await playBatch({ ...run, workers: 1 })).summaries);
  }, 60_000);

  it('plays game i with seed BASE-i, and counts every ending, score and proposal', async () => {
    const report = await runBatch(loaded, { games: 12, bot: 'greedy', seedBase: 'lesson', workers: 1 });
    const games = Array.from({ length: 12 }, (_, i) => playGame(loaded.index, `lesson-${i + 1}`, 'greedy').result);
    expect(report).toMatchObject({ games: 12, firstSeed: 'lesson-1', lastSeed: 'lesson-12', bot: 'greedy', scenario: 'fixture' });
    // Every ending of the scenario is listed, in file order, and the counts match the games.
    expect(Object.keys(report.endings)).toEqual(loaded.scenario.endings.map((e) => e.id));
    for (const id of Object.keys(report.endings)) expect(report.endings[id]).toBe(games.filter((g) => g.ending === id).length);
    const scores = games.map((g) => g.score).sort((a, b) => a - b);
    expect(report.score).toEqual({ min: scores[0], median: median(scores), mean: Math.round((100 * scores.reduce((a, b) => a + b, 0)) / 12) / 100, max: scores.at(-1) });
    expect(report.turns.total).toBe(games.reduce((n, g) => n + g.turns, 0));
    const percents = report.endingTable.reduce((n, e) => n + e.percent, 0);
    expect(percents).toBeGreaterThan(99.5);
    expect(percents).toBeLessThan(100.5);
    // The greedy bot's picks: every option is listed; a proposal is made at most once a turn.
    expect(Object.keys(report.optionPicks)).toEqual(loaded.scenario.options.map((o) => o.id));
    for (const pick of Object.values(report.optionPicks)) {
      expect(pick.proposed).toBeLessThanOrEqual(report.turns.total);
      expect(pick.agreed).toBeLessThanOrEqual(pick.proposed);
    }
    expect(Object.values(report.optionPicks).some((p) => p.proposed > 0)).toBe(true);
    // Each option's proposals and deals over the twelve games, counted from the games' own logs.
    const logs = Array.from({ length: 12 }, (_, i) => gameLog(playWithBot(loaded.index, `lesson-${i + 1}`, 'greedy').game()));
    for (const [id, pick] of Object.entries(report.optionPicks)) {
      expect(pick.proposed, id).toBe(logs.reduce((n, log) => n + log.filter((e) => e.kind === 'decision' && e.decision.option === id).length, 0));
      expect(pick.agreed, id).toBe(logs.reduce((n, log) => n + log.filter((e) => e.kind === 'deal' && e.option === id && isDeal(e.result)).length, 0));
    }
    expect(Object.values(report.optionPicks).some((p) => p.agreed < p.proposed)).toBe(true);
  });

  it("counts each option's counter-offers, those taken and the middles agreed, and each actor's offers made and taken, as the games' logs hold them", async () => {
    // The 2016 scenario has counter-offers with rounds of bargaining, and actors' offers.
    const shipped = await openScenario('scenarios/mother-russia-2016.yaml', process.cwd());
    if (!shipped.ok) throw new Error('the 2016 scenario does not load');
    const { index } = shipped.loaded;
    const report = await runBatch(shipped.loaded, { games: 12, bot: 'random', seedBase: 'bargain', workers: 1 });
    const logs = Array.from({ length: 12 }, (_, i) => gameLog(playWithBot(index, `bargain-${i + 1}`, 'random').game()));
    const count = (test: (e: ReturnType<typeof gameLog>[number]) => boolean) => logs.reduce((n, log) => n + log.filter(test).length, 0);
    for (const option of index.scenario.options) {
      const pick = report.optionPicks[option.id]!;
      if (!option.counter) {
        expect(pick.counter, option.id).toBeUndefined();
        continue;
      }
      expect(pick.counter, option.id).toEqual({
        made: count((e) => e.kind === 'decision' && e.decision.option === option.id && e.decision.outcome === 'counter'),
        taken: count((e) => e.kind === 'deal' && e.option === option.id && e.result === 'counter-taken'),
        middle: count((e) => e.kind === 'deal' && e.option === option.id && e.result === 'middle-taken'),
      });
    }
    const counters = Object.values(report.optionPicks).flatMap((p) => (p.counter ? [p.counter] : []));
    expect(counters.reduce((n, c) => n + c.made, 0)).toBeGreaterThan(0);
    expect(counters.reduce((n, c) => n + c.middle, 0)).toBeGreaterThan(0);
    expect(Object.keys(report.offers)).toEqual([...index.offers.keys()]);
    for (const [key, offer] of Object.entries(report.offers)) {
      const [actor, id] = key.split('/');
      expect(offer.offered, key).toBe(count((e) => e.kind === 'offer' && e.actor === actor && e.offer === id));
      expect(offer.taken, key).toBe(count((e) => e.kind === 'offer' && e.actor === actor && e.offer === id && e.taken));
    }
    expect(Object.values(report.offers).some((o) => o.taken > 0 && o.taken < o.offered)).toBe(true);
  });

  it("counts each actor's moves, the turns each was open and the times and games it happened, as the games' logs hold them", async () => {
    const shipped = await openScenario('scenarios/mother-russia-2016.yaml', process.cwd());
    if (!shipped.ok) throw new Error('the 2016 scenario does not load');
    const { index } = shipped.loaded;
    const report = await runBatch(shipped.loaded, { games: 12, bot: 'greedy', seedBase: 'moves', workers: 1 });
    const logs = Array.from({ length: 12 }, (_, i) => gameLog(playWithBot(index, `moves-${i + 1}`, 'greedy').game()));
    const moves = (log: ReturnType<typeof gameLog>) => log.flatMap((e) => (e.kind === 'move' ? [e] : []));
    expect(Object.keys(report.moves)).toEqual(index.scenario.actors.flatMap((a) => a.moves.map((m) => `${a.id}/${m.id}`)));
    for (const [key, counts] of Object.entries(report.moves)) {
      const [actor, id] = key.split('/');
      const made = logs.map((log) => moves(log).filter((e) => e.actor === actor && e.move === id && e.happened).length);
      expect(counts, key).toEqual({
        actor,
        title: index.moves.get(key)!.title,
        open: logs.reduce((n, log) => n + moves(log).filter((e) => e.actor === actor && e.weighed.some((w) => w.move === id)).length, 0),
        happened: made.reduce((a, b) => a + b, 0),
        games: made.filter((n) => n > 0).length,
      });
    }
    // Some move happened in only some of the games, and some was open more often than it happened.
    expect(Object.values(report.moves).some((m) => m.games > 0 && m.games < 12)).toBe(true);
    expect(Object.values(report.moves).some((m) => m.happened > 0 && m.happened < m.open)).toBe(true);
    expect(formatBatch(report).join('\n')).toMatch(/^ {2}abe-presses-for-treaty +japan +\d+ +\d+ +\d+$/m);
  });

  it("counts each crisis (and which of its triggers opened it), each flag set at the end and each track's end values, as the games hold them", async () => {
    // The 2016 scenario, its THAAD crisis opened by the event or by condemning THAAD with China.
    const text = readFileSync('scenarios/mother-russia-2016.yaml', 'utf8').replace('    opensOn: { event: thaad-question }', '    opensOn: [{ event: thaad-question }, { option: condemn-thaad-with-china }]');
    project.write('scenarios/two-triggers.yaml', text);
    const two = await openScenario('scenarios/two-triggers.yaml', project.dir);
    if (!two.ok) throw new Error('the edited scenario does not load');
    const { index } = two.loaded;
    const report = await runBatch(two.loaded, { games: 12, bot: 'random', seedBase: 'crises', workers: 1 });
    const games = Array.from({ length: 12 }, (_, i) => playWithBot(index, `crises-${i + 1}`, 'random').game());
    for (const crisis of index.scenario.crises) {
      const runs = games.flatMap((g) => g.crises.filter((c) => c.crisis === crisis.id));
      const row = report.crisisTable[crisis.id]!;
      expect(row.total, crisis.id).toBe(runs.length);
      expect(row.games, crisis.id).toBe(games.filter((g) => g.crises.some((c) => c.crisis === crisis.id)).length);
      expect(row.outcomes.settled + row.outcomes['top-rung'] + row.outcomes['player-backed-down'] + row.outcomes['other-backed-down']).toBe(runs.length);
      expect(row.outcomes.settled, crisis.id).toBe(runs.filter((c) => c.outcome === 'settled').length);
    }
    // Each opening of the THAAD crisis is counted under the triggers in its turn's log.
    const thaad = report.crisisTable['thaad-standoff']!;
    const openedTurns = games.flatMap((g) => g.crises.filter((c) => c.crisis === 'thaad-standoff').map((c) => gameLog(g).filter((e) => e.turn === c.openedTurn)));
    expect(thaad.triggers).toEqual([
      { on: 'event thaad-question', opened: openedTurns.filter((log) => log.some((e) => e.kind === 'event' && e.event === 'thaad-question')).length },
      { on: 'option condemn-thaad-with-china', opened: openedTurns.filter((log) => log.some((e) => e.kind === 'deal' && e.option === 'condemn-thaad-with-china' && isDeal(e.result))).length },
    ]);
    expect(thaad.triggers.reduce((n, t) => n + t.opened, 0)).toBeGreaterThanOrEqual(thaad.total);
    expect(thaad.triggers[1]!.opened).toBeGreaterThan(0);
    for (const [id, flag] of Object.entries(report.flags)) expect(flag.games, id).toBe(games.filter((g) => g.flags[id] === true).length);
    expect(report.flags['peace-treaty']!.name).toBe('A peace treaty with Japan is signed');
    index.scenario.tracks.forEach((t, slot) => {
      const ends = games.map((g) => g.tracks[slot]!).sort((a, b) => a - b);
      expect(report.trackEnds[t.id], t.id).toEqual({ name: t.name, min: ends[0], median: median(ends), max: ends.at(-1) });
    });
    const lines = formatBatch(report).join('\n');
    expect(lines).toContain('thaad-standoff opened on (a turn may hold more than one): event thaad-question');
    expect(lines).toMatch(/^  peace-treaty +A peace treaty with Japan is signed +\d+ +[\d.]+%$/m);
  });

  it('names a step the player takes alone as such in the options table, not as a proposal to the player', async () => {
    const shipped = await openScenario('scenarios/other-asia-2019.yaml', process.cwd());
    if (!shipped.ok) throw new Error('the 2019 scenario does not load');
    const report = await runBatch(shipped.loaded, { games: 2, bot: 'greedy', workers: 1 });
    const alone = shipped.loaded.scenario.options.filter((o) => o.target === undefined).map((o) => o.id);
    expect(alone.length).toBeGreaterThan(0);
    for (const id of alone) {
      expect(report.optionPicks[id]).toMatchObject({ target: shipped.loaded.scenario.player.id, alone: true });
      expect(formatBatch(report).find((l) => l.trim().startsWith(`${id} `))).toMatch(new RegExp(`^  ${id} +\\(alone\\) `));
    }
  });

  it('takes the median of an even number of scores as the mean of the middle two', () => {
    expect(median([1, 2, 4, 10])).toBe(3);
    expect(median([5])).toBe(5);
  });

  it('prints one JSON object with the figures a teacher needs', async () => {
    const io = memoryIo(project.dir);
    expect(await runCli(['batch', '--scenario', 'fixture', '--games', '5', '--bot', 'random', '--json'], io)).toBe(0);
    const json = JSON.parse(io.stdout.join('\n'));
    expect(json).toMatchObject({ games: 5, bot: 'random', seedBase: 'batch', firstSeed: 'batch-1', score: { min: expect.any(Number), median: expect.any(Number), mean: expect.any(Number), max: expect.any(Number) } });
    expect(Object.values(json.endings as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(5);
    expect(json.gamesPerSecond).toBeGreaterThan(0);
    expect(json.optionPicks).toBeTypeOf('object');
  });

  it('prints a readable report and no progress bar when standard error is not a terminal', async () => {
    const io = memoryIo(project.dir);
    expect(await runCli(['batch', '--scenario', 'fixture', '--games', '4', '--bot', 'greedy'], io)).toBe(0);
    const text = io.stdout.join('\n');
    expect(text).toMatch(/^4 games of "Fixture"/);
    expect(text).toMatch(/Score: min -?\d+, median -?[\d.]+, mean -?[\d.]+, max -?\d+/);
    expect(text).toMatch(/Speed: 4 games in [\d.]+ s = [\d.]+ games\/s/);
    // The endings table names every ending the games reached.
    const reached = new Set(Array.from({ length: 4 }, (_, i) => playGame(loaded.index, `batch-${i + 1}`, 'greedy').result.ending));
    for (const id of reached) expect(text).toMatch(new RegExp(`^ +${id} `, 'm'));
    expect(io.stderr).toEqual([]);
  });

  it('says "1 game" of a batch of one', async () => {
    const io = memoryIo(project.dir);
    expect(await runCli(['batch', '--scenario', 'fixture', '--games', '1', '--bot', 'greedy'], io)).toBe(0);
    const text = io.stdout.join('\n');
    expect(text).toMatch(/^1 game of "Fixture"/);
    expect(text).toMatch(/Speed: 1 game in [\d.]+ s/);
    expect(text).not.toMatch(/(?<![\d.])1 games\b/); // not "938.1 games/s"
  });

  it('refuses a number of games that is not a whole number (exit 2)', async () => {
    for (const games of ['0', '-3', 'many', '2.5']) {
      const io = memoryIo(project.dir);
      expect(await runCli(['batch', '--scenario', 'fixture', '--games', games, '--bot', 'greedy'], io)).toBe(2);
      expect(io.stderr[0]).toBe(`error: --games must be a whole number from 1 to 1000000, not "${games}"`);
    }
  });
});
