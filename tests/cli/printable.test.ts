// Whatever a scenario, record or seed holds, the CLI prints it on the line where it belongs: every
// control character, line break and bidirectional control is shown as an escape.
import { describe, expect, it, vi } from 'vitest';
import { fixtureData } from '../engine/fixture';
import { runCli } from '../../src/cli/cli';
import { memoryIo, printable, processIo } from '../../src/cli/io';
import { tempProject } from './helpers';

const project = tempProject();
const RLO = '\u202e'; // RIGHT-TO-LEFT OVERRIDE: reverses the text after it

/** What a terminal shows: the lines as printed, line breaks inside them included. */
const screenLines = (lines: readonly string[]) => lines.join('\n').split(/\r\n|\r|\n|\u2028|\u2029/);

describe('printable', () => {
  it.each([
    ['a line break', 'x\nreplay matches', 'x\\nreplay matches'],
    ['a carriage return and a tab', 'a\rb\tc', 'a\\rb\\tc'],
    ['a terminal escape', 'option "\u001b[2Jx"', 'option "\\u001b[2Jx"'],
    ['a C1 control (CSI)', 'a\u009b31mb', 'a\\u009b31mb'],
    ['bidirectional controls', `${RLO}txt.exe \u2066a\u2069 \u200e\u200f\u061c`, '\\u202etxt.exe \\u2066a\\u2069 \\u200e\\u200f\\u061c'],
    ['line and paragraph separators', 'a\u2028b\u2029c', 'a\\u2028b\\u2029c'],
    ['ordinary text, accents and other scripts', 'Abe: a visit — Россия 中国 "quoted" \\ back', 'Abe: a visit — Россия 中国 "quoted" \\ back'],
  ])('escapes %s', (_, text, shown) => {
    expect(printable(text)).toBe(shown);
  });
});

describe('the commands print untrusted text escaped', () => {
  it('a seed with a line break cannot forge a line', async () => {
    const io = memoryIo(project.dir);
    await runCli(['play', '--scenario', 'scenarios/fixture.json', '--seed', 'x\nreplay matches: all good', '--bot', 'random'], io);
    const lines = screenLines([...io.stdout, ...io.stderr]);
    expect(lines.filter((l) => l.startsWith('replay matches'))).toEqual([]);
    // Seeds may hold no control character at all (src/app/seed.ts): the refusal names it.
    expect(lines.some((l) => l.includes('control character (U+000A)'))).toBe(true);
  });

  it('a scenario title with U+202E is shown as \\u202e, and the JSON output still reads back the same', async () => {
    const title = `Harmless ${RLO}gnp.exe`;
    const file = project.write('scenarios/bidi.json', JSON.stringify({ ...fixtureData, id: 'bidi', title }));
    const io = memoryIo(project.dir);
    expect(await runCli(['play', '--scenario', file, '--seed', 's', '--bot', 'random'], io)).toBe(0);
    expect(io.stdout.join('\n')).not.toContain(RLO);
    expect(io.stdout[0]).toContain('Harmless \\u202egnp.exe');

    const json = memoryIo(project.dir);
    expect(await runCli(['play', '--scenario', file, '--seed', 's', '--bot', 'random', '--json'], json)).toBe(0);
    expect(json.stdout.join('\n')).not.toContain(RLO);
    expect(JSON.parse(json.stdout.join('\n')).scenarioTitle).toBe(title);
  });

  it('an error quoting a file keeps to its line', async () => {
    const file = project.write('bad.yaml', 'format: x\n"a\\u001b[2J\\nreplay matches\\u202e": 1\n');
    const io = memoryIo(project.dir);
    expect(await runCli(['validate', file], io)).toBe(1);
    const lines = screenLines([...io.stdout, ...io.stderr]);
    expect(lines.filter((l) => l.startsWith('replay matches'))).toEqual([]);
    expect(lines.join('\n')).not.toMatch(/[\u001b\u202e]/);
  });
});

describe("the real terminal's output (processIo)", () => {
  it('escapes what it writes to standard output and error, keeping only its own line breaks', () => {
    const written: string[] = [];
    const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => written.push(`out:${String(chunk)}`) > 0);
    const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => written.push(`err:${String(chunk)}`) > 0);
    try {
      const io = processIo();
      io.out(`a${RLO}b\nforged`);
      io.err('c\u001b[2Jd');
      io.outLines(`first\nsecond${RLO}`);
      io.errLines('one\ntwo\u0007');
    } finally {
      out.mockRestore();
      err.mockRestore();
    }
    expect(written).toEqual(['out:a\\u202eb\\nforged\n', 'err:c\\u001b[2Jd\n', 'out:first\nsecond\\u202e\n', 'err:one\ntwo\\u0007\n']);
  });
});

