import { describe, expect, it } from 'vitest';
import { holds, proposalRefusal, propose, trace, trackValue, weighProposal } from '../../src/engine';
import { playWithBot } from '../../src/app/playBot';
import { fixtureData, fixtureIndex } from './fixture';
import { countIn, startedGame, withCounts, withPosition } from './helpers';

const index = fixtureIndex();
const game = withPosition(startedGame(index), index, { tracks: { wealth: 40, price: 20 }, actors: { big: { relation: 30 } } });

describe('conditions', () => {
  it('compare tracks and actor numbers with every comparison', () => {
    expect(holds(game, index, { track: 'wealth', gte: 40, lt: 41 })).toBe(true);
    expect(holds(game, index, { track: 'wealth', gt: 40 })).toBe(false);
    expect(holds(game, index, { actor: 'big', attr: 'relation', eq: 30 })).toBe(true);
    expect(holds(game, index, { actor: 'big', attr: 'relation', lte: 29 })).toBe(false);
    expect(holds(game, index, { turn: { eq: 1 } })).toBe(true);
    expect(holds(game, index, { capital: { gte: 7 } })).toBe(false);
    // Three or more bounds: every one must hold.
    expect(holds(game, index, { track: 'wealth', gte: 40, lte: 40, eq: 40 })).toBe(true);
    expect(holds(game, index, { track: 'wealth', gte: 40, lte: 50, lt: 40 })).toBe(false);
  });

  it('answer the same when asked again after the state changed (a condition is built once, read afresh)', () => {
    const rich = { track: 'wealth', gte: 41 } as const;
    expect(holds(game, index, rich)).toBe(false);
    expect(holds(withPosition(game, index, { tracks: { wealth: 41 } }), index, rich)).toBe(true);
    expect(holds(game, index, rich)).toBe(false);
  });

  it('combine with all, any, not and count', () => {
    const rich = { track: 'wealth', gte: 30 } as const;
    const cheap = { track: 'price', lt: 30 } as const;
    const cold = { actor: 'big', attr: 'relation', lt: 0 } as const;
    expect(holds(game, index, { all: [rich, cheap] })).toBe(true);
    expect(holds(game, index, { all: [rich, cold] })).toBe(false);
    expect(holds(game, index, { any: [cold, cheap] })).toBe(true);
    expect(holds(game, index, { any: [cold, { not: cheap }] })).toBe(false);
    expect(holds(game, index, { not: cold })).toBe(true);
    expect(holds(game, index, { not: cheap })).toBe(false);
    expect(holds(game, index, { count: [rich, cheap, cold], gte: 2 })).toBe(true);
    expect(holds(game, index, { count: [rich, cheap, cold], gte: 3 })).toBe(false);
    expect(holds(game, index, { count: [rich, cheap, cold], eq: 2 })).toBe(true);
  });

  it('read flags, events, agreements and options', () => {
    const later = { ...withCounts(game, index, { eventTimes: { shock: 1 }, optionTimes: { loan: 2 }, optionTries: { loan: 3, islands: 1 } }), flags: { treaty: true } };
    expect(holds(later, index, { flag: 'treaty' })).toBe(true);
    expect(holds(later, index, { flag: 'treaty', is: false })).toBe(false);
    expect(holds(later, index, { event: 'shock' })).toBe(true);
    expect(holds(later, index, { event: 'luck' })).toBe(false);
    expect(holds(later, index, { option: 'loan', made: { gte: 2 }, tried: { eq: 3 } })).toBe(true);
    expect(holds(later, index, { option: 'islands', made: { gte: 1 } })).toBe(false);
    expect(holds(later, index, { option: 'loan', tried: { eq: 2 } })).toBe(false);
    expect(holds(later, index, { option: 'secret', open: false })).toBe(true);
    expect(holds(later, index, { option: 'secret', open: true })).toBe(false);
    expect(holds(later, index, { option: 'loan', open: true })).toBe(true);
    expect(holds(later, index, { option: 'loan', open: false })).toBe(false);
    expect(holds(later, index, { agreement: 'pipeline' })).toBe(false);
    const withDeal = { ...later, agreements: [{ option: 'pipeline', actor: 'big', madeTurn: 1, startTurn: 3, turnsLeft: 3, status: 'pending' as const, countered: false }] };
    expect(holds(withDeal, index, { agreement: 'pipeline' })).toBe(true);
    expect(holds(withDeal, index, { agreement: 'pipeline', status: 'active' })).toBe(false);
  });

  it('tell an event of this turn from one of an earlier turn (thisTurn reads the present turn only)', () => {
    const earlier = withCounts(game, index, { eventTimes: { shock: 1 } });
    const now = { ...earlier, turnLog: [...earlier.turnLog, { kind: 'event' as const, turn: earlier.turn, event: 'shock', roll: 3, chance: 10, changes: [] }] };
    expect(holds(earlier, index, { event: 'shock' })).toBe(true);
    expect(holds(earlier, index, { event: 'shock', thisTurn: true })).toBe(false);
    expect(holds(now, index, { event: 'shock', thisTurn: true })).toBe(true);
    expect(holds(now, index, { event: 'luck', thisTurn: true })).toBe(false);
    expect(holds(now, index, { not: { event: 'shock', thisTurn: true } })).toBe(false);
    expect(trace(now, index, { event: 'shock', thisTurn: true })).toEqual([{ text: 'event shock has happened this turn', actual: true, holds: true }]);
  });

  it('trace every leaf with its actual value, negations included', () => {
    expect(trace(game, index, { all: [{ track: 'wealth', gte: 50 }, { not: { flag: 'treaty' } }] })).toEqual([
      { text: 'wealth ≥ 50', actual: 40, holds: false },
      { text: 'not (treaty: yes)', actual: false, holds: true },
    ]);
    expect(trace(game, index, { count: [{ track: 'price', lt: 30 }], gte: 1 })[0]).toEqual({ text: 'number of this 1 condition that holds ≥ 1', actual: 1, holds: true });
  });

  it('trace a count’s parts under it, each as counted or not, whatever the count’s negation', () => {
    const count = { count: [{ track: 'price', lt: 30 }, { track: 'wealth', gte: 50 }, { count: [{ flag: 'treaty' }], gte: 1 }], lt: 1 };
    const parts = [
      { text: 'price < 30', actual: expect.any(Number), holds: true, within: 1 },
      { text: 'wealth ≥ 50', actual: 40, holds: false, within: 1 },
      { text: 'number of this 1 condition that holds ≥ 1', actual: 0, holds: false, within: 1 },
      { text: 'treaty: yes', actual: false, holds: false, within: 2 },
    ];
    expect(trace(game, index, count)).toEqual([{ text: 'number of these 3 conditions that hold < 1', actual: 1, holds: false }, ...parts]);
    // Under a not, the count's own row is negated; its parts still say whether they are counted.
    expect(trace(game, index, { not: count })).toEqual([{ text: 'not (number of these 3 conditions that hold < 1)', actual: 1, holds: true }, ...parts]);
  });
});

