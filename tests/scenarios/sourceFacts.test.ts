// The source facts: how a paragraph is normalised and fingerprinted, and `npm run sources -- DIR`
// writing the facts from a folder of texts and, with --check, naming what differs.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { billionFiguresIn, fingerprint, normaliseParagraph, paragraphsOf, readSourceFacts } from '../../scripts/sourceFacts';
import { runSources } from '../../scripts/sources';

describe('a paragraph as fingerprinted', () => {
  it('is NFC, with every run of white space one space, trimmed', () => {
    // "é" as e + combining acute (NFD) becomes the one code point; a tab, a no-break space and a CR go.
    expect(normaliseParagraph(' Caf\u0065\u0301 \t au\u00a0lait\r')).toBe('Caf\u00e9 au lait');
  });

  it('keeps its fingerprint through spacing and Unicode form, and loses it with one changed word', () => {
    const p = 'Xi welcomed Putin to the Hangzhou G20 Summit.';
    expect(fingerprint(p)).toMatch(/^[0-9a-f]{16}$/);
    expect(fingerprint(`  Xi welcomed  Putin to the\tHangzhou G20 Summit.\r`)).toBe(fingerprint(p));
    expect(fingerprint('Caf\u0065\u0301')).toBe(fingerprint('Caf\u00e9'));
    expect(fingerprint('Xi welcomed Abe to the Hangzhou G20 Summit.')).not.toBe(fingerprint(p));
  });

  it('is the first 16 hex digits of the SHA-256 of that text', () => {
    // sha256("abc") = ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
    expect(fingerprint(' abc ')).toBe('ba7816bf8f01cfea');
  });
});

describe('paragraphs and figures of a text', () => {
  it('are its non-blank lines, counted from 1, whatever the line ends', () => {
    expect(paragraphsOf('Title\n\n  \nFirst.\r\n\r\nSecond.\n')).toEqual(['Title', 'First.', 'Second.']);
  });

  it('figures are the N of "N billion" and "N-billion", as numbers of billions', () => {
    expect(billionFiguresIn('a 400 billion-dollar deal, a24.5-billion swap, 3 million, 7 billions')).toEqual(['400', '24.5', '7']);
  });

  it('figures are read whole, in billions, in the languages a scenario may be written in', () => {
    // English thousands: not the "200" of "1,200"; a decimal comma is a decimal mark; a billionaire is no figure.
    expect(billionFiguresIn('1,200 billion, 1 200 billion, 4,5 billion, 3 billionaires, 1,500 million, 2 million')).toEqual(['1200', '1200', '4.5', '1.5']);
    // French: decimal comma, thousands set off by a space, a no-break space or a narrow no-break space.
    const french = "0,4 milliard d'euros, 3 milliards d'euros, 1,5 milliard, 12\u202f000 milliards, 1\u00a0200 milliards, 1,500 milliard, 12 000, 1 200 soldats, 4,5 %";
    expect(billionFiguresIn(french)).toEqual(['0.4', '3', '1.5', '12000', '1200', '1.5']);
    expect(billionFiguresIn('2,5 Mrd. Euro, 1.500 Mrd. Euro, 3 Milliarden, 1.500 Millionen')).toEqual(['2.5', '1500', '3', '1.5']);
    expect(billionFiguresIn('1.500 millones de dólares, 1,5 mil millones, 300 millones')).toEqual(['1.5', '1.5']);
    expect(billionFiguresIn('4,5 млрд рублей, 3 миллиарда, 12 000 млн')).toEqual(['4.5', '3', '12']);
    expect(billionFiguresIn('2,5 bilhões, 3 miliardi, 2 miljard')).toEqual(['2.5', '3', '2']);
    // Headlines' short forms: English "$24.5B", Brazil's "bi" and "tri" (not a B-52 or a tribute).
    expect(billionFiguresIn('$24.5B, R$ 2,5 bi, US$ 1,2 tri, 52 B-52s, 3 tributes')).toEqual(['24.5', '2.5', '1200']);
  });
});

