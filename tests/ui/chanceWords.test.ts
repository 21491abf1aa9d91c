// An option's chance on the play screen: the rules' range where the rules decide; where a person
// or a bot holds the target's seat, who decides, the rules' range only as what they would give.
import { describe, expect, it } from 'vitest';
import { estimateChance, newGame } from '../../src/engine';
import { chanceWords } from '../../src/ui/play/chanceWords';
import { fixtureIndex } from '../engine/fixture';

const index = fixtureIndex();
const g = newGame(index, 'chance-words');
const option = index.scenario.options.find((o) => o.target !== undefined)!;
const target = index.actors.get(option.target!)!;
const { low, high } = estimateChance(g, index, option.id);

describe('the chance an option card shows', () => {
  it('is the rules’ range where the rules hold the seat', () => {
    expect(chanceWords(index, g, option.id, {})).toEqual({ card: `Chance ${low}–${high}%`, short: `${low}–${high}%` });
    expect(chanceWords(index, g, option.id, { [target.id]: 'rule' }).card).toBe(`Chance ${low}–${high}%`);
  });

  it('names who decides where a person or a bot holds it, the rules’ range as what they would give', () => {
    expect(chanceWords(index, g, option.id, { [target.id]: 'person' })).toEqual({ card: `A player decides for ${target.name} (the rules would give ${low}–${high}%)`, short: 'a player decides' });
    expect(chanceWords(index, g, option.id, { [target.id]: 'greedy' }).short).toBe('the greedy bot decides');
  });
});
