import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseRecord } from '../../src/app/record';
import { runCli } from '../../src/cli/cli';
import { runBatch } from '../../src/cli/commands/batch';
import { playGame } from '../../src/cli/commands/play';
import { memoryIo } from '../../src/cli/io';
import { openScenario } from '../../src/cli/scenarios';
import { tempProject } from './helpers';

const project = tempProject();
const opened = await openScenario(project.scenario, project.dir);
if (!opened.ok) throw new Error(opened.errors.join('\n'));
const loaded = opened.loaded;

async function cli(...args: string[]) {
  const io = memoryIo(project.dir);
  const code = await runCli(args, io);
  return { code, out: io.stdout.join('\n'), err: io.stderr.join('\n') };
}

const play = (...args: string[]) => cli('play', '--scenario', 'scenarios/fixture.json', '--seed', 'seat-1', '--bot', 'greedy', ...args);

describe('--seat', () => {
  it('puts bots in other states\' seats (repeatable), and the record replays', async () => {
    const { code, out } = await play('--seat', 'big=greedy', '--seat', 'small=random', '--out', 'seated.json', '--json');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ seats: { big: 'greedy', small: 'random' } });
    const parsed = parseRecord(readFileSync(join(project.dir, 'seated.json'), 'utf8'));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.record).toMatchObject({ format: 'pivot-east-record/2', seats: { big: 'greedy', small: 'random' } });
    expect(parsed.record.events.filter((e) => e.type === 'SEAT_ANSWER').length).toBeGreaterThan(0);
    const replay = await cli('replay', 'seated.json');
    expect(replay.code).toBe(0);
    expect(replay.out).toMatch(/replay matches/);
    // Small's seat is the random bot's, not the greedy one's: the same game with Small greedy goes otherwise.
    expect((await play('--seat', 'big=greedy', '--seat', 'small=greedy', '--out', 'greedy-small.json', '--json')).code).toBe(0);
    const greedySmall = parseRecord(readFileSync(join(project.dir, 'greedy-small.json'), 'utf8'));
    if (!greedySmall.ok) throw new Error(greedySmall.error);
    const smallsChoices = (events: typeof parsed.record.events) => events.filter((e) => 'actor' in e && e.actor === 'small');
    expect(smallsChoices(parsed.record.events).length).toBeGreaterThan(0);
    expect(smallsChoices(greedySmall.record.events)).not.toEqual(smallsChoices(parsed.record.events));
  });

  it('with every seat the rules\' (`rule`, the default) the game and its format-1 record are the solo game\'s', async () => {
    const solo = playGame(loaded.index, 'seat-1', 'greedy');
    // Every seat named, and named the rules': the same as naming none.
    const ruled = playGame(loaded.index, 'seat-1', 'greedy', { big: 'rule', small: 'rule' });
    expect(ruled).toEqual(solo);
    const { out } = await play('--seat', 'big=rule', '--json');
    expect(JSON.parse(out)).toMatchObject({ checksum: solo.result.checksum, seats: {} });
    expect(solo.record.format).toBe('pivot-east-record/1');
    expect(solo.record).not.toHaveProperty('seats');
  });

  it('puts the expert in a shipped scenario\'s seat (--seat china=expert): the game ends and its record replays', async () => {
    const scenario = fileURLToPath(new URL('../../scenarios/mother-russia-2016.yaml', import.meta.url));
    const { code, out } = await cli('play', '--scenario', scenario, '--seed', 'seat-expert', '--bot', 'greedy', '--seat', 'china=expert', '--out', 'expert-seat.json', '--json');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ seats: { china: 'expert' }, ending: expect.any(String) });
    const parsed = parseRecord(readFileSync(join(project.dir, 'expert-seat.json'), 'utf8'));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.record.seats).toEqual({ china: 'expert' });
    expect(parsed.record.events.filter((e) => e.type.startsWith('SEAT_') && 'actor' in e && e.actor === 'china').length).toBeGreaterThan(0);
    const replay = await cli('replay', 'expert-seat.json');
    expect(replay.code).toBe(0);
    expect(replay.out).toMatch(/replay matches/);
  });

  it('names the actors for an unknown actor, and the bots for an unknown bot', async () => {
    expect(await play('--seat', 'atlantis=greedy')).toMatchObject({ code: 2, err: expect.stringContaining('--seat: there is no actor "atlantis" in this scenario; the actors are big, small') });
    expect(await play('--seat', 'land=greedy')).toMatchObject({ code: 2, err: expect.stringContaining('land is the player\'s seat, played by --bot') });
    expect(await play('--seat', 'big=clever')).toMatchObject({ code: 2, err: expect.stringContaining('--seat big=clever: unknown bot "clever"; the choices are rule, random, greedy, expert') });
    expect(await play('--seat', 'big')).toMatchObject({ code: 2, err: expect.stringContaining('--seat takes ACTOR=BOT') });
    expect(await play('--seat', 'big=greedy', '--seat', 'big=random')).toMatchObject({ code: 2, err: expect.stringContaining("big's seat is given more than once") });
  });

  it('batch takes the same seats, on one thread and on workers alike', async () => {
    const one = await runBatch(loaded, { games: 20, bot: 'random', seats: { small: 'greedy' }, workers: 1 });
    const two = await runBatch(loaded, { games: 20, bot: 'random', seats: { small: 'greedy' }, workers: 2 });
    const solo = await runBatch(loaded, { games: 20, bot: 'random', workers: 1 });
    expect(two.fingerprint).toBe(one.fingerprint);
    expect(one.fingerprint).not.toBe(solo.fingerprint);
    expect(one.seats).toEqual({ small: 'greedy' });
    const text = await cli('batch', '--scenario', 'scenarios/fixture.json', '--games', '5', '--bot', 'greedy', '--seat', 'small=random');
    expect(text.out).toMatch(/Other seats: small=random/);
    expect(await cli('batch', '--scenario', 'scenarios/fixture.json', '--games', '5', '--bot', 'greedy', '--seat', 'x=random')).toMatchObject({ code: 2, err: expect.stringContaining('the actors are big, small') });
  }, 60_000);
});
