// One seed rule for play, batch and replay: a seed `play` accepts is read back by `replay`, and a
// seed one character too long is refused by both, in plain words.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEED_MAX_LENGTH } from '../../src/app/seed';
import { runCli } from '../../src/cli/cli';
import { memoryIo } from '../../src/cli/io';
import { tempProject } from './helpers';

const project = tempProject();

async function cli(...args: string[]) {
  const io = memoryIo(project.dir);
  const code = await runCli(args, io);
  return { code, io };
}

describe('the seed limit', () => {
  it('a seed of exactly the limit is played, saved and replayed', async () => {
    const seed = 's'.repeat(SEED_MAX_LENGTH);
    expect((await cli('play', '--scenario', 'fixture', '--seed', seed, '--bot', 'greedy', '--out', 'long.json')).code).toBe(0);
    expect(JSON.parse(readFileSync(join(project.dir, 'long.json'), 'utf8')).seed).toBe(seed);
    const replayed = await cli('replay', 'long.json');
    expect(replayed.io.stderr).toEqual([]);
    expect(replayed.code).toBe(0);
  });

  it('one character more is refused by play, with the limit in the message (exit 2)', async () => {
    const { code, io } = await cli('play', '--scenario', 'fixture', '--seed', 's'.repeat(SEED_MAX_LENGTH + 1), '--bot', 'greedy', '--out', 'too-long.json');
    expect(code).toBe(2);
    expect(io.stderr[0]).toBe(`error: --seed: the seed has ${SEED_MAX_LENGTH + 1} characters; at most ${SEED_MAX_LENGTH} are allowed`);
    expect(() => readFileSync(join(project.dir, 'too-long.json'))).toThrow();
  });

  it('a control character is refused by play', async () => {
    const { code, io } = await cli('play', '--scenario', 'fixture', '--seed', 'a\u001bb', '--bot', 'greedy');
    expect(code).toBe(2);
    expect(io.stderr[0]).toMatch(/^error: --seed: the seed holds a control character \(U\+001B\)/);
  });

  it('replay refuses a record whose seed is one character too long, with the same words', async () => {
    expect((await cli('play', '--scenario', 'fixture', '--seed', 'ok', '--bot', 'greedy', '--out', 'ok.json')).code).toBe(0);
    const record = JSON.parse(readFileSync(join(project.dir, 'ok.json'), 'utf8'));
    project.write('forged.json', JSON.stringify({ ...record, seed: 's'.repeat(SEED_MAX_LENGTH + 1) }));
    const { code, io } = await cli('replay', 'forged.json');
    expect(code).toBe(2);
    expect(io.stderr).toEqual([`forged.json: cannot replay: not a Pivot East game record: line 1: seed: the seed has ${SEED_MAX_LENGTH + 1} characters; at most ${SEED_MAX_LENGTH} are allowed`]);
  });

  it('batch refuses a seed base whose last game seed would be too long', async () => {
    const base = 'b'.repeat(SEED_MAX_LENGTH - 2);
    const { code, io } = await cli('batch', '--scenario', 'fixture', '--games', '10', '--bot', 'random', '--seed', base);
    expect(code).toBe(2);
    // Said of the base the teacher typed, not of a seed of 201 characters they never wrote.
    expect(io.stderr[0]).toBe(`error: --seed: the games' seeds are the base and "-10" at most, so the base may have ${SEED_MAX_LENGTH - 3} characters; this one has ${SEED_MAX_LENGTH - 2}`);
    expect((await cli('batch', '--scenario', 'fixture', '--games', '9', '--bot', 'random', '--seed', base, '--workers', '1', '--json')).code).toBe(0);
  });

  it('advise takes its own seed by the same rule as play', async () => {
    expect((await cli('play', '--scenario', 'fixture', '--seed', 'adv', '--bot', 'greedy', '--out', 'adv.json')).code).toBe(0);
    for (const [seed, words] of [['', 'the seed is empty'], ['a\u001bb', 'the seed holds a control character (U+001B); use letters, digits, spaces and punctuation'], ['x'.repeat(SEED_MAX_LENGTH + 1), `the seed has ${SEED_MAX_LENGTH + 1} characters; at most ${SEED_MAX_LENGTH} are allowed`]]) {
      const { code, io } = await cli('advise', 'adv.json', '--rollouts', '2', '--seed', seed!);
      expect(code).toBe(2);
      expect(io.stderr[0]).toBe(`error: --seed: ${words}`);
    }
  });
});
