// What players read for a flag: the name the file gives it under `flags:`, or its id in words;
// in the debrief's "Why this ending" (yes or no, never true or false), in a deal's changes and in
// an option's effects.
import { describe, expect, it } from 'vitest';
import { indexScenario, newGame, trace, type GameState } from '../../src/engine';
import { changePhrase, effectPhrase, tracePhrase } from '../../src/ui/text';
import { edit, loaded, minimal, shippedIndex } from '../scenario/helpers';
import { phraseText } from '../../src/ui/scenarioText';

describe('the words for a flag', () => {
  it("reads the file's names in the debrief, in changes and in effects", () => {
    const index = shippedIndex('mother-russia-2016.yaml');
    const game = newGame(index, 'flag-words');
    const treaty = index.scenario.endings.find((e) => e.id === 'japan-peace-treaty')!;
    expect(trace(game, index, treaty.when).map((t) => phraseText(tracePhrase(index, t)))).toEqual(['A peace treaty with Japan is signed: yes — now no']);
    const signed: GameState = { ...game, flags: { 'peace-treaty': true } };
    expect(phraseText(tracePhrase(index, trace(signed, index, { not: { flag: 'peace-treaty' } })[0]!))).toBe('not (A peace treaty with Japan is signed: yes) — now yes');
    // A yes or no that holds is said once.
    expect(trace(signed, index, treaty.when).map((t) => phraseText(tracePhrase(index, t)))).toEqual(['A peace treaty with Japan is signed: yes']);
    expect(phraseText(changePhrase(index, { target: 'flag:islands-talks', before: false, after: true }))).toBe('Talks on the islands are under way: yes');
    expect(phraseText(effectPhrase(index, { flag: 'nk-card', set: true }))).toBe('Russia played the North Korean card: yes');
  });

  it('writes an unnamed flag as its id in words, and leaves other ids in a trace to their own names', () => {
    const text = edit(minimal, '      - { track: development, add: 8 }\n', '      - { track: development, add: 8 }\n      - { flag: gas-signed, set: true }\n');
    const result = loaded(text);
    const index = indexScenario(result.scenario, result.hash);
    const game = newGame(index, 'flag-words');
    expect(phraseText(tracePhrase(index, trace(game, index, { flag: 'gas-signed', is: false })[0]!))).toBe('Gas signed: no');
    expect(phraseText(changePhrase(index, { target: 'flag:gas-signed', before: false, after: true }))).toBe('Gas signed: yes');
    expect(phraseText(tracePhrase(index, trace(game, index, { track: 'development', gte: 50 })[0]!))).toBe('Far East development ≥ 50 — now 30');
  });
});
