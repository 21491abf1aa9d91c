// A change of an agreement's status reads in the words of the actor's panel ("in force → broken
// off"), not the rules' ids: the news said "active → disrupted" while China's panel said "broken off".
import { describe, expect, it } from 'vitest';
import { changePhrase } from '../../src/ui/text';
import { shippedIndex } from '../scenario/helpers';
import { phraseText } from '../../src/ui/scenarioText';

describe("the words for a change of an agreement's status", () => {
  it('names the statuses as the panels do', () => {
    const index = shippedIndex('mother-russia-2016.yaml');
    const title = index.options.get('moscow-kazan-railway')!.title;
    expect(phraseText(changePhrase(index, { target: 'agreement:moscow-kazan-railway', before: 'active', after: 'disrupted' }))).toBe(`Agreement “${title}”: in force → broken off`);
    expect(phraseText(changePhrase(index, { target: 'agreement:moscow-kazan-railway', before: 'pending', after: 'disrupted' }))).toBe(`Agreement “${title}”: agreed, its effects each turn not yet begun → broken off`);
  });
});
