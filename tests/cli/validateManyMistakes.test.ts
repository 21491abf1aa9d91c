// `validate` names every mistake of a file in one run, reference errors included, on a shipped
// scenario with several mistakes of different kinds put in at once.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/cli';
import { memoryIo } from '../../src/cli/io';
import { tempProject } from './helpers';

const tutorial = readFileSync(new URL('../../scenarios/tutorial.yaml', import.meta.url), 'utf8');

/** `text` with `from` (which must occur) replaced once by `to`. */
function put(text: string, from: string, to: string): string {
  expect(text.includes(from), `"${from}" is not in the tutorial`).toBe(true);
  return text.replace(from, to);
}
const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;

describe('validate, a file with several mistakes', () => {
  it('names all of them in one run: schema, references, a comma, a ": " in a list, a swallowed field', async () => {
    let text = tutorial;
    text = put(text, '    target: japan\n', '    target: jpan\n'); // a reference (while the schema fails elsewhere)
    text = put(text, '  - { id: kazan, name: Kazan, kind', '  - { id: kazan, name: Kazan, a city, kind'); // a comma in { … }
    text = put(text, 'questions:\n', "questions:\n  - Abe's plan: more trade for the Far East?\n"); // ": " in a list
    text = put(text, '      add to your dependence on China. Costs 1 capital. Up to twice in the game, once a turn.\n    cost: 1\n', '      add to your dependence on China. Costs 1 capital. Up to twice in the game, once a turn.\n      cost: 1\n'); // swallowed
    text = put(text, '    location: { lon: 139.7, lat: 35.7 } # Tokyo\n', '    location: { lon: 139.7, lat: 35.7 } # Tokyo\n    capital: Tokyo\n'); // an unknown field
    const project = tempProject();
    project.write('tutorial-broken.yaml', text);
    const io = memoryIo(project.dir);
    expect(await runCli(['validate', 'tutorial-broken.yaml'], io)).toBe(1);
    const at = (needle: string) => `tutorial-broken.yaml:${lineOf(text, needle)}:`;
    expect(io.stderr).toEqual([
      `${at('a city, kind')} places[4]["a city"]: unknown field "a city": a comma inside a text in { … } ends the text there, so "a city" became a field of its own; put the whole text in quotes to keep it whole, e.g. name: "Kazan, a city"`,
      `${at('    capital: Tokyo')} actors[1].capital: unknown field "capital"; the fields here are: id, name, inSentence, short, description, location, start, interests, relationWeight, trustWeight, moves, offers`,
      `${at('  - id: summit-with-xi')} options[0].cost: required field is missing (in the item with the id "summit-with-xi"): it is written on line ${lineOf(text, '      cost: 1')} ("cost: 1") but indented into the multi-line text above it, so it was read as text; see that line`,
      `${at('      cost: 1')} options[0].text: the line "cost: 1" is inside the multi-line text of "text" above it (it is indented like that text), so it is read as text, not as the field "cost"; if it is the field, indent it by 4 spaces, like "text:"`,
      `${at('    target: jpan')} options[1].target: no actor "jpan" (did you mean "japan"?); the actors are: china, japan`,
      `${at("  - Abe's plan")} questions[0]: this list item was read as the field "Abe's plan" with the value "more trade for the Far East?", because of the ": " in its text; if it is one text, put it in quotes: - "Abe's plan: more trade for the Far East?"`,
      '6 problems in 1 of 1 file',
    ]);
  });
});