describe('npm run sources -- DIR', () => {
  let dir: string;
  let facts: string;
  const lines: string[] = [];
  const run = (...args: string[]) => runSources([...args, '--facts', facts], (line) => lines.push(line));

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pivot-east-sources-'));
    facts = join(dir, 'sources.json');
    lines.length = 0;
    writeFileSync(join(dir, 'README.md'), '| file | short name | reference |\n|---|---|---|\n| a.txt | made-up-2020 | Someone. 2020. "A made-up piece". |\n');
    writeFileSync(join(dir, 'a.txt'), 'A made-up piece\n\nIt says 12 billion dollars.\n\nThe end.\n');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the facts of each text of the folder, and --check then finds nothing to report', () => {
    expect(run(dir)).toBe(0);
    const written = readSourceFacts(facts).sources;
    expect(written).toEqual([
      {
        id: 'made-up-2020',
        reference: { title: '', publisher: '', date: '' },
        paragraphs: 3,
        fingerprints: [fingerprint('A made-up piece'), fingerprint('It says 12 billion dollars.'), fingerprint('The end.')],
        billionFigures: ['12'],
      },
    ]);
    expect(lines.join('\n')).toContain('made-up-2020 is new: fill in its reference');
    // The README's reference is said beside it, to copy from (it is free text: not split into fields by guess).
    expect(lines.find((l) => l.includes('made-up-2020 is new'))).toMatch(/; the README's table gives: Someone\. 2020\. "A made-up piece"\.$/);
    expect(JSON.stringify(readFileSync(facts, 'utf8'))).not.toContain('It says');
    lines.length = 0;
    expect(run(dir, '--check')).toBe(0);
  });

  it('keeps the reference a person wrote when it rewrites the facts', () => {
    run(dir);
    const file = readSourceFacts(facts);
    file.sources[0]!.reference = { author: 'Someone, A.', title: 'A made-up piece', publisher: 'Nobody Press', date: '2020-01-31' };
    writeFileSync(facts, JSON.stringify(file));
    writeFileSync(join(dir, 'a.txt'), 'A made-up piece\n\nIt now says 13 billion dollars.\n\nThe end.\n');
    expect(run(dir)).toBe(0);
    expect(readSourceFacts(facts).sources[0]).toMatchObject({ reference: file.sources[0]!.reference, billionFigures: ['13'] });
  });

  it('--check names a changed paragraph by its number, and the figures, and exits 1', () => {
    run(dir);
    writeFileSync(join(dir, 'a.txt'), 'A made-up piece\n\nIt says 21 billion dollars.\n\nThe end.\n');
    lines.length = 0;
    expect(run(dir, '--check')).toBe(1);
    expect(lines.slice(1)).toEqual(['  made-up-2020: paragraph 2 differs from the text', '  made-up-2020: billion figures on file [12], in the text [21] (read as English, its words saying no language clearly)']);
    expect(readSourceFacts(facts).sources[0]!.billionFigures).toEqual(['12']); // checking writes nothing
  });

  it('--check names a paragraph added, and a source of the folder missing from the facts file', () => {
    run(dir);
    writeFileSync(join(dir, 'a.txt'), 'A made-up piece\n\nIt says 12 billion dollars.\n\nThe end.\nA postscript.\n');
    writeFileSync(join(dir, 'README.md'), '| a.txt | made-up-2020 | x |\n| b.txt | other-2021 | y |\n');
    writeFileSync(join(dir, 'b.txt'), 'Other.\n');
    lines.length = 0;
    expect(run(dir, '--check')).toBe(1);
    expect(lines.slice(1)).toEqual([
      '  made-up-2020: 3 paragraphs on file, 4 in the text',
      '  made-up-2020: paragraph 4 differs from the text',
      '  other-2021: a source of the folder, missing from the facts file',
    ]);
  });

  it('writes and checks only the folder’s sources, keeping the others on file (a teacher adds their own without the shipped texts)', () => {
    const shipped = join(dir, 'shipped');
    mkdirSync(shipped);
    writeFileSync(join(shipped, 'README.md'), '| s.txt | shipped-2016 | x |\n');
    writeFileSync(join(shipped, 's.txt'), 'A shipped article.\n');
    run(shipped);
    const before = readSourceFacts(facts).sources[0]!;
    lines.length = 0;
    expect(run(dir)).toBe(0);
    expect(readSourceFacts(facts).sources.map((s) => s.id)).toEqual(['shipped-2016', 'made-up-2020']);
    expect(readSourceFacts(facts).sources[0]).toEqual(before);
    expect(lines[0]).toContain('the facts of 1 source written from');
    expect(lines[0]).toContain('Kept as on file, their texts not in the folder: shipped-2016.');
    lines.length = 0;
    expect(run(dir, '--check')).toBe(0);
    expect(lines[0]).toContain('Not checked, their texts not in the folder: shipped-2016.');
    expect(run(shipped, '--check')).toBe(0);
  });

  it('reads a French text’s figures, and --check compares them as numbers', () => {
    writeFileSync(join(dir, 'a.txt'), "Un dossier\n\nLe G5 coûte 0,4 milliard d'euros, la France 1\u202f200 milliards.\n\n3 000 soldats.\n");
    expect(run(dir)).toBe(0);
    expect(readSourceFacts(facts).sources[0]!.billionFigures).toEqual(['0.4', '1200']);
    // As a person may have written them on file: "0.40" is 0.4.
    const file = readSourceFacts(facts);
    file.sources[0]!.billionFigures = ['0.40', '1200.0'];
    writeFileSync(facts, JSON.stringify(file));
    lines.length = 0;
    expect(run(dir, '--check')).toBe(0);
    writeFileSync(join(dir, 'a.txt'), "Un dossier\n\nLe G5 coûte 0,5 milliard d'euros, la France 1\u202f200 milliards.\n\n3 000 soldats.\n");
    lines.length = 0;
    expect(run(dir, '--check')).toBe(1);
    expect(lines.slice(1)).toEqual(['  made-up-2020: paragraph 2 differs from the text', '  made-up-2020: billion figures on file [0.40, 1200.0], in the text [0.5, 1200] (read as English, its words saying no language clearly)']);
  });

  it('reads a source’s figures in the language its words show: a French "billion" is a million millions, an English one a thousand millions', () => {
    const french = "Un dossier\n\nLa dette de la France est estimée à 2 billions d'euros, et celle des collectivités à 2 000 milliards pour les cinq ans qui viennent.\n\nLes partenaires sont divisés sur sa durée, et le coût du G5 Sahel reste incertain.\n";
    writeFileSync(join(dir, 'a.txt'), french);
    expect(run(dir)).toBe(0);
    expect(readSourceFacts(facts).sources[0]!.billionFigures).toEqual(['2000']);
    expect(lines.some((l) => l.includes(' Figures read as: made-up-2020 French.'))).toBe(true);
    lines.length = 0;
    expect(run(dir, '--check')).toBe(0);
    // The same words in an English text: 2 billion, and 2 000 milliards (10⁹ in every language that has the word).
    writeFileSync(join(dir, 'a.txt'), 'A dossier\n\nThe debt of the region was put at 2 billions of euros, and that of its towns at 2 000 milliards by the French press, which has been divided on this from the start.\n');
    expect(run(dir)).toBe(0);
    expect(readSourceFacts(facts).sources[0]!.billionFigures).toEqual(['2', '2000']);
    // Too few words to tell a language: read as before, "billion" as English.
    expect(billionFiguresIn("Dette : 2 billions d'euros.")).toEqual(['2']);
    // --check says which language it read a text's figures in: "2000" on file for "2 billions" puzzles otherwise.
    writeFileSync(join(dir, 'a.txt'), french);
    lines.length = 0;
    expect(run(dir, '--check')).toBe(1);
    expect(lines).toContain('  made-up-2020: billion figures on file [2, 2000], in the text [2000] (read as French)');
  });

  it('reads a text in the language README.md’s table states in a fourth column, and says when its words say another', () => {
    const readme = (language: string) => writeFileSync(join(dir, 'README.md'), `| file | short name | reference | language |\n|---|---|---|---|\n| a.txt | made-up-2020 | Someone. 2020. "A made-up piece". | ${language} |\n`);
    // Too short for its words to tell: "billions" would be English's.
    writeFileSync(join(dir, 'a.txt'), "Dette : 2 billions d'euros.\n");
    readme('français');
    expect(run(dir)).toBe(0);
    expect(readSourceFacts(facts).sources[0]!.billionFigures).toEqual(['2000']);
    expect(lines.at(-2)).toMatch(/ Figures read as: made-up-2020 French\.$/);
    // Its reference is still the third column's, the language not part of it.
    expect(lines.at(-1)).toContain('the README\'s table gives: Someone. 2020. "A made-up piece"');
    // A misspelt language is refused at its line, with what to write.
    lines.length = 0;
    readme('Frnch');
    expect(run(dir, '--check')).toBe(2);
    expect(lines).toEqual([`${join(dir, 'README.md')}: line 3, made-up-2020's language "Frnch" is not a language: write en, fr, de, es, it, nl, pt, ru, or leave the fourth column out for the text's words to tell.`]);
    lines.length = 0;
    readme('fi');
    expect(run(dir, '--check')).toBe(2);
    expect(lines[0]).toContain('"fi" is fi, a language the sources checks do not read');
    // A French text the table calls German: read as German (the teacher may know better), and said.
    lines.length = 0;
    readme('de');
    writeFileSync(join(dir, 'a.txt'), "Un dossier\n\nLa dette de la France est estimée à 2 billions d'euros, et celle des collectivités à 2 000 milliards pour les cinq ans qui viennent.\n\nLes partenaires sont divisés sur sa durée, et le coût du G5 Sahel reste incertain.\n");
    expect(run(dir)).toBe(0);
    expect(lines[0]).toBe("made-up-2020: README.md's table says German, its words read as French; its figures are read as German.");
    // With no fourth column, the write says the words told it, and how to state it.
    lines.length = 0;
    writeFileSync(join(dir, 'README.md'), '| a.txt | made-up-2020 | Someone. |\n');
    expect(run(dir)).toBe(0);
    expect(lines[0]).toContain("Figures read as: made-up-2020 French. A language not in README.md's table is told by the text's words; a fourth column states it");
  });

  it('refuses a facts file that is not one at its line and field, with exit code 2, rather than throw', () => {
    writeFileSync(facts, '{\n  "format": "pivot-east-sources/1",\n  "about": "",\n  "sources": [\n    { "id": 3 }\n  ]\n}\n');
    expect(run(dir)).toBe(2);
    expect(lines).toEqual([`${facts}: line 5, sources[0].id: Invalid input: expected string, received number; it is written by \`npm run sources -- DIR\``]);
    lines.length = 0;
    writeFileSync(facts, '{\n  "format": "pivot-east-sources/1",\n  "about": "x",,\n}');
    expect(run(dir, '--check')).toBe(2);
    expect(lines[0]).toMatch(new RegExp(`^${facts.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: not JSON \\(line 3: `));
  });

  it('refuses a text not saved as UTF-8, at its line, rather than fingerprint its accents as replacement characters', () => {
    writeFileSync(join(dir, 'a.txt'), Buffer.from('Un dossier\n\nOp\xe9ration Serval.\n', 'latin1'));
    expect(run(dir)).toBe(2);
    expect(lines).toEqual([`${join(dir, 'a.txt')}:3: the file is not valid UTF-8 text; save it as UTF-8 (plain text)`]);
    // UTF-16 with its mark, as Windows saves "Unicode" text, is read.
    lines.length = 0;
    writeFileSync(join(dir, 'a.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Un dossier\n\nOpération Serval.\n', 'utf16le')]));
    expect(run(dir)).toBe(0);
    expect(readSourceFacts(facts).sources[0]!.fingerprints).toEqual([fingerprint('Un dossier'), fingerprint('Opération Serval.')]);
  });

  it('finds a text whose name the README writes with an accent in another Unicode form, and names one that is missing', () => {
    writeFileSync(join(dir, 'README.md'), '| synth\u00e8se.txt | made-up-2020 | x |\n| absent.txt | other-2021 | y |\n');
    writeFileSync(join(dir, 'synthe\u0300se.txt'), 'Une synthèse.\n'); // as a Mac names it
    expect(run(dir)).toBe(2);
    expect(lines).toEqual([`${join(dir, 'absent.txt')} does not exist: README.md's table names it; check the file's name there and in the folder`]);
    lines.length = 0;
    writeFileSync(join(dir, 'README.md'), '| synth\u00e8se.txt | made-up-2020 | x |\n');
    expect(run(dir)).toBe(0);
    expect(readSourceFacts(facts).sources[0]!.fingerprints).toEqual([fingerprint('Une synthèse.')]);
  });

  it('--help says what it does, with exit code 0', () => {
    expect(runSources(['--help'], (line) => lines.push(line))).toBe(0);
    expect(lines.join('\n')).toContain('the other sources on file are kept as they are');
  });

  it('refuses a folder without a README.md table, with exit code 2', () => {
    expect(runSources([join(dir, 'nope'), '--check', '--facts', facts], (line) => lines.push(line))).toBe(2);
    expect(lines.join('\n')).toContain('README.md does not exist');
    expect(runSources([], (line) => lines.push(line))).toBe(2);
  });
});
