// The class view's file handling (the page's, run here on Node's File): every file it leaves out is
// listed with why, whether or not a comparison could be made.
import { describe, expect, it } from 'vitest';
import { compareClassFiles, MAX_CLASS_FILES, type ScenarioFor } from '../../src/app/browser/classFiles';
import { MAX_TEXT_FILE_BYTES } from '../../src/app/browser/files';
import { playWithBot } from '../../src/app/playBot';
import { UTF32 } from '../../src/scenario/decodeText';
import { fixtureIndex } from '../engine/fixture';

const index = fixtureIndex();
const record = (seed: string) => JSON.stringify(playWithBot(index, seed, 'random').record());
const file = (name: string, content: string | Uint8Array) => new File([typeof content === 'string' ? content : new Uint8Array(content)], name);

const loadable: ScenarioFor = async () => ({ ok: true, scenario: { index } as never });
const notShipped: ScenarioFor = async () => null;

const files = [
  file('student10.json', record('a')),
  file('student2.json', record('b')),
  file('notes.json', '{"hello": 1}'),
  file('utf32.json', new Uint8Array([0xff, 0xfe, 0, 0, 0x7b, 0, 0, 0])),
  file('huge.json', 'x'.repeat(MAX_TEXT_FILE_BYTES + 1)),
];

describe('compareClassFiles', () => {
  it('lists every file left out, with why, beside the comparison', async () => {
    const result = await compareClassFiles(files, loadable);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.data.comparison.students.map((s) => s.name)).toEqual(['student2.json', 'student10.json']);
    expect(result.data.comparison.refused.map((r) => `${r.name}: ${r.reason}`)).toEqual([
      'huge.json: the file is 2049 KiB; at most 2 MiB is accepted',
      expect.stringMatching(/^notes\.json: not a Pivot East game record: /),
      `utf32.json: ${UTF32}`,
    ]);
  });

  it('lists every file, with why, also when no scenario can be loaded', async () => {
    const result = await compareClassFiles(files, notShipped);
    expect(result).toEqual({
      ok: false,
      title: 'The records cannot be checked',
      errors: [
        'The records are of the scenario “Fixture” (fixture), which is not shipped with the game: choose its scenario file with the records.',
        'huge.json: the file is 2049 KiB; at most 2 MiB is accepted',
        expect.stringMatching(/^notes\.json: not a Pivot East game record: /),
        'student2.json: not checked: its scenario “Fixture” (fixture) cannot be loaded',
        'student10.json: not checked: its scenario “Fixture” (fixture) cannot be loaded',
        `utf32.json: ${UTF32}`,
      ],
    });
  });

  it(`names the files beyond the first ${MAX_CLASS_FILES} as left out, not only their number`, async () => {
    const many = Array.from({ length: MAX_CLASS_FILES + 2 }, (_, i) => file(`f${i + 1}.txt`, 'not json'));
    const result = await compareClassFiles(many, loadable);
    if (result.ok) throw new Error('expected no comparison');
    expect(result.errors).toHaveLength(MAX_CLASS_FILES + 2);
    expect(result.errors.slice(-2)).toEqual([
      `f${MAX_CLASS_FILES + 1}.txt: not read: at most ${MAX_CLASS_FILES} files are compared at once`,
      `f${MAX_CLASS_FILES + 2}.txt: not read: at most ${MAX_CLASS_FILES} files are compared at once`,
    ]);
  });
});
