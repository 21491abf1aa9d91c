// Temporary scenario files for the CLI tests: the engine's test fixture written as JSON (and, with
// a mistake, as YAML), in a fresh folder under the system's temporary folder.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { stringify } from 'yaml';
import { fixtureData } from '../engine/fixture';

export interface TempProject {
  dir: string;
  /** The fixture scenario as scenarios/fixture.json inside `dir` (so replay can find it by id). */
  scenario: string;
  write(name: string, text: string): string;
}

/** A fresh folder, removed when the test file is done. */
export function tempProject(): TempProject {
  const dir = mkdtempSync(join(tmpdir(), 'pivot-east-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, 'scenarios'));
  const write = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };
  const scenario = write('scenarios/fixture.json', JSON.stringify(fixtureData, null, 2));
  return { dir, scenario, write };
}

/**
 * The fixture as YAML, as a teacher would write it, with one mistake: the first option is aimed at
 * an actor "bigg" that does not exist. Returns the text and the line of the mistake.
 */
export function brokenYaml(): { text: string; line: number } {
  const data = structuredClone(fixtureData);
  data.options[0]!.target = 'bigg';
  const text = `# A scenario with a typo in it.\n${stringify(data)}`;
  return { text, line: text.split('\n').findIndex((l) => l.includes('target: bigg')) + 1 };
}
