// A scenario shipped with the project (a file in scenarios/) is held to the sources' facts in
// scenarios/sources.json: `validate` says so at the line, before the project's tests do. Each check
// is shown to fire here on the minimal scenario with facts made to fit it, then made not to.
import { describe, expect, it } from 'vitest';
import { formatError } from '../../src/scenario/errors';
import { loadScenario } from '../../src/scenario/load';
import { checkShippedSources, type SourceFacts } from '../../src/scenario/sourceFacts';
import { edit, lineOf, minimal } from './helpers';

const FILE = 'scenarios/sources.json';
const fitting = (): SourceFacts[] => [
  { id: 'rozman-2016', reference: { author: 'Rozman, Gilbert', title: 'Courting Mother Russia', publisher: 'Policy Forum', date: '2016-09-09' }, paragraphs: 20, fingerprints: [], billionFigures: [] },
  { id: 'diplomaatia-2019', reference: { title: "Russia's Pivot to the East: Between China, the US and the Other Asia", publisher: 'ICDS Diplomaatia', date: '2019-10-24' }, paragraphs: 40, fingerprints: [], billionFigures: ['400'] },
];

// The minimal scenario with the second source's reference naming its title, as a shipped one's must.
const base = edit(minimal, '    reference: ICDS Diplomaatia, 24 October 2019.', `    reference: 'ICDS Diplomaatia. "Russia''s Pivot to the East: Between China, the US and the Other Asia". 24 October 2019.'`);

/** The errors `validate` gives the text as a file in scenarios/, held to `sources`. */
function shipped(text: string, sources: SourceFacts[]): string[] {
  const result = loadScenario(text, 'mine.yaml', { alsoCheck: (scenario, read) => checkShippedSources(scenario, read, sources, FILE) });
  return result.ok ? [] : result.errors.map(formatError);
}

describe('a scenario shipped with the project, against the sources’ facts', () => {
  it('passes when its sources, references, paragraphs and figures are the facts’', () => {
    expect(shipped(base, fitting())).toEqual([]);
    // Not held to them, as any file outside scenarios/ is: the same file with no facts at all loads.
    expect(loadScenario(base, 'mine.yaml').ok).toBe(true);
  });

  it('names a source the facts file does not have, and one whose reference is still blank', () => {
    const [rozman, diplomaatia] = fitting() as [SourceFacts, SourceFacts];
    expect(shipped(base, [diplomaatia])).toEqual([`mine.yaml:${lineOf(base, '  - id: rozman-2016')}: sources[0].id: "rozman-2016" is not a source document of ${FILE}, so the project's tests cannot check its citations: add your documents with npm run sources -- FOLDER and fill in their references (docs/scenario-format.md, "Shipping your scenario with the project")`]);
    const blank = `sources[0].id: "rozman-2016" has no complete reference yet in ${FILE}: fill in its title, publisher and date (YYYY-MM-DD) there`;
    expect(shipped(base, [{ ...rozman, reference: { title: '', publisher: '', date: '' } }, diplomaatia])[0]).toContain(blank);
    // Half filled in: the title, but no date and no publisher.
    expect(shipped(base, [{ ...rozman, reference: { title: 'Courting Mother Russia', publisher: '', date: '' } }, diplomaatia])).toEqual([expect.stringContaining(blank)]);
  });

  it('names a title, a reference or a link that is not the facts’', () => {
    const [rozman, diplomaatia] = fitting() as [SourceFacts, SourceFacts];
    const other = { ...rozman, reference: { ...rozman.reference, title: 'Courting Russia', publisher: 'East Asia Forum', url: 'https://example.org/rozman' } };
    expect(shipped(base, [other, diplomaatia])).toEqual([
      `mine.yaml:${lineOf(base, '  - id: rozman-2016')}: sources[0].id: the link is missing; ${FILE} gives https://example.org/rozman`,
      `mine.yaml:${lineOf(base, '    title: Courting Mother Russia')}: sources[0].title: "Courting Mother Russia" is not the title ${FILE} gives this document: "Courting Russia"`,
      `mine.yaml:${lineOf(base, '    reference: Rozman')}: sources[0].reference: the reference does not say "Courting Russia", East Asia Forum, as ${FILE} has it (author, title in quotes, publisher, date written out)`,
    ]);
  });

  it('names a paragraph the source does not have, at the citation', () => {
    const [rozman, diplomaatia] = fitting() as [SourceFacts, SourceFacts];
    const errors = shipped(base, [{ ...rozman, paragraphs: 12 }, diplomaatia]);
    expect(errors).toEqual([`mine.yaml:${lineOf(base, '        paragraph: 13')}: events[1].sources[0].paragraph: rozman-2016 has 12 paragraphs (${FILE}): there is no paragraph 13`]);
  });

  it('names a dollar figure no listed source states, but not one in a comment', () => {
    const [rozman, diplomaatia] = fitting() as [SourceFacts, SourceFacts];
    expect(shipped(base, [rozman, { ...diplomaatia, billionFigures: [] }])).toEqual([
      `mine.yaml:${lineOf(base, '    title: The 400-billion-dollar gas deal')}: (file): "400-billion": no source this scenario lists states 400 billion (${FILE}); state only its sources' figures, or cite the one that gives it`,
      `mine.yaml:${lineOf(base, '        note: The 400 billion')}: (file): "400 billion": no source this scenario lists states 400 billion (${FILE}); state only its sources' figures, or cite the one that gives it`,
    ]);
    // The comment's "70 billion dollars" (line 71) was not named above; in the text it is.
    const stated = edit(base, '# trade: about 70 billion dollars', '');
    expect(shipped(edit(stated, 'Can Russia develop', 'With 70 billion of trade, can Russia develop'), fitting())).toHaveLength(1);
  });
});
