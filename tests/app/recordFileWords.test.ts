// Files that are no game record, said in words a teacher (or a student) can act on, as the class view
// reads them (the page's own path: the file's bytes, then the record): a record cut off in sending,
// a note typed instead of the file, a screenshot or a document, an empty file. Text in another
// encoding keeps its advice to save it as UTF-8.
import { describe, expect, it } from 'vitest';
import { compareClassFiles, type ScenarioFor } from '../../src/app/browser/classFiles';
import { playWithBot } from '../../src/app/playBot';
import { fixtureIndex } from '../engine/fixture';

const index = fixtureIndex();
const loadable: ScenarioFor = async () => ({ ok: true, scenario: { index } as never });
const good = JSON.stringify(playWithBot(index, 'words', 'random').record(), null, 2);

/** Why the class view leaves out a file of these bytes. */
async function reason(content: string | Uint8Array, name = 'student.json'): Promise<string> {
  const files = [new File([typeof content === 'string' ? content : new Uint8Array(content)], name), new File([good], 'good.json')];
  const result = await compareClassFiles(files, loadable);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  const refused = result.data.comparison.refused;
  expect(refused.map((r) => r.name)).toEqual([name]);
  return refused[0]!.reason;
}

const WHAT_A_RECORD_IS = 'a game record is the .json file the game downloads (“Download the game record”)';
const cutOff = (line: number) => `the file ends before the record does (it stops at line ${line}): it was probably cut off while it was sent; ask for it again`;
const lines = (text: string) => text.trimEnd().split('\n').length;

describe('a file that is no game record, in words to act on', () => {
  it('a record cut off while it was sent: wherever it stops, the line it stops at', async () => {
    // In a text ("type" never closed), as a teacher's file was; a line break added after it; between
    // fields; in the middle of a word of JSON; after a number.
    const inText = good.slice(0, good.indexOf('"type"', 400) + 5);
    expect(await reason(inText)).toBe(cutOff(lines(inText)));
    expect(await reason(`${inText}\r\n`)).toBe(cutOff(lines(inText)));
    const afterComma = good.slice(0, good.indexOf(',', 300) + 1);
    expect(await reason(afterComma)).toBe(cutOff(lines(afterComma)));
    const inWord = `${good.slice(0, good.lastIndexOf('}'))}, "x": fal`;
    expect(await reason(inWord)).toBe(cutOff(lines(inWord)));
    const inNumber = good.slice(0, good.indexOf('"score": ') + 10);
    expect(await reason(inNumber)).toBe(cutOff(lines(inNumber)));
    const onBackslash = `${good.slice(0, good.lastIndexOf('}'))}, "x": "a\\`;
    expect(await reason(onBackslash)).toBe(cutOff(lines(onBackslash)));
    // A mistake inside the record is not a cut: its line and what is wrong, as before.
    const broken = good.replace('"seed": ', '"seed" ');
    expect(await reason(broken)).toMatch(/^the file is not JSON \(line \d+: expected ":" after a key\)$/);
  });

  it('a note typed instead of the record: what it holds, its first words shown as text, short', async () => {
    expect(await reason('I played and got a peace treaty with Japan, score 350. Sorry my download did not work.\n', 'Wen.json')).toBe(
      `this is not a game record: the file holds text (“I played and got a peace treaty with Japan, score 350.…”); ${WHAT_A_RECORD_IS}`,
    );
    expect(await reason('\uFEFF  <b>hi</b>\u202e\n\n there')).toBe(`this is not a game record: the file holds text (“<b>hi</b> there”); ${WHAT_A_RECORD_IS}`);
    expect(await reason('x'.repeat(100))).toBe(`this is not a game record: the file holds text (“${'x'.repeat(60)}…”); ${WHAT_A_RECORD_IS}`);
  });

  it('a picture, a document or an archive: what it is, by its first bytes', async () => {
    const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13];
    expect(await reason(new Uint8Array(PNG), 'Yusuf-screenshot.png')).toBe(`the file is a PNG image, not a game record: ${WHAT_A_RECORD_IS}`);
    expect(await reason(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toBe(`the file is a JPEG image (a photo), not a game record: ${WHAT_A_RECORD_IS}`);
    expect(await reason('GIF89a\u0001\u0000')).toBe(`the file is a GIF image, not a game record: ${WHAT_A_RECORD_IS}`);
    expect(await reason(new Uint8Array([...Buffer.from('%PDF-1.7\n'), 0xe2, 0xe3]))).toBe(`the file is a PDF document, not a game record: ${WHAT_A_RECORD_IS}`);
    expect(await reason(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0]), 'game.docx')).toBe(`the file is a ZIP archive (or a Word, Excel or OpenDocument file), not a game record: ${WHAT_A_RECORD_IS}`);
  });

  it('text in another encoding keeps its advice; an empty file says what to do', async () => {
    const latin1 = new Uint8Array([...Buffer.from(good.slice(0, 20)), 0xe9, ...Buffer.from(good.slice(20))]);
    expect(await reason(latin1)).toBe('the file is not valid UTF-8 text; save it as UTF-8 (plain text)');
    const empty = 'the file is empty: the game record was not saved in it (a download or a sending that failed); ask for the file again';
    expect(await reason('')).toBe(empty);
    expect(await reason(' \n\t')).toBe(empty);
  });
});
