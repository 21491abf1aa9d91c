// Facts about the source documents, kept in the repository instead of their text (the articles are
// not ours to publish): each source's reference, its number of paragraphs, a fingerprint of each
// paragraph and the figures it states. The citation tests check the scenarios against these facts;
// scripts/sources.ts derives them from the texts when a person has the texts.
//
// A paragraph is a non-blank line of the source's text file, counted from 1 (as scenario citations
// count them). Its fingerprint is the first 16 hex digits of the SHA-256 of its normalised text:
// Unicode NFC, every run of white space (spaces, tabs, no-break spaces, a CR before the line end)
// made one space, then trimmed. So re-saving a text with other line endings or spacing keeps its
// fingerprints, and any change of a word changes one.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

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
  /** The N of every "N billion" / "N-billion" the text states (its dollar figures), as written. */
  billionFigures: z.array(z.string()),
});

export const sourceFactsFileSchema = z.strictObject({
  format: z.literal(SOURCE_FACTS_FORMAT),
  about: z.string(),
  sources: z.array(sourceFactsSchema),
});

export type SourceReference = z.infer<typeof referenceOnFileSchema>;
export type SourceFacts = z.infer<typeof sourceFactsSchema>;
export type SourceFactsFile = z.infer<typeof sourceFactsFileSchema>;

export const ABOUT =
  'Facts about the source documents, not their text. A paragraph is a non-blank line of the text, counted from 1; ' +
  'its fingerprint is the first 16 hex digits of the SHA-256 of the paragraph normalised (Unicode NFC, white space collapsed to one space, trimmed). ' +
  'billionFigures are the N of every "N billion" the text states. Regenerate with: npm run sources -- DIR (see README.md).';

/** A paragraph's text as fingerprinted: NFC, runs of white space made one space, trimmed. */
export function normaliseParagraph(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** First 16 hex digits of the SHA-256 of the normalised paragraph. */
export function fingerprint(paragraph: string): string {
  return createHash('sha256').update(normaliseParagraph(paragraph), 'utf8').digest('hex').slice(0, 16);
}

/** A text's paragraphs: its non-blank lines, in order (paragraph N is element N - 1). */
export function paragraphsOf(text: string): string[] {
  return text.split(/\r?\n|\r/).filter((line) => normaliseParagraph(line) !== '');
}

/** The N of every "N billion" / "N-billion" in a text, as written, in order (repeats kept). */
export function billionFiguresIn(text: string): string[] {
  return [...text.matchAll(/(\d+(?:\.\d+)?)[ -]billion/g)].map((m) => m[1]!);
}

/** The facts a source's text gives (the reference is a person's to write). */
export function factsOfText(id: string, reference: SourceReference, text: string): SourceFacts {
  const paragraphs = paragraphsOf(text);
  return {
    id,
    reference,
    paragraphs: paragraphs.length,
    fingerprints: paragraphs.map(fingerprint),
    billionFigures: [...new Set(billionFiguresIn(text))],
  };
}

/** The rows of a sources folder's README.md table: `| file.txt | short-name | reference |`. */
export function sourceTable(dir: string): { file: string; id: string }[] {
  const readme = readFileSync(join(dir, 'README.md'), 'utf8');
  return [...readme.matchAll(/^\|\s*(\S+\.txt)\s*\|\s*([a-z0-9-]+)\s*\|/gm)].map((r) => ({ file: r[1]!, id: r[2]! }));
}

export function readSourceFacts(file: string): SourceFactsFile {
  return sourceFactsFileSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}

export const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;

/** Differences between the facts on file and the facts the texts give, one line each (a source on file that is not among the texts is not compared). */
export function compareFacts(onFile: readonly SourceFacts[], fromTexts: readonly SourceFacts[]): string[] {
  const problems: string[] = [];
  const byId = new Map(onFile.map((s) => [s.id, s]));
  for (const text of fromTexts) {
    const facts = byId.get(text.id);
    if (!facts) {
      problems.push(`${text.id}: a source of the folder, missing from the facts file`);
      continue;
    }
    if (facts.paragraphs !== text.paragraphs) problems.push(`${text.id}: ${count(facts.paragraphs, 'paragraph')} on file, ${text.paragraphs} in the text`);
    if (facts.fingerprints.length !== facts.paragraphs) problems.push(`${text.id}: ${count(facts.fingerprints.length, 'fingerprint')} on file for ${count(facts.paragraphs, 'paragraph')}`);
    const changed: number[] = [];
    for (let i = 0; i < Math.max(facts.fingerprints.length, text.fingerprints.length); i++) {
      if (facts.fingerprints[i] !== text.fingerprints[i]) changed.push(i + 1);
    }
    if (changed.length > 0) problems.push(`${text.id}: paragraph${changed.length > 1 ? 's' : ''} ${changed.join(', ')} differ${changed.length > 1 ? '' : 's'} from the text`);
    if (facts.billionFigures.join() !== text.billionFigures.join()) {
      problems.push(`${text.id}: billion figures on file [${facts.billionFigures.join(', ')}], in the text [${text.billionFigures.join(', ')}]`);
    }
  }
  return problems;
}
