// An agreement is named by the terms it was made on: a counter-offer taken in place of the option
// is named as such (a newcomer read "“Two of the disputed islands for a peace treaty” with Japan:
// in force" after taking Japan's "Talks first, sweeteners now"), and so is a middle.
import { describe, expect, it } from 'vitest';
import { indexScenario, type GameState } from '../../src/engine';
import { readScenarioFile } from '../../src/scenario/readScenarioFile';
import { agreementNamePhrase, describeEntry } from '../../src/ui/text';
import { agreementLabel, buildBoardView } from '../../src/ui/boardModel';
import { playWithBot } from '../../src/app/playBot';
import { gameLog, termsOf } from '../../src/engine';
import { phraseText } from '../../src/ui/scenarioText';

const loaded = await readScenarioFile(new URL('../../scenarios/mother-russia-2016.yaml', import.meta.url).pathname);
if (!loaded.ok) throw new Error('the 2016 scenario does not load');
const index = indexScenario(loaded.scenario, loaded.hash);

describe('the name of an agreement', () => {
  it('is the option, its counter-offer or the middle between them, by its terms', () => {
    expect(phraseText(agreementNamePhrase(index, 'islands-for-treaty', 'as-proposed'))).toBe('“Two of the disputed islands for a peace treaty”');
    expect(phraseText(agreementNamePhrase(index, 'islands-for-treaty', 'counter'))).toBe('“Talks first, sweeteners now” (the counter-offer to “Two of the disputed islands for a peace treaty”)');
    expect(phraseText(agreementNamePhrase(index, 'eight-point-plan', 'middle'))).toBe(`“${index.options.get('eight-point-plan')!.title}” met halfway with “${index.options.get('eight-point-plan')!.counter!.title}” (the middle)`);
    expect(termsOf({ countered: true })).toBe('counter');
    expect(termsOf({ countered: true, middle: true })).toBe('middle');
    expect(termsOf({ countered: false })).toBe('as-proposed');
  });

  it("is written so in the game's log, from the agreement the game made", () => {
    // Games of the greedy bot until one takes a counter-offer whose agreement the log records.
    let game: GameState | undefined;
    for (let i = 1; i <= 40 && !game; i++) {
      const g = playWithBot(index, `terms-${i}`, 'greedy').game();
      if (g.agreements.some((a) => a.countered && !a.middle)) game = g;
    }
    expect(game).toBeDefined();
    const made = game!.agreements.find((a) => a.countered && !a.middle)!;
    const entry = gameLog(game!).find((e) => e.kind === 'agreement' && e.option === made.option)!;
    expect(entry).toMatchObject({ terms: 'counter' });
    expect(describeEntry(index, entry)).toContain(`“${index.options.get(made.option)!.counter!.title}” (the counter-offer to`);
  });

  it('is what the map labels it with: the counter-offer when it was taken, the middle as halfway', () => {
    // Games of the greedy bot until one holds a counter-offer's agreement the map draws.
    const drawn = (g: GameState) => g.agreements.find((a) => a.countered && !a.middle && index.options.get(a.option)!.map !== undefined);
    let game: GameState | undefined;
    for (let i = 1; i <= 60 && !game; i++) {
      const g = playWithBot(index, `map-terms-${i}`, 'greedy').game();
      if (drawn(g)) game = g;
    }
    expect(game).toBeDefined();
    const made = drawn(game!)!;
    const onMap = buildBoardView(index, game!, null).agreements.find((a) => a.id === `${made.option}@${made.madeTurn}`)!;
    expect(onMap.label).toBe(index.options.get(made.option)!.counter!.title);
    expect(agreementLabel(index, { ...made, countered: false })).toBe(index.options.get(made.option)!.title);
    expect(agreementLabel(index, { ...made, middle: true })).toBe(`Halfway: ${index.options.get(made.option)!.title}`);
  });
});
