// Every citation of every shipped scenario points at a paragraph that exists in its source text,
// and every dollar figure a scenario states is one its sources state.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readScenarioFile } from '../../src/scenario/readScenarioFile';
import { citations } from '../../src/scenario/scenarioWalk';

const seeds = join(__dirname, '../../../shared/seeds');

/** The short names of the seeds' README table, mapped to their files. */
function sourceFiles(): Map<string, string> {
  const readme = readFileSync(join(seeds, 'README.md'), 'utf8');
  const rows = [...readme.matchAll(/^\|\s*(\S+\.txt)\s*\|\s*([a-z0-9-]+)\s*\|/gm)];
  return new Map(rows.map((r) => [r[2]!, r[1]!]));
}

/** A source's paragraphs: its non-blank lines, counted from 1. */
function paragraphs(file: string): string[] {
  return readFileSync(join(seeds, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '');
}

const billions = (text: string) => [...text.matchAll(/(\d+(?:\.\d+)?)[ -]billion/g)].map((m) => m[1]!);

const scenarioFiles = readdirSync(join(__dirname, '../../scenarios')).filter((f) => f.endsWith('.yaml'));

describe('the source documents', () => {
  it('are beside the project, as CI provides them', () => {
    expect(existsSync(join(seeds, 'README.md'))).toBe(true);
    expect([...sourceFiles().keys()]).toEqual(['rozman-2016', 'diplomaatia-2019']);
  });
});

describe.each(scenarioFiles)('%s', (file) => {
  it('cites only paragraphs that exist, of sources it lists', async () => {
    const loaded = await readScenarioFile(join(__dirname, '../../scenarios', file));
    if (!loaded.ok) throw new Error(`${file} does not load`);
    const files = sourceFiles();
    const problems: string[] = [];
    let count = 0;
    for (const { value, path } of citations(loaded.scenario)) {
      count++;
      const sourceFile = files.get(value.source);
      if (!sourceFile) problems.push(`${path.join('.')}: ${value.source} is not a source document`);
      else if (value.paragraph > paragraphs(sourceFile).length) problems.push(`${path.join('.')}: ${value.source} has no paragraph ${value.paragraph}`);
    }
    expect(problems).toEqual([]);
    expect(count).toBeGreaterThan(5);
  });

  it('states only the dollar figures its sources state', async () => {
    const text = readFileSync(join(__dirname, '../../scenarios', file), 'utf8').replace(/#.*$/gm, '');
    const known = new Set([...sourceFiles().values()].flatMap((f) => billions(readFileSync(join(seeds, f), 'utf8'))));
    const stated = billions(text);
    expect(stated.filter((figure) => !known.has(figure))).toEqual([]);
  });
});
