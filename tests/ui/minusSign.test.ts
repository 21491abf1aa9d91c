// Negative figures are written with the minus sign everywhere the player reads them, not a hyphen
// in some places and a minus in others ("relation -40 → -45 (−5)").
import { describe, expect, it } from 'vitest';
import { indexScenario, newGame } from '../../src/engine';
import { scoreTerms } from '../../src/engine/endings';
import { readScenarioFile } from '../../src/scenario/readScenarioFile';
import { changePhrase } from '../../src/ui/text';
import { leanWords, DEFAULT_SIDES } from '../../src/ui/alignmentWords';
import { phraseText } from '../../src/ui/scenarioText';

const loaded = await readScenarioFile(new URL('../../scenarios/mother-russia-2016.yaml', import.meta.url).pathname);
if (!loaded.ok) throw new Error('the 2016 scenario does not load');
const index = indexScenario(loaded.scenario, loaded.hash);

describe('the minus sign', () => {
  it('in a change, an alignment and a score term', () => {
    expect(phraseText(changePhrase(index, { target: 'actor:united-states.relation', before: -40, after: -45 }))).toBe('United States: relation −40 → −45 (−5)');
    expect(leanWords(-60, DEFAULT_SIDES)).toBe('leans to the US (−60)');
    const terms = scoreTerms(newGame(index, 'minus'), index).map((t) => t.label);
    expect(terms.find((l) => l.startsWith('Dependence on China'))).toMatch(/^Dependence on China \(\d+\) × −2$/);
    expect(terms.join(' ')).not.toMatch(/-\d/);
  });
});
