// A class game's record keeps notes ("Time was up on turn 4: the computer decided what the turn
// still waited for."), each placed before the event at `atEvent`. The replay screen showed none of
// them (a teacher's review); each replay step now carries the notes placed during its turn.
import { describe, expect, it } from 'vitest';
import { replaySteps } from '../../src/app/browser/game';
import { playWithBot } from '../../src/app/playBot';
import { shippedIndex } from '../scenario/helpers';

const index = shippedIndex('other-asia-2019.yaml');
const record = playWithBot(index, 'class-7b', 'greedy').record();
const scenario = { index, source: { kind: 'shipped' as const, id: index.scenario.id }, fileName: 'other-asia-2019.yaml' };

describe('the notes of a replay’s turns', () => {
  it('go with the turn being played when each was placed, the last turn’s after the game’s end', () => {
    const { steps } = replaySteps(scenario, record);
    const turn4 = steps.find((s) => s.turn === 4)!;
    const turn5 = steps.find((s) => s.turn === 5)!;
    const notes = [
      { atEvent: 0, text: 'Before anything: turn 1.' },
      // The turn's last event (its END_TURN or the computer's last answer) still belongs to it.
      { atEvent: turn5.eventsBefore - 1, text: 'Time was up on turn 4.' },
      { atEvent: turn4.eventsBefore + 1, text: 'A <b>second</b> note of turn 4.' },
      // At the first event of turn 5, the game was on turn 5.
      { atEvent: turn5.eventsBefore, text: 'The teacher ended turn 5 now.' },
      { atEvent: record.events.length, text: 'After the last event.' },
    ];
    const withNotes = replaySteps(scenario, { ...record, notes }).steps;
    const byTurn = Object.fromEntries(withNotes.filter((s) => s.notes.length > 0).map((s) => [s.turn, s.notes]));
    expect(byTurn).toEqual({
      1: ['Before anything: turn 1.'],
      // Oldest first as placed in the record, not sorted.
      4: ['Time was up on turn 4.', 'A <b>second</b> note of turn 4.'],
      5: ['The teacher ended turn 5 now.'],
      [withNotes[withNotes.length - 1]!.turn]: ['After the last event.'],
    });
    expect(steps.every((s) => s.notes.length === 0)).toBe(true);
  });
});
