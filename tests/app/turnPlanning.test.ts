// Where each turn's planning begins in a record whose turns open with the actors' offers and whose
// other seats are bots (their events in the record): the first moment the game plans that turn,
// nothing proposed yet, the offers answered before it.
import { describe, expect, it } from 'vitest';
import { playWithBot } from '../../src/app/playBot';
import { sessionOfRecord } from '../../src/app/replay';
import { phaseOf } from '../../src/app/session';
import { planningAt } from '../../src/app/turnPlanning';
import { scenarioIndex } from '../scenarios/claimHelpers';

const index = await scenarioIndex('mother-russia-2016.yaml');
const seats = Object.fromEntries(index.scenario.actors.map((a) => [a.id, 'greedy' as const]));
const record = playWithBot(index, 'planning-at', 'greedy', {}, seats).record();
const turns = record.result!.turns;

describe('planningAt', () => {
  it("finds every turn's planning: the turn's first planning moment, after the offers answered at its start", () => {
    let offersBefore = 0;
    for (let turn = 1; turn <= turns; turn++) {
      const found = planningAt(index, record, turn)!;
      expect(found.session.game().turn).toBe(turn);
      expect(phaseOf(found.session.snapshot())).toBe('planning');
      expect(found.session.game().proposals).toEqual([]);
      // One event fewer and the game was not yet planning this turn.
      if (found.events > 0) {
        const before = sessionOfRecord(index, record);
        for (const event of record.events.slice(0, found.events - 1)) before.send(event);
        expect(before.game().turn === turn && phaseOf(before.snapshot()) === 'planning').toBe(false);
        if (record.events[found.events - 1]!.type === 'ANSWER_OFFER') offersBefore++;
      }
    }
    // The record does answer offers just before some planning: those turns were looked at.
    expect(offersBefore).toBeGreaterThan(0);
  });

  it('is null for a turn the game never reached', () => {
    expect(planningAt(index, record, turns + 1)).toBeNull();
  });
});
