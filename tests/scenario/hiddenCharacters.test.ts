// A text of the scenario holding a character no player sees (written as a YAML escape): a control
// character, shown as nothing or as a box, or a direction control, which turns the words after it
// around on the game's screens. The checker warns of it at the text's line; the file still loads.
import { describe, expect, it } from 'vitest';
import { formatError } from '../../src/scenario/errors';
import { edit, lineOf, loaded, minimal } from './helpers';

const warningsOf = (text: string) => loaded(text, 's.yaml').warnings.map(formatError);
const TITLE = 'title: The Vladivostok Forum (mini)';

describe('a character no player sees, in a text', () => {
  it('is a warning at the text naming the character by its code; tabs and line breaks are text', () => {
    const bell = edit(minimal, TITLE, 'title: "The \\u0007Vladivostok Forum"');
    expect(warningsOf(bell)).toEqual([`s.yaml:${lineOf(bell, 'Vladivostok Forum"')}: title: this text holds the control character U+0007, which shows as nothing or as a box; delete it (in the file it is written as an escape such as "\\u0007")`]);
    const turned = edit(minimal, TITLE, 'title: "The \\u202EVladivostok Forum"');
    expect(warningsOf(turned)[0]).toMatch(/: title: this text holds the direction control U\+202E, which turns the words after it around/);
    expect(warningsOf(edit(minimal, TITLE, 'title: "The\\tVladivostok\\nForum"'))).toEqual([]);
    expect(loaded(bell).scenario.title).toBe('The \u0007Vladivostok Forum');
  });
});
