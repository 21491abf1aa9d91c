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

// A scenario in another language (its `language` field) writes its references and figures as that
// language does: the quotes, the date and the numbers are read so, and compared with the facts.
describe('a shipped scenario in French, German, Spanish, Russian… against the sources’ facts', () => {
  const ROZMAN = '    reference: Rozman, Gilbert. 2016. "Courting Mother Russia". Policy Forum, 9 September 2016.';
  /** The base scenario in `language`, Rozman's reference written `reference`, its 400 billion written "400 milliard", 10⁹ in every language (a French "billion" is 10¹²). */
  const inLanguage = (language: string, reference: string) =>
    edit(edit(base, '\nsources:\n', `\nlanguage: ${language}\nsources:\n`), ROZMAN, `    reference: '${reference.replace(/'/g, "''")}'`).replace(/400([ -])billion/g, '400$1milliard');
  /** The facts, Rozman's dated `date`. */
  const dated = (date: string): SourceFacts[] => {
    const [rozman, diplomaatia] = fitting() as [SourceFacts, SourceFacts];
    return [{ ...rozman, reference: { ...rozman.reference, date } }, diplomaatia];
  };
  const NB = '\u00a0';
  const NNB = '\u202f';

  it('reads a French reference: the title in guillemets, spaced or not, and the date as French writes it', () => {
    for (const [reference, date] of [
      ['Rozman, Gilbert. « Courting Mother Russia ». Policy Forum, 9 septembre 2016.', '2016-09-09'],
      [`Rozman, Gilbert. «${NB}Courting Mother Russia${NB}». Policy Forum, 1er septembre 2024.`, '2024-09-01'],
      [`Rozman, Gilbert. «${NNB}Courting Mother Russia${NNB}». Policy Forum, 12${NB}mars${NB}2013.`, '2013-03-12'],
      ['Rozman, Gilbert. «Courting Mother Russia». Policy Forum, 2 février 2020.', '2020-02-02'],
      // A French Canadian scenario is French; the English form, as references were written before, still holds.
      ['Rozman, Gilbert. "Courting Mother Russia". Policy Forum, 1 September 2024.', '2024-09-01'],
    ] as const) {
      expect(shipped(inLanguage('fr', reference), dated(date)), reference).toEqual([]);
      expect(shipped(inLanguage('fr-CA', reference), dated(date)), reference).toEqual([]);
    }
  });

  it('says what a French reference lacks as French writes it, at its line', () => {
    const text = inLanguage('fr', 'Rozman, Gilbert. Courting Mother Russia. Policy Forum, 2024.');
    expect(shipped(text, dated('2024-09-01'))).toEqual([
      `mine.yaml:${lineOf(text, "    reference: 'Rozman")}: sources[0].reference: the reference does not say « Courting Mother Russia », 1er septembre 2024, as ${FILE} has it (author, title in quotes, publisher, date written out)`,
    ]);
  });

  it('reads the dates of the other languages the field allows', () => {
    for (const [language, reference] of [
      ['de', 'Rozman, Gilbert. „Courting Mother Russia“. Policy Forum, 1. September 2024.'],
      ['de-AT', 'Rozman, Gilbert. »Courting Mother Russia«. Policy Forum, 1. September 2024.'],
      ['es', 'Rozman, Gilbert. «Courting Mother Russia». Policy Forum, 1 de septiembre de 2024.'],
      ['it', 'Rozman, Gilbert. «Courting Mother Russia». Policy Forum, 1º settembre 2024.'],
      ['nl', 'Rozman, Gilbert. ‘Courting Mother Russia’. Policy Forum, 1 september 2024.'],
      ['pt', 'Rozman, Gilbert. «Courting Mother Russia». Policy Forum, 1º de setembro de 2024.'],
      ['ru', 'Rozman, Gilbert. «Courting Mother Russia». Policy Forum, 1 сентября 2024 г.'],
    ] as const) {
      expect(shipped(inLanguage(language, reference), dated('2024-09-01')), language).toEqual([]);
    }
    const german = inLanguage('de', 'Rozman, Gilbert. Courting Mother Russia. Policy Forum.');
    expect(shipped(german, dated('2024-09-01'))).toEqual([expect.stringContaining('the reference does not say „Courting Mother Russia“, 1. September 2024, as')]);
    const russian = inLanguage('ru', 'Rozman, Gilbert. «Courting Mother Russia». Policy Forum.');
    expect(shipped(russian, dated('2024-09-01'))).toEqual([expect.stringContaining('the reference does not say 1 сентября 2024, as')]);
  });

  it('holds an English scenario to English as before, and reads a day whole (the 1st is not in "11 September")', () => {
    const french = 'Rozman, Gilbert. « Courting Mother Russia ». Policy Forum, 1er septembre 2024.';
    const text = inLanguage('en', french);
    expect(shipped(text, dated('2024-09-01'))).toEqual([
      `mine.yaml:${lineOf(text, "    reference: 'Rozman")}: sources[0].reference: the reference does not say "Courting Mother Russia", 1 September 2024, as ${FILE} has it (author, title in quotes, publisher, date written out)`,
    ]);
    // The scenario as it is (no language: English) with a reference of the 11th for a source of the 1st.
    const eleventh = edit(base, '9 September 2016', '11 September 2016');
    expect(shipped(eleventh, dated('2016-09-01'))).toEqual([expect.stringContaining('sources[0].reference: the reference does not say 1 September 2016, as')]);
    expect(shipped(eleventh, dated('2016-09-11'))).toEqual([]);
  });

  it('takes a title in another Unicode form (a Mac’s é as e and an accent) for the same title', () => {
    const [rozman, diplomaatia] = fitting() as [SourceFacts, SourceFacts];
    const facts = [{ ...rozman, reference: { ...rozman.reference, title: 'Opération Serval' } }, diplomaatia];
    const nfd = 'Ope\u0301ration Serval';
    const text = edit(edit(base, 'Rozman, Gilbert. 2016. "Courting Mother Russia"', `Rozman, Gilbert. 2016. "${nfd}"`), '    title: Courting Mother Russia', `    title: ${nfd}`);
    expect(shipped(text, facts)).toEqual([]);
  });

  it('reads figures as the scenario’s language writes them and compares them as numbers', () => {
    const [rozman, diplomaatia] = fitting() as [SourceFacts, SourceFacts];
    const facts = (...figures: string[]) => [rozman, { ...diplomaatia, billionFigures: figures }];
    const french = edit(
      inLanguage('fr', 'Rozman, Gilbert. « Courting Mother Russia ». Policy Forum, 9 septembre 2016.'),
      'Can Russia develop',
      `Le G5 coûte 1,5 milliard, la dette 12${NNB}000 milliards, l'aide 3 milliards d'euros, 1${NB}200 soldats, 4,5 %. Can Russia develop`,
    );
    const at = `mine.yaml:${lineOf(french, 'Le G5 coûte')}: (file): `;
    // "400" is the minimal scenario's own 400-billion-dollar deal; "1.50" is 1.5 billion, as the facts file may hold it.
    expect(shipped(french, facts('400', '1.50', '12000'))).toEqual([`${at}"3 milliards": no source this scenario lists states 3 billion (${FILE}); state only its sources' figures, or cite the one that gives it`]);
    expect(shipped(french, facts('400', '3', '12000'))).toEqual([`${at}"1,5 milliard": no source this scenario lists states 1.5 billion (${FILE}); state only its sources' figures, or cite the one that gives it`]);
    expect(shipped(french, facts('400', '1.5', '3', '12000'))).toEqual([]);
    // German, Spanish and Russian words; the Spanish 1.500 millones is 1.5 billion.
    for (const [language, figure] of [['de', '1,5 Mrd. Euro'], ['es', '1.500 millones de euros'], ['es', '1,5 mil millones'], ['ru', '1,5 млрд евро']] as const) {
      const text = edit(edit(base, '\nsources:\n', `\nlanguage: ${language}\nsources:\n`), 'Can Russia develop', `${figure}. Can Russia develop`);
      expect(shipped(text, facts('400', '1.5')), figure).toEqual([]);
      expect(shipped(text, facts('400', '15')), figure).toEqual([expect.stringContaining(`no source this scenario lists states 1.5 billion`)]);
    }
  });

  it('reads a word at the scale of the scenario’s language: a French "billion" is a million millions, and the message says so', () => {
    const [rozman, diplomaatia] = fitting() as [SourceFacts, SourceFacts];
    const facts = (...figures: string[]) => [rozman, { ...diplomaatia, billionFigures: figures }];
    const ENGLISH_REFERENCE = 'Rozman, Gilbert. 2016. "Courting Mother Russia". Policy Forum, 9 September 2016.';
    const saying = (language: string, figure: string) => edit(inLanguage(language, ENGLISH_REFERENCE), 'Can Russia develop', `${figure}. Can Russia develop`);
    const french = saying('fr', "La dette atteint 2 billions d'euros");
    // A French source's "2 billions" or "2 000 milliards", on file as 2000 billion.
    expect(shipped(french, facts('400', '2000'))).toEqual([]);
    // An English source's 2 billion is not it: the message says how French reads the word.
    expect(shipped(french, facts('400', '2'))).toEqual([
      `mine.yaml:${lineOf(french, 'La dette atteint')}: (file): "2 billions": no source this scenario lists states 2000 billion (${FILE}); state only its sources' figures, or cite the one that gives it; in French "billions" is the English "trillion" (10¹²), and the English "billion" (10⁹) is "milliard"`,
    ]);
    expect(shipped(saying('en', 'The debt reaches 2 billion euros'), facts('400', '2'))).toEqual([]);
    // Each language's million millions, and the English press's shorthand.
    for (const [language, figure] of [['en', '2 trillion'], ['en', '$2000bn'], ['de', '2 Billionen Euro'], ['es', '2 billones'], ['it', '2 bilioni'], ['nl', '2 biljoen'], ['pt', '2 biliões'], ['ru', '2 трлн']] as const) {
      expect(shipped(saying(language, figure), facts('400', '2000')), figure).toEqual([]);
      expect(shipped(saying(language, figure), facts('400', '2')), figure).toEqual([expect.stringContaining('no source this scenario lists states 2000 billion')]);
    }
    // "billion" in a Spanish scenario, English 10⁹ or French 10¹², is no figure to compare.
    expect(shipped(saying('es', '2 billion'), facts('400'))).toEqual([]);
  });

  it('reads English figures whole: "1,200 billion" is 1200, "4,5 billion" 4.5, and billionaires are no figure', () => {
    const [rozman, diplomaatia] = fitting() as [SourceFacts, SourceFacts];
    const text = edit(base, 'Can Russia develop', 'With 1,200 billion of debt, 4,5 billion of aid and 3 billionaires, can Russia develop');
    expect(shipped(text, [rozman, { ...diplomaatia, billionFigures: ['400', '1200', '4.5'] }])).toEqual([]);
    const at = `mine.yaml:${lineOf(text, 'With 1,200 billion')}: (file): `;
    expect(shipped(text, [rozman, { ...diplomaatia, billionFigures: ['400', '200', '5'] }])).toEqual([
      `${at}"1,200 billion": no source this scenario lists states 1200 billion (${FILE}); state only its sources' figures, or cite the one that gives it`,
      `${at}"4,5 billion": no source this scenario lists states 4.5 billion (${FILE}); state only its sources' figures, or cite the one that gives it`,
    ]);
  });

  it('names a figure whose marks make no number rather than pass it by', () => {
    const [rozman, diplomaatia] = fitting() as [SourceFacts, SourceFacts];
    const text = edit(base, 'Can Russia develop', 'With 1.500.5 billion of debt, can Russia develop');
    const at = `mine.yaml:${lineOf(text, 'With 1.500.5 billion')}: (file): `;
    expect(shipped(text, [rozman, { ...diplomaatia, billionFigures: ['400', '1500.5'] }])).toEqual([
      `${at}"1.500.5 billion": this figure cannot be read as a number (its points, commas or spaces do not group thousands or mark decimals): write it as your sources do, e.g. "1.5 billion" or "1,5 milliard"`,
    ]);
  });
});
