// Every citation of every shipped scenario points at a paragraph that exists in its source, every
// source a scenario lists is a known document with its full reference, and every dollar figure a
// scenario states is one its sources state. The sources' texts are not in the repository (they are
// not ours to publish): their facts are, in scenarios/sources.json, which `npm run sources -- DIR`
// derives from the texts and checks against them.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSourceFacts, SOURCE_FACTS_FILE, sourceReferenceSchema } from '../../scripts/sourceFacts';
import { checkShippedSources } from '../../src/scenario/sourceFacts';
import { readScenarioFile } from '../../src/scenario/readScenarioFile';
import { citations } from '../../src/scenario/scenarioWalk';

const root = join(__dirname, '../..');
const facts = readSourceFacts(join(root, SOURCE_FACTS_FILE)).sources;

const scenarioFiles = readdirSync(join(root, 'scenarios')).filter((f) => f.endsWith('.yaml'));

describe('the source facts', () => {
  // A teacher who ships a scenario of their own adds its documents after these (docs/scenario-format.md).
  it('name the two articles the game is built from, each source once, with a fingerprint for every paragraph', () => {
    const ids = facts.map((s) => s.id);
    expect(ids.slice(0, 2)).toEqual(['rozman-2016', 'diplomaatia-2019']);
    expect(new Set(ids).size).toBe(ids.length);
    for (const s of facts) expect(s.fingerprints).toHaveLength(s.paragraphs);
  });

  it('give each source a complete reference: title, publisher, date, and author and link when known', () => {
    for (const s of facts) expect(sourceReferenceSchema.safeParse(s.reference).error?.issues ?? [], s.id).toEqual([]);
  });
});

describe.each(scenarioFiles)('%s', (file) => {
  // The checks `validate` makes of a file in scenarios/ (src/scenario/sourceFacts.ts), and enough citations to check.
  it('lists only documents of the facts file, with their references; cites their paragraphs that exist; states only their figures', async () => {
    const path = join(root, 'scenarios', file);
    const loaded = await readScenarioFile(path);
    if (!loaded.ok) throw new Error(`${file} does not load`);
    const problems = checkShippedSources(loaded.scenario, readFileSync(path, 'utf8'), facts, SOURCE_FACTS_FILE);
    expect(problems.map((p) => `${p.path.join('.')}: ${p.message}`)).toEqual([]);
    expect([...citations(loaded.scenario)].length).toBeGreaterThan(5);
  });
});
