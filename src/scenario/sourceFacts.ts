// The facts kept about the source documents in scenarios/sources.json (the texts are not ours to
// publish; scripts/sourceFacts.ts derives the facts from them), and the checks a scenario shipped
// with the project must pass against them: `validate` of a file in scenarios/ and the citation
// tests both run checkShippedSources. Pure: the caller reads the file.
import { amountOfBillions, billionFigures, inBillions, scaleAgainstEnglish } from './billionFigures';
import type { Path, Problem } from './errors';
import { quotedTitle, quotesTitle } from './quotedTitle';
import type { Scenario } from './schema';
import { citations } from './scenarioWalk';
import { textLanguage } from './textLanguage';
import { saysDate, writtenDates } from './writtenDate';
import { z } from './zod';

/** The file, relative to the project root. */
export const SOURCE_FACTS_FILE = 'scenarios/sources.json';
export const SOURCE_FACTS_FORMAT = 'pivot-east-sources/1';

const httpUrl = z.url({ protocol: /^https?$/, error: 'a link is a full http:// or https:// address' });

export const sourceReferenceSchema = z.strictObject({
  /** "Surname, Given name", when the text names its author. */
  author: z.string().min(1).optional(),
  title: z.string().min(1, 'fill in the title'),
  publisher: z.string().min(1, 'fill in the publisher'),
  /** The publication date, YYYY-MM-DD. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is YYYY-MM-DD'),
  url: httpUrl.optional(),
});

/** As the file may hold it: `npm run sources` writes a new source's reference with empty fields. */
const referenceOnFileSchema = z.strictObject({
  author: z.string().optional(),
  title: z.string(),
  publisher: z.string(),
  date: z.string(),
  url: z.string().optional(),
});

export const sourceFactsSchema = z.strictObject({
  /** The short name scenario files cite. */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  /** Complete (`sourceReferenceSchema`) once a person has filled it in; the citation test says so. */
  reference: referenceOnFileSchema,
  paragraphs: z.number().int().min(1),
  /** One per paragraph, in order: see `fingerprint`. */
  fingerprints: z.array(z.string().regex(/^[0-9a-f]{16}$/)),
  /**
   * Every figure in billions the text states (its sums of money: "24.5 billion", "1,5 milliard",
   * "1.500 millones", a French "2 billions"; see billionFigures.ts), once each, as its number of
   * billions with a decimal point: "24.5", "1.5", "2000".
   */
  billionFigures: z.array(z.string().regex(/^\d+(\.\d{1,9})?$/, 'a number of billions with a decimal point, such as "24.5"')),
});

export const sourceFactsFileSchema = z.strictObject({
  format: z.literal(SOURCE_FACTS_FORMAT),
  about: z.string(),
  sources: z.array(sourceFactsSchema),
});

export type SourceReference = z.infer<typeof referenceOnFileSchema>;
export type SourceFacts = z.infer<typeof sourceFactsSchema>;
export type SourceFactsFile = z.infer<typeof sourceFactsFileSchema>;

/**
 * The figures in billions of a text, as numbers of billions ("24.5"), in order (repeats kept), read
 * in `language` (billionFigures); by default in the one its words show, as a source's text is read
 * (nobody tells `npm run sources` its language), or as a text of no known language if they show none.
 */
export function billionFiguresIn(text: string, language: string | undefined = textLanguage(text)): string[] {
  return billionFigures(text, language).flatMap((f) => (f.amount === undefined ? [] : [inBillions(f.amount)]));
}

/** Whether two lists of figures (numbers of billions, as the facts file keeps them) are the same numbers in the same order: "24.50" is "24.5". */
export function sameFigures(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => {
    const amount = amountOfBillions(x);
    return amount !== undefined && amount === amountOfBillions(b[i]!);
  });
}

/** What a word of the scenario's language is, where English reads it at another scale ("billions" in French): the figure may have been meant as English. */
function againstEnglish(word: string, language: string): string {
  const note = scaleAgainstEnglish(word, language);
  return note === undefined ? '' : `; ${note}`;
}

const HOW = 'add your documents with npm run sources -- FOLDER and fill in their references (docs/scenario-format.md, "Shipping your scenario with the project")';

/**
 * What keeps a scenario from shipping with the project, checked against the sources' facts (`file`
 * names them in messages): each source it lists is there, with the same title and link and a
 * reference naming its author, title in quotes, publisher and date (the quotes and the date as
 * the scenario's `language` writes them, or as English does); each citation's paragraph exists;
 * each figure in billions its text states ("N billion", "N milliards", …), one of its sources
 * states, as the same number.
 */
export function checkShippedSources(s: Scenario, text: string, facts: readonly SourceFacts[], file: string): Problem[] {
  const byId = new Map(facts.map((f) => [f.id, f]));
  const problems: Problem[] = [];
  const at = (path: Path, message: string) => problems.push({ path, message });
  s.sources.forEach((listed, i) => {
    const known = byId.get(listed.id);
    if (!known) return at(['sources', i, 'id'], `"${listed.id}" is not a source document of ${file}, so the project's tests cannot check its citations: ${HOW}`);
    const ref = known.reference;
    // A reference `npm run sources` left blank, or half filled in: its parts cannot be compared yet.
    if (!sourceReferenceSchema.safeParse(ref).success) return at(['sources', i, 'id'], `"${listed.id}" has no complete reference yet in ${file}: fill in its title, publisher and date (YYYY-MM-DD) there, and its author and url when known`);
    // The same letters in another Unicode form (a Mac's "é" as e and an accent) are the same title.
    if (listed.title.normalize('NFC') !== ref.title.normalize('NFC')) at(['sources', i, 'title'], `"${listed.title}" is not the title ${file} gives this document: "${ref.title}"`);
    const says = (part: string) => listed.reference.normalize('NFC').includes(part.normalize('NFC'));
    const parts: [string | undefined, boolean][] = [
      [ref.author, ref.author === undefined || says(ref.author)],
      [quotedTitle(ref.title, s.language), quotesTitle(listed.reference, ref.title, s.language)],
      [ref.publisher, says(ref.publisher)],
      [writtenDates(ref.date, s.language)[0], saysDate(listed.reference, ref.date, s.language)],
    ];
    const missing = parts.filter(([, said]) => !said).map(([part]) => part!);
    if (missing.length > 0) at(['sources', i, 'reference'], `the reference does not say ${missing.join(', ')}, as ${file} has it (author, title in quotes, publisher, date written out)`);
    if (listed.url !== ref.url) at(['sources', i, listed.url === undefined ? 'id' : 'url'], `the link is ${listed.url ?? 'missing'}; ${file} gives ${ref.url ?? 'none'}`);
  });
  for (const { value, path } of citations(s)) {
    const source = byId.get(value.source);
    if (source && value.paragraph > source.paragraphs) at([...path, 'paragraph'], `${value.source} has ${source.paragraphs} paragraphs (${file}): there is no paragraph ${value.paragraph}`);
  }
  // Compared as whole numbers: "1,5 milliard" in the scenario is the "1.5 billion" of its source.
  const stated = new Set(s.sources.flatMap((listed) => byId.get(listed.id)?.billionFigures ?? []).map(amountOfBillions));
  // Comments are the author's, not the game's: a figure in one states nothing to players.
  for (const { index, written, word, amount } of billionFigures(text, s.language)) {
    const lineStart = text.lastIndexOf('\n', index) + 1;
    if (text.slice(lineStart, index).includes('#')) continue;
    if (amount === undefined) problems.push({ path: [], offset: index, message: `"${written}": this figure cannot be read as a number (its points, commas or spaces do not group thousands or mark decimals): write it as your sources do, e.g. "1.5 billion" or "1,5 milliard"` });
    else if (!stated.has(amount)) problems.push({ path: [], offset: index, message: `"${written}": no source this scenario lists states ${inBillions(amount)} billion (${file}); state only its sources' figures, or cite the one that gives it${againstEnglish(word, s.language)}` });
  }
  return problems;
}
