// A game stopped before its end (a class game its teacher ended) is judged as the last turn would
// judge it, for its debrief: the first ending whose condition holds, else the fallback; the game
// itself is left as it was.
import { describe, expect, it } from 'vitest';
import { endingNow, judgedAsItStands, scoreTerms } from '../../src/engine';
import { fixtureIndex } from './fixture';
import { startedGame, withPosition } from './helpers';

const index = fixtureIndex();
const game = startedGame(index, 'stopped');

describe('judgedAsItStands', () => {
  it('gives the first ending whose condition holds now, though the last turn has not come', () => {
    const dependent = withPosition(game, index, { tracks: { lean: 85 } });
    expect(dependent.turn).toBeLessThan(index.scenario.calendar.turns);
    expect(endingNow(dependent, index)).toBeNull();
    const judged = judgedAsItStands(dependent, index);
    expect(judged.ending).toEqual({ id: 'dependent', turn: dependent.turn, score: scoreTerms(dependent, index).reduce((sum, t) => sum + t.value, 0) });
    // Checked in file order: with the treaty signed too, the treaty (and its bonus) comes first.
    const treaty = judgedAsItStands({ ...dependent, flags: { ...dependent.flags, treaty: true } }, index);
    expect(treaty.ending?.id).toBe('treaty');
    expect(treaty.ending!.score).toBe(judged.ending!.score + 50);
  });

  it('falls back to the ending without a condition, and explains itself in the log', () => {
    const drift = withPosition(game, index, { tracks: { lean: 50 } });
    const judged = judgedAsItStands(drift, index);
    expect(judged.ending?.id).toBe('drift');
    const entry = judged.turnLog.at(-1)!;
    expect(entry).toMatchObject({ kind: 'ending', ending: 'drift', turn: drift.turn, score: judged.ending!.score });
  });

  it('leaves the game itself without an ending', () => {
    const before = structuredClone(game);
    judgedAsItStands(game, index);
    expect(game).toEqual(before);
    expect(game.ending).toBeNull();
  });
});
