// `npm run sources -- DIR`: derives scenarios/sources.json from the source texts in DIR, for a
// person who has them (the repository keeps only these facts: see scripts/sourceFacts.ts). DIR holds
// a README.md whose table maps text files to short names (`| file.txt | short-name | reference |`,
// and optionally each text's language: `| … | fr |`)
// and the text files, in UTF-8 (or UTF-16 with its mark; another encoding is refused at its line).
//
//   npm run sources -- DIR            write the facts of DIR's texts: paragraphs, fingerprints, figures
//   npm run sources -- DIR --check    compare only; name every difference and exit 1 if any
//   options: --facts FILE (default scenarios/sources.json)
//
// Only DIR's sources are written or checked: the others on file are kept as they are, so a teacher
// who adds the documents of a scenario of their own needs only their own texts, not the shipped
// scenarios' articles. A source's reference (author, title, publisher, date, link) is written by a
// person: rewriting keeps it, and a source new to the facts file gets empty fields to fill in (the
// citation test refuses them until then). `.ci/run` runs the check when ../shared/seeds is beside
// the project. Exit code 0 when the facts match (or were written), 1 when they differ, 2 on a usage error.
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { plural } from '../src/scenario/plural';
import {
  ABOUT,
  compareFacts,
  factsOfText,
  readSourceFacts,
  SOURCE_FACTS_FILE,
  SOURCE_FACTS_FORMAT,
  sourceTable,
  type SourceFacts,
  type SourceFactsFile,
  type SourceReference,
  type SourceRow,
} from './sourceFacts';
import { languageTagOf, primaryLanguage } from '../src/scenario/language';
import { readSourceText } from './sourceText';
import { SOURCE_LANGUAGES } from '../src/scenario/sourceLanguages';
import { textLanguage } from '../src/scenario/textLanguage';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const USAGE = 'usage: npm run sources -- DIR [--check] [--facts FILE]';
const HELP = `${USAGE}
  DIR            a folder of source texts (.txt, saved as UTF-8) and a README.md whose table names them:
                 | file.txt | short-name | reference |
                 and, if you like, each text's language in a fourth column (en, fr, de, es, it, nl, pt, ru;
                 else its words tell it): | file.txt | short-name | reference | fr |
  --check        compare the facts on file with DIR's texts; write nothing
  --facts FILE   the facts file (default: scenarios/sources.json)
Writes (or checks) the facts of DIR's sources only; the other sources on file are kept as they are.
A source new to the file gets an empty reference: fill in its author (if named), title, publisher,
date (YYYY-MM-DD) and url (if known) in the facts file.`;

