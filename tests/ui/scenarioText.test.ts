// The scenario's language on the page (src/ui/scenarioText.ts): which languages are marked, and the
// phrases that keep the scenario's words apart from the game's English, read back as plain text
// exactly as the strings they replaced (the live region, aria-labels and the command line read those).
import { describe, expect, it } from 'vitest';
import { joinPhrases, own, phrase, phraseNodes, phraseText, scenarioLang } from '../../src/ui/scenarioText';

describe('scenarioLang', () => {
  it('marks a language other than English, and leaves English of any region unmarked', () => {
    expect(scenarioLang('fr')).toBe('fr');
    expect(scenarioLang('fr-CA')).toBe('fr-CA');
    expect(scenarioLang({ language: 'de' })).toBe('de');
    expect(scenarioLang({ scenario: { language: 'ru' } })).toBe('ru');
    for (const english of ['en', 'en-GB', 'en-US', undefined, '']) expect(scenarioLang(english)).toBeUndefined();
  });
});

describe('phrases', () => {
  it('read as the sentence written, the scenario’s parts in it', () => {
    const title = own('Demander un prêt');
    const p = phrase`Japan accepted “${title}” (turn ${3})`;
    expect(phraseText(p)).toBe('Japan accepted “Demander un prêt” (turn 3)');
    expect(p.filter((part) => typeof part !== 'string')).toEqual([{ scenario: 'Demander un prêt' }]);
    // A phrase spliced into another keeps its parts apart.
    const outer = phrase`Turn 2: ${p}.`;
    expect(phraseText(outer)).toBe('Turn 2: Japan accepted “Demander un prêt” (turn 3).');
    expect(outer.filter((part) => typeof part !== 'string')).toHaveLength(1);
    expect(phraseText(joinPhrases([[own('A')], phrase`${own('B')} ×2`], '; '))).toBe('A; B ×2');
  });

  it('are plain text in an English scenario (no element is made)', () => {
    expect(phraseNodes('en', phrase`Withdraw “${own('Ask Big for a loan')}”`)).toBe('Withdraw “Ask Big for a loan”');
  });
});
