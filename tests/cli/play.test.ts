import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { playWithBot } from '../../src/app/playBot';
import { parseRecord } from '../../src/app/record';
import { replayRecord } from '../../src/app/replay';
import { runCli } from '../../src/cli/cli';
import { playGame } from '../../src/cli/commands/play';
import { memoryIo } from '../../src/cli/io';
import { openScenario } from '../../src/cli/scenarios';
import { ENGINE_VERSION } from '../../src/engine';
import { tempProject } from './helpers';

const project = tempProject();
const opened = await openScenario(project.scenario, project.dir);
if (!opened.ok) throw new Error(opened.errors.join('\n'));
const { index } = opened.loaded;

/** What the command must print, read from the game itself (not from the command's own playGame, which could be wrong the same way). */
function played(seed: string, bot: 'random' | 'greedy') {
  const game = playWithBot(index, seed, bot).game();
  return { ending: game.ending!.id, score: game.ending!.score, turns: game.turn, checksum: game.history.at(-1)!.checksum };
}

async function playJson(...args: string[]) {
  const io = memoryIo(project.dir);
  const code = await runCli(['play', '--scenario', 'scenarios/fixture.json', '--json', ...args], io);
  return { code, io, json: code === 0 ? JSON.parse(io.stdout.join('\n')) : null };
}

describe('play', () => {
  it('plays a whole game and gives the ending, score, turns and final checksum as JSON', async () => {
    const { code, json } = await playJson('--seed', 'class-3b', '--bot', 'greedy');
    expect(code).toBe(0);
    const result = played('class-3b', 'greedy');
    expect(json).toMatchObject({
      scenario: 'fixture',
      scenarioHash: index.hash,
      engineVersion: ENGINE_VERSION,
      seed: 'class-3b',
      bot: 'greedy',
      ending: result.ending,
      score: result.score,
      turns: result.turns,
      checksum: result.checksum,
    });
    expect(index.scenario.endings.map((e) => e.id)).toContain(json.ending);
    expect(json.checksum).toMatch(/^[0-9a-f]{16}$/);
    expect(json.turns).toBeGreaterThanOrEqual(1);
    expect(json.turns).toBeLessThanOrEqual(6);
  });

  it('is deterministic: the same seed gives the same game, other seeds other games', async () => {
    for (const bot of ['random', 'greedy'] as const) {
      const a = playGame(index, 'same', bot).result;
      const b = playGame(index, 'same', bot).result;
      expect(b).toEqual(a);
      const others = new Set(Array.from({ length: 8 }, (_, i) => playGame(index, `other-${i}`, bot).result.checksum));
      others.add(a.checksum);
      expect(others.size).toBeGreaterThan(1);
    }
  });

  it('prints the ending, the score, the turns and the checksum as text', async () => {
    const io = memoryIo(project.dir);
    expect(await runCli(['play', '--scenario', 'scenarios/fixture.json', '--seed', 's', '--bot', 'random'], io)).toBe(0);
    const result = played('s', 'random');
    const text = io.stdout.join('\n');
    const title = index.scenario.endings.find((e) => e.id === result.ending)!.title;
    expect(text).toContain(`Ending: ${title} ("${result.ending}") after ${result.turns} turns`);
    expect(text).toContain(`Score: ${result.score}`);
    expect(text).toContain(`Final checksum: ${result.checksum}`);
  });

  it('writes the game record with --out, readable by parseRecord', async () => {
    const { code } = await playJson('--seed', 'rec', '--bot', 'greedy', '--out', 'game.json');
    expect(code).toBe(0);
    const parsed = parseRecord(readFileSync(join(project.dir, 'game.json'), 'utf8'));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.record).toEqual(playGame(index, 'rec', 'greedy').record);
    // The file replays to the game itself: its every event, its ending and its last checksum.
    const replayed = replayRecord(parsed.record, index);
    expect(replayed.ok).toBe(true);
    const game = replayed.session!.game();
    expect({ ending: game.ending!.id, score: game.ending!.score, turns: game.turn, checksum: game.history.at(-1)!.checksum }).toEqual(played('rec', 'greedy'));
  });

  it('finds a scenario by its id in scenarios/', async () => {
    const io = memoryIo(project.dir);
    expect(await runCli(['play', '--scenario', 'fixture', '--seed', 's', '--bot', 'random', '--json'], io)).toBe(0);
    expect(JSON.parse(io.stdout.join('\n'))).toMatchObject({ scenario: 'fixture', checksum: played('s', 'random').checksum });
  });

  it('refuses an unknown bot or a missing option with a one-line error and the usage (exit 2)', async () => {
    const io = memoryIo(project.dir);
    expect(await runCli(['play', '--scenario', 'fixture', '--seed', 's', '--bot', 'clever'], io)).toBe(2);
    expect(io.stderr[0]).toBe('error: unknown bot "clever"; the bots are random, greedy and expert');
    expect(io.stderr.join('\n')).toContain('Usage: npm run --silent cli -- play --scenario FILE');
    const io2 = memoryIo(project.dir);
    expect(await runCli(['play', '--scenario', 'fixture', '--bot', 'greedy'], io2)).toBe(2);
    expect(io2.stderr[0]).toBe('error: "play" needs --seed class-3b');
    // Without a bot: the choice, not "needs --bot greedy" as if greedy were required.
    const noBot = memoryIo(project.dir);
    expect(await runCli(['play', '--scenario', 'fixture', '--seed', 's'], noBot)).toBe(2);
    expect(noBot.stderr[0]).toBe('error: "play" needs --bot random, greedy or expert (the command line plays bots; a person plays in the browser)');
    const io3 = memoryIo(project.dir);
    expect(await runCli(['play', '--scenario', 'fixture', '--seed', 's', '--bot', 'greedy', '--fast'], io3)).toBe(2);
    expect(io3.stderr[0]).toMatch(/^error: unknown option --fast for "play"/);
  });

  it('stops with the scenario errors when the scenario is not valid (exit 1)', async () => {
    project.write('bad.json', '{"format": "pivot-east-scenario/1"');
    const io = memoryIo(project.dir);
    expect(await runCli(['play', '--scenario', 'bad.json', '--seed', 's', '--bot', 'greedy'], io)).toBe(1);
    expect(io.stderr[0]).toMatch(/^bad\.json:\d+: \(file\): JSON syntax/);
    expect(io.stderr.at(-1)).toBe('bad.json: the scenario is not valid; nothing was played');
  });

  it.each([
    ['play', '--scenario', 'gone.yaml', '--seed', 's', '--bot', 'greedy'],
    ['batch', '--scenario', 'gone.yaml', '--games', '2', '--bot', 'greedy'],
    ['balance', 'gone.yaml'],
  ])('%s: a scenario file that cannot be read is a mistake in the command line, not an invalid scenario (exit 2)', async (...args) => {
    const io = memoryIo(project.dir);
    expect(await runCli(args, io)).toBe(2);
    expect(io.stderr).toEqual(['gone.yaml: (file): cannot read the file: no such file', 'gone.yaml: the scenario cannot be read; nothing was played']);
  });
});