/** Runs the command; lines go to `say`. Returns the exit code. */
export function runSources(args: readonly string[], say: (line: string) => void = console.log): number {
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], allowPositionals: true, options: { check: { type: 'boolean' }, facts: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  } catch (e) {
    say(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  if (parsed.values.help) {
    say(HELP);
    return 0;
  }
  const [dir, ...rest] = parsed.positionals;
  if (!dir || rest.length > 0) {
    say(USAGE);
    return 2;
  }
  const readmeFile = join(dir, 'README.md');
  if (!existsSync(readmeFile)) {
    say(`${readmeFile} does not exist: DIR is the folder of the source texts and their README.md table.`);
    return 2;
  }
  const factsFile = resolve(parsed.values.facts ?? join(ROOT, SOURCE_FACTS_FILE));
  let onFile: SourceFacts[] = [];
  try {
    if (existsSync(factsFile)) onFile = readSourceFacts(factsFile).sources;
  } catch (e) {
    say((e as Error).message);
    return 2;
  }
  const references = new Map(onFile.map((s) => [s.id, s.reference]));
  const readme = readSourceText(readmeFile);
  if (!readme.ok) {
    say(readme.message);
    return 2;
  }
  const table = sourceTable(readme.text);
  if (table.length === 0) {
    say(`${readmeFile} has no table rows "| file.txt | short-name | reference |".`);
    return 2;
  }
  const texts = table.map(({ file }) => readSourceText(join(dir, file)));
  // Every text that cannot be read, at once, each with what to do (a stack trace told a teacher nothing).
  const unread = texts.flatMap((t) => (t.ok ? [] : [t.missing ? `${t.message}: README.md's table names it; check the file's name there and in the folder` : t.message]));
  if (unread.length > 0) {
    for (const message of unread) say(message);
    return 2;
  }
  const read = texts.flatMap((t) => (t.ok ? [t.text] : []));
  // The language each text's figures are read in ("billion" is 10¹² in French): the table's, or told by the text's words.
  const statements = table.map((row) => statedLanguage(readmeFile, row));
  const wrong = statements.flatMap((s) => (typeof s === 'object' ? [s.problem] : []));
  if (wrong.length > 0) {
    for (const message of wrong) say(message);
    return 2;
  }
  const stated = statements as (string | undefined)[];
  const told = read.map((text) => textLanguage(text));
  const languages = new Map(table.map(({ id }, i) => [id, stated[i] ?? told[i]]));
  // A stated language the words contradict is kept (the teacher knows the text) but said: a slip in the table misreads every figure.
  table.forEach(({ id }, i) => {
    const [says, words] = [stated[i], told[i]];
    if (says !== undefined && words !== undefined && words !== says) {
      say(`${id}: README.md's table says ${SOURCE_LANGUAGES[says]!.name}, its words read as ${SOURCE_LANGUAGES[words]!.name}; its figures are read as ${SOURCE_LANGUAGES[says]!.name}.`);
    }
  });
  const fromTexts: SourceFacts[] = table.map(({ id }, i) => factsOfText(id, references.get(id) ?? blankReference(), read[i]!, languages.get(id)));
  const inFolder = new Map(fromTexts.map((s) => [s.id, s]));
  const others = onFile.filter((s) => !inFolder.has(s.id)).map((s) => s.id);
  // " Kept as on file, their texts not in the folder: a, b." (or "Not checked, …"), or nothing.
  const othersWords = (done: string) => (others.length === 0 ? '' : ` ${done}, their texts not in the folder: ${others.join(', ')}.`);

  const languageName = (id: string) => {
    const code = languages.get(id);
    return code === undefined ? 'English, its words saying no language clearly' : SOURCE_LANGUAGES[code]!.name;
  };
  const guessed = table.some((_, i) => stated[i] === undefined);

  if (parsed.values.check) {
    const problems = compareFacts(onFile, fromTexts, (id) => ` (read as ${languageName(id)})`);
    if (problems.length === 0) {
      say(`${factsFile}: the facts of ${plural(fromTexts.length, 'source')} match the texts in ${dir}.${othersWords('Not checked')}`);
      return 0;
    }
    say(`${factsFile} differs from the texts in ${dir} (run \`npm run sources -- ${dir}\` to rewrite it):`);
    for (const p of problems) say(`  ${p}`);
    return 1;
  }

  // The file's order, its sources from the folder rewritten, then the folder's new ones.
  const sources = [...onFile.map((s) => inFolder.get(s.id) ?? s), ...fromTexts.filter((s) => !references.has(s.id))];
  const out: SourceFactsFile = { format: SOURCE_FACTS_FORMAT, about: ABOUT, sources };
  writeFileSync(factsFile, `${JSON.stringify(out, null, 2)}\n`);
  say(`${factsFile}: the facts of ${plural(fromTexts.length, 'source')} written from ${dir}.${othersWords('Kept as on file')} Figures read as: ${fromTexts.map((t) => `${t.id} ${languageName(t.id)}`).join('; ')}.${guessed ? ` ${LANGUAGE_COLUMN}` : ''}`);
  for (const s of fromTexts) {
    if (!references.has(s.id)) {
      // The README's reference is free text: its parts are for the teacher to place, not to guess.
      const written = table.find((row) => row.id === s.id)?.written;
      say(`  ${s.id} is new: fill in its reference in ${factsFile} (author if named, title, publisher, date YYYY-MM-DD, url if known)${written ? `; the README's table gives: ${written.replace(/\.$/, '')}` : ''}.`);
    }
  }
  return 0;
}

const KNOWN = Object.keys(SOURCE_LANGUAGES);
const LANGUAGE_COLUMN = `A language not in README.md's table is told by the text's words; a fourth column states it: | file.txt | short-name | reference | fr | (${KNOWN.join(', ')}).`;

/** The language code a table row states, undefined when it states none, or the problem with what it states. */
function statedLanguage(readmeFile: string, row: SourceRow): string | undefined | { problem: string } {
  if (row.language === '') return undefined;
  const tag = languageTagOf(row.language);
  const code = tag === undefined ? undefined : primaryLanguage(tag);
  if (code !== undefined && Object.hasOwn(SOURCE_LANGUAGES, code)) return code;
  const what = code === undefined ? 'is not a language' : `is ${code}, a language the sources checks do not read`;
  return { problem: `${readmeFile}: line ${row.line}, ${row.id}'s language "${row.language}" ${what}: write ${KNOWN.join(', ')}, or leave the fourth column out for the text's words to tell.` };
}

function blankReference(): SourceReference {
  return { title: '', publisher: '', date: '' };
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = runSources(process.argv.slice(2));
}
