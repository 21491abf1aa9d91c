// `inSentence`: an actor's or the player's name inside a sentence ("the United States"), optional,
// up to 60 characters. Without a default, so that a file without it keeps its content hash.
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/scenario/contentHash';
import { edit, errorsOf, lineOf, loaded, minimal } from './helpers';

const long = `the ${'x'.repeat(57)}`; // 61 characters

describe('inSentence', () => {
  it('is read for an actor and for the player', () => {
    const text = edit(edit(minimal, '    name: China\n', '    name: China\n    inSentence: the PRC\n'), '  name: Russia\n', '  name: Russia\n  inSentence: the Russian Federation\n');
    const { scenario } = loaded(text);
    expect(scenario.actors[0]!.inSentence).toBe('the PRC');
    expect(scenario.player.inSentence).toBe('the Russian Federation');
  });

  it('is an error over 60 characters, at its line', () => {
    expect(long).toHaveLength(61);
    const actor = edit(minimal, '    name: China\n', `    name: China\n    inSentence: ${long}\n`);
    expect(errorsOf(actor, 's.yaml')).toEqual([`s.yaml:${lineOf(actor, 'inSentence:')}: actors[0].inSentence: at most 60 characters (this one has 61)`]);
    const player = edit(minimal, '  name: Russia\n', `  name: Russia\n  inSentence: ${long}\n`);
    expect(errorsOf(player, 's.yaml')).toEqual([`s.yaml:${lineOf(player, 'inSentence:')}: player.inSentence: at most 60 characters (this one has 61)`]);
    expect(loaded(edit(minimal, '    name: China\n', `    name: China\n    inSentence: ${long.slice(1)}\n`)).scenario.actors[0]!.inSentence).toHaveLength(60);
  });

  it('is left out of the data, and so of the content hash, when the file does not give it', () => {
    const { scenario, hash } = loaded(minimal);
    expect('inSentence' in scenario.player).toBe(false);
    expect(scenario.actors.some((a) => 'inSentence' in a)).toBe(false);
    expect(canonicalJson(scenario)).not.toContain('inSentence');
    expect(loaded(edit(minimal, '    name: China\n', '    name: China\n    inSentence: the PRC\n')).hash).not.toBe(hash);
  });
});