describe('limits on proposing', () => {
  it('maxTries stops an option once it has been negotiated so many times, deal or not', () => {
    const options = fixtureData.options.map((o) => (o.id === 'forum' ? { ...o, maxTries: 1 } : o));
    const limited = fixtureIndex({ options });
    const { state } = weighProposal(propose(startedGame(limited), limited, 'forum'), limited, 'forum');
    expect(countIn(state, limited, 'optionTries', 'forum')).toBe(1);
    expect(proposalRefusal({ ...state, proposals: [] }, limited, 'forum')).toBe('"Invite Small to a forum" has already been proposed once');
  });

  it('excludes forbids two options in one turn, and after the other made a deal', () => {
    const options = fixtureData.options.map((o) => (o.id === 'forum' ? { ...o, excludes: ['islands'] } : o));
    const exclusive = fixtureIndex({ options });
    const start = startedGame(exclusive);
    expect(proposalRefusal(propose(start, exclusive, 'islands'), exclusive, 'forum')).toBe('"Invite Small to a forum" cannot be proposed in the same turn as "Offer two islands"');
    expect(proposalRefusal(withCounts(start, exclusive, { optionTimes: { islands: 1 } }), exclusive, 'forum')).toBe('"Invite Small to a forum" is ruled out by the deal "Offer two islands"');
    expect(proposalRefusal(start, exclusive, 'forum')).toBeNull();
  });

  it('excludes works both ways, whichever option lists the other', () => {
    const options = fixtureData.options.map((o) => (o.id === 'forum' ? { ...o, excludes: ['islands'] } : o));
    const exclusive = fixtureIndex({ options });
    const start = startedGame(exclusive);
    expect(proposalRefusal(propose(start, exclusive, 'forum'), exclusive, 'islands')).toBe('"Offer two islands" cannot be proposed in the same turn as "Invite Small to a forum"');
  });

  it('is respected by both bots, which never make a refused move', () => {
    const options = fixtureData.options.map((o) => (o.id === 'forum' ? { ...o, excludes: ['islands', 'loan'] } : o));
    const exclusive = fixtureIndex({ options });
    for (const bot of ['random', 'greedy'] as const) {
      for (let i = 0; i < 100; i++) expect(playWithBot(exclusive, `x${i}`, bot).game().ending).not.toBeNull();
    }
  });
});

describe('derived tracks over chosen actors', () => {
  it('count only the listed actors', () => {
    const tracks = fixtureData.tracks.map((t) => (t.id === 'mix' ? { ...t, derive: { kind: 'diversity', attr: 'trade', actors: ['big', 'small'] } } : t));
    const third = { ...fixtureData.actors[1]!, id: 'far', name: 'Far', start: { relation: 0, trust: 50, trade: 500, alignment: 0 } };
    const listed = fixtureIndex({ tracks, actors: [...fixtureData.actors, third] });
    const all = fixtureIndex({ actors: [...fixtureData.actors, third] });
    expect(trackValue(startedGame(listed).tracks, listed, 'mix')).toBe(38); // big 60 and small 20, as without "far"
    expect(trackValue(startedGame(all).tracks, all, 'mix')).toBeLessThan(38); // far's 500 dominates
  });
});
