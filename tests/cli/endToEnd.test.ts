// The real command line, as a teacher runs it: exit codes, standard output and standard error.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { brokenYaml, tempProject } from './helpers';

// `node --import tsx`, with tsx found from the project (the temporary folder is the working directory).
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const MAIN = fileURLToPath(new URL('../../src/cli/main.ts', import.meta.url));
const project = tempProject();
const broken = brokenYaml();
project.write('broken.yaml', broken.text);

function cli(...args: string[]) {
  return cliWith({}, ...args);
}

function cliWith(env: NodeJS.ProcessEnv, ...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', TSX, MAIN, ...args], { cwd: project.dir, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '', ...env } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('the command line', () => {
  it('validates, plays, replays and runs a batch on worker threads, with the right exit codes', () => {
    const bad = cli('validate', 'scenarios/fixture.json', 'broken.yaml');
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/^scenarios\/fixture\.json: valid \(scenario "fixture", 6 turns, hash [0-9a-f]{16}\)\n$/);
    expect(bad.stderr.split('\n')[0]).toBe(`broken.yaml:${broken.line}: options[0].target: no actor "bigg" (did you mean "big"?); the actors are: big, small`);
    expect(bad.stderr).not.toMatch(/\n\s+at /);

    const played = cli('play', '--scenario', 'fixture', '--seed', 'e2e', '--bot', 'greedy', '--out', 'game.json', '--json');
    expect(played.code).toBe(0);
    expect(JSON.parse(played.stdout)).toMatchObject({ scenario: 'fixture', seed: 'e2e', bot: 'greedy' });
    expect(cli('replay', 'game.json').code).toBe(0);
    project.write('garbage.json', 'PK\u0003\u0004 a zip file?');
    const garbage = cli('replay', 'garbage.json');
    expect(garbage.code).toBe(2);
    expect(garbage.stderr).toMatch(/^garbage\.json: cannot replay: the file is a ZIP archive \(or a Word, Excel or OpenDocument file\), not a game record: /);

    const one = cli('batch', '--scenario', 'fixture', '--games', '24', '--bot', 'random', '--workers', '1', '--json');
    const two = cli('batch', '--scenario', 'fixture', '--games', '24', '--bot', 'random', '--workers', '2', '--json');
    expect(one.code).toBe(0);
    expect(two.code).toBe(0);
    const strip = (text: string) => {
      const { seconds, gamesPerSecond, workers, ...rest } = JSON.parse(text);
      return { rest, workers };
    };
    expect(strip(two.stdout).workers).toBe(2);
    expect(strip(two.stdout).rest).toEqual(strip(one.stdout).rest);
  }, 120_000);

  it('under `npm run cli`, reads the files named from the folder npm was run in, not the project\'s root', () => {
    // npm runs the script from the project's root and says where it was typed as INIT_CWD.
    mkdirSync(join(project.dir, 'scenarios/mine'));
    project.write('scenarios/mine/own.json', JSON.stringify(JSON.parse(readFileSync(project.scenario, 'utf8'))));
    const npmRun = { npm_lifecycle_event: 'cli', INIT_CWD: join(project.dir, 'scenarios/mine') };
    expect(cliWith(npmRun, 'validate', 'own.json').stdout).toMatch(/^own\.json: valid /);
    // A program a test or a script starts keeps its own folder.
    expect(cliWith({ ...npmRun, npm_lifecycle_event: 'test' }, 'validate', 'own.json').stderr).toMatch(/^own\.json: \(file\): cannot read the file/);
  });

  it('answers an unknown command or option with one line and the usage (exit 2)', () => {
    const unknown = cli('frobnicate');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr.split('\n')[0]).toBe('error: unknown command "frobnicate"');
    expect(unknown.stderr).toContain('Commands:');
    const option = cli('validate', '--strict', 'x.yaml');
    expect(option.code).toBe(2);
    expect(option.stderr.split('\n')[0]).toBe('error: unknown option --strict for "validate" (it takes --json, --sources)');
    const help = cli('help', 'batch');
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: npm run --silent cli -- batch /);
  }, 60_000);
});
