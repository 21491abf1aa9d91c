// Every citation of every shipped scenario points at a paragraph that exists in its source, every
// source a scenario lists is a known document with its full reference, and every dollar figure a
// scenario states is one its sources state. The sources' texts are not in the repository (they are
// not ours to publish): their facts are, in scenarios/sources.json, which `npm run sources -- DIR`
// derives from the texts and checks against them.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { billionFiguresIn, readSourceFacts, SOURCE_FACTS_FILE, sourceReferenceSchema, type SourceFacts } from '../../scripts/sourceFacts';
import { readScenarioFile } from '../../src/scenario/readScenarioFile';
import { citations } from '../../src/scenario/scenarioWalk';

const root = join(__dirname, '../..');
const facts = readSourceFacts(join(root, SOURCE_FACTS_FILE)).sources;
const byId = new Map<string, SourceFacts>(facts.map((s) => [s.id, s]));

const scenarioFiles = readdirSync(join(root, 'scenarios')).filter((f) => f.endsWith('.yaml'));

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** 2016-09-09 as a reader writes it: 9 September 2016. */
const longDate = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[m! - 1]} ${y}`;
};

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
  const load = async () => {
    const loaded = await readScenarioFile(join(root, 'scenarios', file));
    if (!loaded.ok) throw new Error(`${file} does not load`);
    return loaded.scenario;
  };

  it('cites only paragraphs that exist, of sources it lists', async () => {
    const scenario = await load();
    const problems: string[] = [];
    let count = 0;
    for (const { value, path } of citations(scenario)) {
      count++;
      const source = byId.get(value.source);
      if (!source) problems.push(`${path.join('.')}: ${value.source} is not a source document`);
      else if (value.paragraph > source.paragraphs) problems.push(`${path.join('.')}: ${value.source} has no paragraph ${value.paragraph}`);
    }
    expect(problems).toEqual([]);
    expect(count).toBeGreaterThan(5);
  });

  it('shows each source it lists with its full reference: author, title, publisher, date and link', async () => {
    const scenario = await load();
    const problems: string[] = [];
    for (const listed of scenario.sources) {
      const known = byId.get(listed.id);
      if (!known) {
        problems.push(`${listed.id}: not a source document of ${SOURCE_FACTS_FILE}`);
        continue;
      }
      const ref = known.reference;
      if (listed.title !== ref.title) problems.push(`${listed.id}: title "${listed.title}", the source's is "${ref.title}"`);
      for (const part of [ref.author, `"${ref.title}"`, ref.publisher, longDate(ref.date)]) {
        if (part !== undefined && !listed.reference.includes(part)) problems.push(`${listed.id}: the reference does not say ${part}`);
      }
      if (listed.url !== ref.url) problems.push(`${listed.id}: link ${listed.url ?? 'none'}, the source's is ${ref.url ?? 'none'}`);
    }
    expect(problems).toEqual([]);
  });

  it('states only the dollar figures its sources state', async () => {
    const scenario = await load();
    const text = readFileSync(join(root, 'scenarios', file), 'utf8').replace(/#.*$/gm, '');
    const known = new Set(scenario.sources.flatMap((s) => byId.get(s.id)?.billionFigures ?? []));
    const stated = billionFiguresIn(text);
    expect(stated.filter((figure) => !known.has(figure))).toEqual([]);
  });
});
