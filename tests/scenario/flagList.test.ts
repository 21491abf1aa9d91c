// A file may name its flags under `flags:`; once it does, the list is complete (a misspelt or
// forgotten flag is an error at its line) and a listed flag nothing uses is a warning. A file
// without the section loads and hashes as before.
import { describe, expect, it } from 'vitest';
import { formatError } from '../../src/scenario/errors';
import { loadScenario } from '../../src/scenario/load';
import { edit, errorsOf, lineOf, loaded, minimal } from './helpers';

/** The minimal file with a flag set by one option and tested by one ending. */
const withFlag = edit(
  edit(minimal, '      - { track: development, add: 8 }\n', '      - { track: development, add: 8 }\n      - { flag: gas-signed, set: true }\n'),
  '    when: { track: china-dependence, gte: 85 }',
  '    when: { all: [{ track: china-dependence, gte: 85 }, { flag: gas-signed }] }',
);
const named = (list: string) => edit(withFlag, 'places:\n', `flags:\n${list}\nplaces:\n`);

describe("a scenario's named flags", () => {
  it('loads a file whose every flag is named, and one that names none, without a flags key', () => {
    const result = loaded(named('  - { id: gas-signed, name: The gas deal is signed }'));
    expect(result.warnings).toEqual([]);
    expect(result.scenario.flags).toEqual([{ id: 'gas-signed', name: 'The gas deal is signed' }]);
    const unnamed = loaded(withFlag);
    expect('flags' in unnamed.scenario).toBe(false); // so its content hash is what it was
  });

  it('says which flag is misspelt, at the line that uses it', () => {
    const text = named('  - { id: gas-signd, name: The gas deal is signed }');
    expect(errorsOf(text)).toEqual([
      `test.yaml:${lineOf(text, '{ flag: gas-signed, set: true }')}: options[0].effects[1].flag: no flag "gas-signed" (did you mean "gas-signd"?)`,
      `test.yaml:${lineOf(text, '{ flag: gas-signed }')}: endings[0].when.all[1].flag: no flag "gas-signed" (did you mean "gas-signd"?)`,
    ]);
  });

  it('asks for a flag missing from the list to be added there, naming the line of the list', () => {
    const text = named('  - { id: summit-held, name: A summit was held }');
    const errors = errorsOf(text);
    expect(errors[0]).toBe(
      `test.yaml:${lineOf(text, '{ flag: gas-signed, set: true }')}: options[0].effects[1].flag: no flag "gas-signed" in the file's list of flags (line ${lineOf(text, 'flags:')}): a file that names its flags lists every one, so add it there with its name: - { id: gas-signed, name: … }`,
    );
  });

  it('refuses a flag named twice and warns of one named but never used', () => {
    const twice = named('  - { id: gas-signed, name: The gas deal is signed }\n  - { id: gas-signed, name: Signed }');
    expect(errorsOf(twice)).toEqual([`test.yaml:${lineOf(twice, '{ id: gas-signed, name: Signed }')}: flags[1].id: the id "gas-signed" is used twice (first at line ${lineOf(twice, '{ id: gas-signed, name: The gas')})`]);
    const unused = named('  - { id: gas-signed, name: The gas deal is signed }\n  - { id: summit-held, name: A summit was held }');
    expect(loaded(unused).warnings.map(formatError)).toEqual([`test.yaml:${lineOf(unused, '{ id: summit-held')}: flags[1].id: no condition or effect uses the flag "summit-held"`]);
  });

  it('points a flag misspelt for an invalid id at that id, not at a suggestion of it', () => {
    const text = named('  - { id: Gas_signed, name: The gas deal is signed }');
    expect(errorsOf(text)).toContain(
      `test.yaml:${lineOf(text, '{ flag: gas-signed, set: true }')}: options[0].effects[1].flag: no flag "gas-signed": the flag meant is probably "Gas_signed", whose id is not a valid id (see the error on its line)`,
    );
  });

  it('reads flags: [] as no list: the flags used load, with one warning at the line', () => {
    const text = edit(withFlag, 'places:\n', 'flags: []\nplaces:\n');
    expect(loaded(text).warnings.map(formatError)).toEqual([
      `test.yaml:${lineOf(text, 'flags: []')}: flags: this list names no flag, so players read each flag as its id made into words; list the flags the file uses with their names (- { id: …, name: … }), or remove this line`,
    ]);
  });

  it('names a flag written "id: name" among the items as the item it is meant to be, with that item as its mend', () => {
    const text = named('  gas-signed: The gas deal is signed\n  - { id: summit-held, name: A summit was held }');
    const result = loadScenario(text, 'test.yaml');
    expect(result.ok ? [] : result.errors.map(formatError)).toEqual([
      `test.yaml:${lineOf(text, 'gas-signed: The')}: (file): "flags" is a list, each item on a line starting with "- ": write this line as an item: - { id: gas-signed, name: The gas deal is signed }`,
    ]);
    const fix = result.ok ? undefined : result.errors[0]!.fix!;
    const mended = text.slice(0, fix!.from) + fix!.insert + text.slice(fix!.to);
    expect(loaded(mended).scenario.flags).toEqual([{ id: 'gas-signed', name: 'The gas deal is signed' }, { id: 'summit-held', name: 'A summit was held' }]);
  });

  it('says the same of a list written as a mapping altogether, and of one item written without its dash that it lacks the dash', () => {
    const text = named('  gas-signed: The gas deal is signed, at last\n  summit-held: A summit was held');
    expect(errorsOf(text)).toEqual([
      `test.yaml:${lineOf(text, 'flags:')}: flags: "flags" is a list, each item on a line starting with "- ": write each of its "field: value" lines as an item, e.g. - { id: gas-signed, name: "The gas deal is signed, at last" }`,
    ]);
    const effect = edit(minimal, '    effects:\n      - { track: development, add: 8 }\n      - { actor: china, attr: trade, add: 20 }', '    effects:\n      track: development\n      add: 8');
    expect(errorsOf(effect)).toEqual([`test.yaml:${lineOf(effect, 'effects:\n      track')}: options[0].effects: expected a list (lines starting with "- "), got a mapping: its fields are those of one item of the list, written without the dash that starts each item; write "- " at the start of the item's first line`]);
  });

  it('warns of two flags with one name: players would read two identical statements', () => {
    const text = edit(named('  - { id: gas-signed, name: The gas deal is signed }\n  - { id: gas-signed-2, name: The gas deal is signed }'), '{ flag: gas-signed }', '{ flag: gas-signed-2 }');
    const both = edit(text, '{ flag: gas-signed, set: true }', '{ flag: gas-signed, set: true }\n      - { flag: gas-signed-2, set: true }');
    expect(loaded(both).warnings.map(formatError)).toEqual([
      `test.yaml:${lineOf(both, '{ id: gas-signed-2')}: flags[1].name: the flags "gas-signed" and "gas-signed-2" have the same name (first at line ${lineOf(both, '{ id: gas-signed,')}), so players would read two identical statements; give each a name of its own`,
    ]);
  });

  it('warns of two actors of one name, and of two options of one title aimed at one actor, naming the first\'s line', () => {
    const actors = edit(minimal, '    name: Japan', '    name: CHINA');
    expect(loaded(actors).warnings.map(formatError)).toEqual([
      `test.yaml:${lineOf(actors, 'name: CHINA')}: actors[1].name: the actors "china" and "japan" have the same name (first at line ${lineOf(actors, 'name: China')}), so players could not tell them apart; give each a name of its own`,
    ]);
    const options = edit(minimal, 'title: Chinese money for the Moscow-Kazan railway', 'title: THE 400-billion-dollar gas deal');
    expect(loaded(options).warnings.map(formatError)).toEqual([
      `test.yaml:${lineOf(options, 'title: THE 400-billion-dollar gas deal')}: options[1].title: the options "gas-deal" and "moscow-kazan-railway" have the same title and the same target (first at line ${lineOf(options, 'title: The 400-billion-dollar gas deal')}), so players could not tell them apart; give each a title of its own`,
    ]);
    // One title for options aimed at two actors is told apart by the actor.
    expect(loaded(edit(minimal, "title: Abe's eight-point economic plan", 'title: The 400-billion-dollar gas deal')).warnings).toEqual([]);
  });

  it('limits a name to 80 characters', () => {
    const [error] = errorsOf(named(`  - { id: gas-signed, name: ${'x'.repeat(81)} }`));
    expect(error).toMatch(/flags\[0\]\.name: .*at most 80 characters/);
  });
});
