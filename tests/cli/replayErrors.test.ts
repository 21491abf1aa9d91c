// `replay` of a broken record: one line in plain words with the path of the mistake (exit 2).
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/cli';
import { memoryIo } from '../../src/cli/io';
import { BROKEN, RAW_ZOD } from '../app/brokenRecords';
import { tempProject } from './helpers';

const project = tempProject();

describe('replay of a broken record', () => {
  it.each(BROKEN)('%s', async (name, data, words) => {
    const file = `${name.replace(/\W+/g, '-')}.json`;
    project.write(file, JSON.stringify(data, null, 2));
    const io = memoryIo(project.dir);
    expect(await runCli(['replay', file], io)).toBe(2);
    expect(io.stderr).toHaveLength(1);
    expect(io.stderr[0]).toContain(`${file}: cannot replay: not a Pivot East game record: `);
    expect(io.stderr[0]).toContain(words);
    expect(io.stderr[0]).not.toMatch(RAW_ZOD);
  });
});
