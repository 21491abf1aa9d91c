// Where a teacher's class game stood, as the list of hosted games keeps it: read from the room's
// view (its end, its clock) and the game's turn, the turn of its ending once over.
import { describe, expect, it } from 'vitest';
import { readStanding, standingOf } from '../../src/app/browser/teacherStanding';

const view = (ended: 'over' | 'teacher' | 'closed' | null, started = true, paused = false) => ({ ended, clock: { started, paused } });
const at = (turn: number) => ({ turn, ending: null });

describe("a class game's standing for its teacher's list", () => {
  it('is closed for now, ended by the teacher or over by the room’s end, whatever its clock says', () => {
    expect(standingOf(view('closed', true, true), at(4), 10)).toEqual({ state: 'closed', turn: 4, turns: 10 });
    expect(standingOf(view('teacher'), at(2), 4)).toEqual({ state: 'ended', turn: 2, turns: 4 });
    // Over: the turn its ending came in.
    expect(standingOf(view('over'), { turn: 5, ending: { turn: 4 } }, 4)).toEqual({ state: 'over', turn: 4, turns: 4 });
  });

  it('is not started, paused or being played while the room is open', () => {
    expect(standingOf(view(null, false), at(1), 4).state).toBe('waiting');
    expect(standingOf(view(null, true, true), at(3), 4)).toEqual({ state: 'paused', turn: 3, turns: 4 });
    expect(standingOf(view(null), at(3), 4)).toEqual({ state: 'running', turn: 3, turns: 4 });
  });

  it('is read back from storage only when well formed', () => {
    expect(readStanding({ state: 'closed', turn: 4, turns: 10 })).toEqual({ state: 'closed', turn: 4, turns: 10 });
    for (const bad of [null, 'closed', { state: 'gone', turn: 1, turns: 4 }, { state: 'over', turn: 1.5, turns: 4 }, { state: 'over', turn: 1, turns: 1000 }, { state: 'over', turn: 1 }]) expect(readStanding(bad)).toBeNull();
  });
});
