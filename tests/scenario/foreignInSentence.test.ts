// `inSentence` holds a name as the game's English sentences hold it; in a scenario in another
// language, the author's article ("la Russie") would sit in them ("Take la Russie's seat"): a
// warning at its line. In an English scenario it is what the field is for.
import { describe, expect, it } from 'vitest';
import { formatError } from '../../src/scenario/errors';
import { edit, lineOf, loaded, minimal } from './helpers';

const warningsOf = (text: string) => loaded(text, 's.yaml').warnings.map(formatError);
const PLAYER = '  name: Russia\n';
const withArticle = edit(minimal, PLAYER, `${PLAYER}  inSentence: la Russie\n`);

describe('inSentence in a scenario not in English', () => {
  it('is a warning at its line, naming the sentence it would sit in and the name written instead', () => {
    const french = edit(withArticle, 'player:\n', 'language: fr\nplayer:\n');
    expect(warningsOf(french)).toEqual([
      `s.yaml:${lineOf(french, 'inSentence: la Russie')}: player.inSentence: the game's own sentences are English, so "la Russie" would sit in them ("Take la Russie's seat", "Relation with la Russie"): in a scenario in another language, leave inSentence out and the game writes "Russia"`,
    ]);
    expect(loaded(french).scenario.player.inSentence).toBe('la Russie');
  });

  it('is no warning in English, of any region', () => {
    expect(warningsOf(withArticle)).toEqual([]);
    expect(warningsOf(edit(withArticle, 'player:\n', 'language: en-GB\nplayer:\n'))).toEqual([]);
  });
});
