import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatError } from '../../src/scenario/errors';
import { MAX_FILE_BYTES } from '../../src/scenario/limits';
import { readScenarioFile } from '../../src/scenario/readScenarioFile';
import { FIXTURES, loaded, minimal } from './helpers';

const dir = mkdtempSync(join(tmpdir(), 'pivot-east-scenario-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const errorsOfFile = async (path: string) => {
  const result = await readScenarioFile(path);
  return result.ok ? [] : result.errors.map(formatError);
};

describe('readScenarioFile', () => {
  it('reads and loads a scenario from disk', async () => {
    const result = await readScenarioFile(join(FIXTURES, 'minimal.yaml'));
    expect(result.ok && result.hash).toBe(loaded(minimal).hash);
  });

  it('reports a missing file or a folder in one line', async () => {
    expect(await errorsOfFile(join(dir, 'nope.yaml'))).toEqual([`${join(dir, 'nope.yaml')}: (file): cannot read the file: no such file`]);
    expect(await errorsOfFile(dir)).toEqual([`${dir}: (file): cannot read the file: this is a folder, not a file`]);
  });

  it('refuses a device, which could be read forever', async () => {
    expect(await errorsOfFile('/dev/zero')).toEqual(['/dev/zero: (file): cannot read the file: this is not an ordinary file']);
  });

  it('reads a file saved as UTF-16 with a byte-order mark, as the browser does (tests/scenario/encodings.test.ts)', async () => {
    const path = write('utf16.yaml', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(minimal, 'utf16le')]));
    const result = await readScenarioFile(path);
    expect(result.ok && result.hash).toBe(loaded(minimal).hash);
  });

  it('finds the line of bytes that are not UTF-8', async () => {
    const path = write('latin1.yaml', Buffer.concat([Buffer.from('format: x\ntitle: caf'), Buffer.from([0xe9]), Buffer.from('\n')]));
    expect(await errorsOfFile(path)).toEqual([`${path}:2: (file): the file is not valid UTF-8 text; save it as UTF-8 (plain text)`]);
  });

  it('refuses a file over 1 MiB', async () => {
    const path = write('big.yaml', `a: "${'x'.repeat(MAX_FILE_BYTES)}"\n`);
    expect(await errorsOfFile(path)).toEqual([`${path}: (file): the file is larger than 1 MiB; a scenario is a short text file`]);
  });
});
