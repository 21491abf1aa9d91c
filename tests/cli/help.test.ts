import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS, runCli } from '../../src/cli/cli';
import { memoryIo, printable } from '../../src/cli/io';
import { scenarioJsonSchemaText } from '../../src/scenario/jsonSchema';
import { tempProject } from './helpers';

const project = tempProject();

describe('help and usage', () => {
  it('lists every command with --help, and explains each with help COMMAND and COMMAND --help', async () => {
    const io = memoryIo();
    expect(await runCli(['--help'], io)).toBe(0);
    for (const c of COMMANDS) expect(io.stdout[0]).toContain(`  ${c.name}`);
    for (const c of COMMANDS) {
      const a = memoryIo();
      const b = memoryIo();
      expect(await runCli(['help', c.name], a)).toBe(0);
      expect(await runCli([c.name, '--help'], b)).toBe(0);
      expect(a.stdout).toEqual(b.stdout);
      expect(a.stdout[0]).toMatch(new RegExp(`^Usage: npm run --silent cli -- ${c.name}`));
    }
  });

  it('answers a mistake with one error line, then the usage, and exit code 2', async () => {
    for (const argv of [[], ['frob'], ['--frob'], ['help', 'frob'], ['validate'], ['replay', 'a.json', 'b.json'], ['batch', '--games'], ['play', '--json=yes']]) {
      const io = memoryIo();
      expect(await runCli(argv, io)).toBe(2);
      expect(io.stderr[0]).toMatch(/^error: [^\n]+$/);
      expect(io.stderr.slice(1).join('\n')).toContain('Usage: npm run --silent cli --');
      expect(io.stdout).toEqual([]);
    }
  });

  it('keeps terminal control characters from untrusted files out of the output', () => {
    expect(printable('option "\u001b[2Jx"\ttab')).toBe('option "\\u001b[2Jx"\\ttab');
  });
});

describe('schema', () => {
  it('prints the scenario JSON Schema, or writes it with --out', async () => {
    const io = memoryIo(project.dir);
    expect(await runCli(['schema'], io)).toBe(0);
    expect(`${io.stdout.join('\n')}\n`).toBe(scenarioJsonSchemaText());
    expect(JSON.parse(io.stdout.join('\n'))).toMatchObject({ title: 'Pivot East scenario', type: 'object' });
    const io2 = memoryIo(project.dir);
    expect(await runCli(['schema', '--out', 'schema.json'], io2)).toBe(0);
    expect(readFileSync(join(project.dir, 'schema.json'), 'utf8')).toBe(scenarioJsonSchemaText());
    const io3 = memoryIo(project.dir);
    expect(await runCli(['schema', '--out', 'no/such/folder/schema.json'], io3)).toBe(1);
    expect(io3.stderr).toEqual(['no/such/folder/schema.json: cannot write the file: no such file or folder']);
  });
});
