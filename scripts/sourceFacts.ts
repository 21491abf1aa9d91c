// Facts about the source documents, kept in the repository instead of their text (the articles are
// not ours to publish): each source's reference, its number of paragraphs, a fingerprint of each
// paragraph and the figures in billions it states (each word at its scale in the text's language,
// which its common words tell: src/scenario/billionFigures.ts, textLanguage.ts). The citation tests check the scenarios against these
// facts; scripts/sources.ts derives them from the texts when a person has the texts.
//
// A paragraph is a non-blank line of the source's text file, counted from 1 (as scenario citations
// count them). Its fingerprint is the first 16 hex digits of the SHA-256 of its normalised text:
// Unicode NFC, every run of white space (spaces, tabs, no-break spaces, a CR before the line end)
// made one space, then trimmed. So re-saving a text with other line endings or spacing keeps its
// fingerprints, and any change of a word changes one.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { offsetOfPath } from '../src/app/jsonLocations';
import { renderPath } from '../src/scenario/errors';
import { findJsonSyntaxError } from '../src/scenario/jsonSyntax';
import { plural } from '../src/scenario/plural';
import { textLanguage } from '../src/scenario/textLanguage';
import { billionFiguresIn, sameFigures, sourceFactsFileSchema, type SourceFacts, type SourceFactsFile, type SourceReference } from '../src/scenario/sourceFacts';

// The facts file's form is the game's (its validate checks a shipped scenario against it).
export { billionFiguresIn, SOURCE_FACTS_FILE, SOURCE_FACTS_FORMAT, sourceFactsFileSchema, sourceReferenceSchema, type SourceFacts, type SourceFactsFile, type SourceReference } from '../src/scenario/sourceFacts';

export const ABOUT =
  'Facts about the source documents, not their text. A paragraph is a non-blank line of the text, counted from 1; ' +
  'its fingerprint is the first 16 hex digits of the SHA-256 of the paragraph normalised (Unicode NFC, white space collapsed to one space, trimmed). ' +
  'billionFigures are the figures in billions the text states ("N billion", "N milliards", "N Mrd.", "N mil millones", "N млрд", …, and millions that make a billion or more), once each, as numbers of billions with a decimal point. Regenerate with: npm run sources -- DIR (see README.md).';

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

/** The facts a source's text gives (the reference is a person's to write); its figures read in `language`, by default the one its common words tell (textLanguage.ts). */
export function factsOfText(id: string, reference: SourceReference, text: string, language = textLanguage(text)): SourceFacts {
  const paragraphs = paragraphsOf(text);
  return {
    id,
    reference,
    paragraphs: paragraphs.length,
    fingerprints: paragraphs.map(fingerprint),
    billionFigures: [...new Set(billionFiguresIn(text, language))],
  };
}

/** A row of a sources folder's README.md table: its text file, short name, reference as written (may be empty), language as written (empty when not given) and line. */
export interface SourceRow {
  file: string;
  id: string;
  written: string;
  language: string;
  line: number;
}

/**
 * The rows of a sources folder's README.md table (its text), `| file.txt | short-name | reference |`
 * with an optional fourth column, the text's language (`| … | fr |`): told by the text's words when not given.
 */
export function sourceTable(readme: string): SourceRow[] {
  const rows: SourceRow[] = [];
  readme.split(/\r?\n/).forEach((text, i) => {
    const cells = /^\|(.*)\|\s*$/.exec(text)?.[1]!.split('|').map((cell) => cell.trim());
    if (!cells || cells.length < 3 || !/^\S+\.txt$/.test(cells[0]!) || !/^[a-z0-9-]+$/.test(cells[1]!)) return;
    // The reference may hold a "|" of its own: the language is the last cell of four or more.
    const language = cells.length > 3 ? cells.pop()! : '';
    rows.push({ file: cells[0]!, id: cells[1]!, written: cells.slice(2).join(' | '), language, line: i + 1 });
  });
  return rows;
}

/** The facts file; a file that is not one throws an error naming its line and field (a teacher may have edited it, and a schema's stack told them nothing). */
export function readSourceFacts(file: string): SourceFactsFile {
  const text = readFileSync(file, 'utf8');
  const lineAt = (offset: number) => text.slice(0, offset).split('\n').length;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const found = findJsonSyntaxError(text);
    throw new Error(`${file}: not JSON (${found ? `line ${lineAt(found.offset)}: ${found.message}` : (e as Error).message})`);
  }
  const parsed = sourceFactsFileSchema.safeParse(data);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const at = offsetOfPath(text, issue.path as (string | number)[]);
  throw new Error(`${file}: ${at === null ? '' : `line ${lineAt(at)}, `}${renderPath(issue.path as (string | number)[]) || 'the file'}: ${issue.message}; it is written by \`npm run sources -- DIR\``);
}

/**
 * Differences between the facts on file and the facts the texts give, one line each (a source on
 * file that is not among the texts is not compared); `languageOf`: the words that say which
 * language a text's figures were read in (" (read as French)").
 */
export function compareFacts(onFile: readonly SourceFacts[], fromTexts: readonly SourceFacts[], languageOf: (id: string) => string = () => ''): string[] {
  const problems: string[] = [];
  const byId = new Map(onFile.map((s) => [s.id, s]));
  for (const text of fromTexts) {
    const facts = byId.get(text.id);
    if (!facts) {
      problems.push(`${text.id}: a source of the folder, missing from the facts file`);
      continue;
    }
    if (facts.paragraphs !== text.paragraphs) problems.push(`${text.id}: ${plural(facts.paragraphs, 'paragraph')} on file, ${text.paragraphs} in the text`);
    if (facts.fingerprints.length !== facts.paragraphs) problems.push(`${text.id}: ${plural(facts.fingerprints.length, 'fingerprint')} on file for ${plural(facts.paragraphs, 'paragraph')}`);
    const changed: number[] = [];
    for (let i = 0; i < Math.max(facts.fingerprints.length, text.fingerprints.length); i++) {
      if (facts.fingerprints[i] !== text.fingerprints[i]) changed.push(i + 1);
    }
    if (changed.length > 0) problems.push(`${text.id}: paragraph${changed.length > 1 ? 's' : ''} ${changed.join(', ')} differ${changed.length > 1 ? '' : 's'} from the text`);
    if (!sameFigures(facts.billionFigures, text.billionFigures)) {
      // The scale of its words ("billion" is 10¹² in French) is its language's: which one it was read in.
      problems.push(`${text.id}: billion figures on file [${facts.billionFigures.join(', ')}], in the text [${text.billionFigures.join(', ')}]${languageOf(text.id)}`);
    }
  }
  return problems;
}
