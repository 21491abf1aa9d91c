// The list of hosted games says where each stood in plain words: a game closed for now (it comes
// back paused) apart from one over, one the teacher ended, and one left open.
import { describe, expect, it } from 'vitest';
import { standingWords } from '../../../src/ui/class/standingWords';

describe('the words of a hosted game’s standing', () => {
  it('says a game closed for now, at which turn, and that it comes back paused', () => {
    expect(standingWords({ state: 'closed', turn: 4, turns: 10 })).toBe('Closed for now at turn 4 of 10 — open it again to go on (it comes back paused)');
  });

  it('tells an ended game from one that is over, and both from one closed for now', () => {
    expect(standingWords({ state: 'over', turn: 4, turns: 4 })).toBe('Over: it ended at turn 4 of 4');
    expect(standingWords({ state: 'ended', turn: 2, turns: 4 })).toBe('Ended by you at turn 2 of 4');
  });

  it('says of a game left open when its words held: the class may have played on', () => {
    expect(standingWords({ state: 'running', turn: 3, turns: 4 })).toBe('Being played at turn 3 of 4 when you left its screen (the class may have played on)');
    expect(standingWords({ state: 'paused', turn: 3, turns: 4 })).toBe('Paused at turn 3 of 4 — open it again to resume');
    expect(standingWords({ state: 'waiting', turn: 1, turns: 4 })).toBe('Not started yet — open it again to start it');
  });
});
