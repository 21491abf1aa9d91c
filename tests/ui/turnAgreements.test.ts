// A turn's agreements as the report and the replay list them: one line per agreement at work, in
// the order the turn applied them, those of an option agreed twice numbered (they were merged into
// one line whose changes read 53 → 55, then 56 → 58, with another agreement's 55 → 56 after it).
import { describe, expect, it } from 'vitest';
import { gameLog, type LogEntry } from '../../src/engine';
import { playWithBot } from '../../src/app/playBot';
import { agreementEntryPhrase, turnAgreements } from '../../src/ui/text';
import { shippedIndex } from '../scenario/helpers';
import { phraseText } from '../../src/ui/scenarioText';

const index = shippedIndex('mother-russia-2016.yaml');
type AgreementEntry = Extract<LogEntry, { kind: 'agreement' }>;

/** A turn of a greedy 2016 game (seeds agr-1, …) with two agreements of one option at work. */
function turnWithTwoOfOneOption(): AgreementEntry[] {
  for (let i = 1; i <= 200; i++) {
    const log = gameLog(playWithBot(index, `agr-${i}`, 'greedy').game());
    for (let turn = 1; turn <= index.scenario.calendar.turns; turn++) {
      const entries = log.filter((e): e is AgreementEntry => e.kind === 'agreement' && e.turn === turn);
      if (entries.some((e) => entries.filter((x) => x.option === e.option).length === 2) && new Set(entries.map((e) => e.option)).size > 1) return entries;
    }
  }
  throw new Error('no such turn');
}

describe("a turn's agreements", () => {
  it('are listed one per agreement, in the order applied, two of one option numbered', () => {
    const entries = turnWithTwoOfOneOption();
    const listed = turnAgreements(entries);
    expect(listed.map((a) => a.entry)).toEqual(entries);
    const twice = entries.find((e) => entries.filter((x) => x.option === e.option).length === 2)!.option;
    expect(listed.filter((a) => a.entry.option === twice).map((a) => a.nth)).toEqual([' (1 of 2)', ' (2 of 2)']);
    expect(listed.filter((a) => a.entry.option !== twice).every((a) => a.nth === '')).toBe(true);
    const first = listed.find((a) => a.entry.option === twice)!;
    expect(phraseText(agreementEntryPhrase(index, first.entry, first.nth))).toMatch(/ with [A-Z][a-z]+ \(1 of 2\): (in force|carried out|broken off|agreed, its effects each turn not yet begun)$/);
  });
});
