// A scenario for another region, with another player: the player's own tracks are `group: player`
// (`russia`, the first files' word, means the same), and the sides the actors' alignment leans
// between are the file's own (`alignment: { low, high }`).
import { describe, expect, it } from 'vitest';
import { alignmentSides, leanWords } from '../../src/ui/alignmentWords';
import { edit, errorsOf, loaded, minimal } from './helpers';

describe("the player's own tracks", () => {
  it('are `group: player`, or `russia` as the first files write it (whose content hash stays as it was)', () => {
    expect(loaded(minimal).hash).toBe('3d3376c824bfd3cb');
    const asPlayer = loaded(minimal.replaceAll('group: russia', 'group: player')).scenario;
    expect(asPlayer.tracks.map((t) => t.group)).toEqual(loaded(minimal).scenario.tracks.map((t) => (t.group === 'russia' ? 'player' : t.group)));
  });

  it('names every word when the group is none of them', () => {
    const [error] = errorsOf(edit(minimal, 'group: russia\n    start: 30', 'group: norway\n    start: 30'));
    expect(error).toContain('"norway" is not one of: player, russia, world');
  });
});

describe("the sides of the actors' alignment", () => {
  it('are the US and China when the file gives none', () => {
    const scenario = loaded(minimal).scenario;
    expect(scenario.alignment).toBeUndefined();
    expect(alignmentSides(scenario)).toEqual({ low: 'the US', high: 'China' });
    expect(leanWords(-15, alignmentSides(scenario))).toBe('leans to the US (−15)');
    expect(leanWords(0, alignmentSides(scenario))).toBe('between the US and China');
  });

  it("are the file's own when it gives them", () => {
    const text = edit(minimal, '\ncapital:\n', '\nalignment: { low: the EU, high: Russia }\n\ncapital:\n');
    const { scenario, hash } = loaded(text);
    expect(hash).not.toBe(loaded(minimal).hash);
    expect(alignmentSides(scenario)).toEqual({ low: 'the EU', high: 'Russia' });
    expect(leanWords(40, alignmentSides(scenario))).toBe('leans to Russia (+40)');
    expect(errorsOf(edit(minimal, '\ncapital:\n', '\nalignment: { low: the EU }\n\ncapital:\n'))[0]).toContain('alignment.high: required field is missing');
  });
});
