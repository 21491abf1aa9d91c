import { describe, expect, it } from 'vitest';
import {
  actorOf,
  beginTurn,
  endCheck,
  gameLog,
  newGame,
  proposalRefusal,
  propose,
  resolveTurn,
  settleNegotiation,
  trackValue,
  weighProposal,
  withdraw,
  worldMoves,
  type Decision,
  type GameState,
} from '../../src/engine';
import { fixtureIndex } from './fixture';
import { optionIsOpen, startedGame, withCounts, withPosition } from './helpers';

const index = fixtureIndex();

/** Settles a proposal with a forced outcome, as if the die had fallen that way. */
function settleAs(state: GameState, option: string, outcome: Decision['outcome'], counterTaken = false): GameState {
  const { state: weighed, decision } = weighProposal(propose(state, index, option), index, option);
  return settleNegotiation(weighed, index, { ...decision, outcome }, counterTaken);
}

describe('a new game', () => {
  it('starts from the scenario numbers, with derived tracks computed', () => {
    const game = newGame(index, 'seed');
    expect(game.turn).toBe(0);
    expect(game.capital).toBe(6);
    expect(trackValue(game.tracks, index, 'wealth')).toBe(20);
    expect(actorOf(game.actors, index, 'big')!).toEqual({ relation: 20, trust: 50, trade: 60, alignment: 50 });
    // trade 60 and 20: shares 75 % and 25 % → 100 − (5625 + 625) / 100 = 38
    expect(trackValue(game.tracks, index, 'mix')).toBe(38);
    expect(trackValue(game.tracks, index, 'lean')).toBe(75);
    expect(optionIsOpen(game, index, 'secret')).toBe(false);
  });
});

describe('the briefing', () => {
  it('adds no income on the first turn and the scenario income afterwards, less modifiers that hold', () => {
    const first = startedGame(index);
    expect(first.turn).toBe(1);
    expect(first.capital).toBe(6);
    const second = beginTurn({ ...first, capital: 1 }, index);
    expect(second.capital).toBe(1 + 4); // turn 2 (Dec 2016–Feb 2017): the price shock comes after the income
    const third = beginTurn({ ...second, capital: 1 }, index);
    expect(third.capital).toBe(1 + 4 - 2); // prices now below 30: "Low prices" takes 2
    expect(gameLog(third).filter((e) => e.kind === 'income').at(-1)).toMatchObject({ amount: 2 });
  });

  it('never lets capital pass its maximum', () => {
    const second = beginTurn({ ...startedGame(index), capital: 9 }, index);
    expect(second.capital).toBe(10);
  });

  it('fires a dated event on the turn that contains its month, once, with its effects', () => {
    let state = startedGame(index);
    expect(gameLog(state).some((e) => e.kind === 'event' && e.event === 'shock')).toBe(false);
    state = beginTurn(state, index); // Dec 2016 – Feb 2017 contains 2017-01
    const shock = gameLog(state).find((e) => e.kind === 'event' && e.event === 'shock');
    expect(shock).toMatchObject({ turn: 2, roll: null, changes: [{ target: 'track:price', before: 50, after: 20 }, { target: 'option:secret', before: false, after: true }] });
    expect(optionIsOpen(state, index, 'secret')).toBe(true);
    state = beginTurn(state, index);
    expect(gameLog(state).filter((e) => e.kind === 'event' && e.event === 'shock')).toHaveLength(1);
  });

  it('draws random events from the seeded generator: same seed, same news', () => {
    const luck = (seed: string) => {
      let state = newGame(index, seed);
      for (let t = 0; t < 6; t++) state = beginTurn(state, index);
      return gameLog(state).filter((e) => e.kind === 'event' && e.event === 'luck').map((e) => e.turn);
    };
    expect(luck('a')).toEqual(luck('a'));
    const seen = new Set(Array.from({ length: 40 }, (_, i) => luck(`s${i}`).join(',')));
    expect(seen.size).toBeGreaterThan(5); // 30 % a turn: different seeds give different years
  });
});

describe('planning', () => {
  it('refuses unknown, closed, unaffordable and repeated proposals with a reason', () => {
    const state = startedGame(index);
    expect(proposalRefusal(state, index, 'atlantis')).toMatch(/no option "atlantis"/);
    expect(proposalRefusal(state, index, 'secret')).toMatch(/not open/);
    expect(proposalRefusal({ ...state, capital: 2 }, index, 'islands')).toMatch(/costs 4 .* only 2/);
    const proposed = propose(state, index, 'loan');
    expect(proposalRefusal(proposed, index, 'loan')).toMatch(/already proposed/);
    expect(proposalRefusal(state, index, 'loan')).toBeNull();
  });

  it('spends the cost when proposing and gives it back on withdrawal', () => {
    const state = startedGame(index);
    const proposed = propose(state, index, 'pipeline');
    expect(proposed.capital).toBe(3);
    expect(proposed.proposals).toEqual([{ option: 'pipeline', cost: 3 }]);
    const back = withdraw(proposed, 'pipeline');
    expect(back.capital).toBe(6);
    expect(back.proposals).toEqual([]);
  });

  it('refuses an option agreed as many times as it may be', () => {
    let state = settleAs(startedGame(index), 'islands', 'accept');
    state = resolveTurn(state, index);
    expect(proposalRefusal({ ...state, proposals: [] }, index, 'islands')).toMatch(/already been agreed once/);
  });
});

describe('resolution', () => {
  it('applies the effects of an accepted deal and onReject of a rejected one', () => {
    const accepted = resolveTurn(settleAs(startedGame(index), 'islands', 'accept'), index);
    expect(accepted.flags.treaty).toBe(true);
    expect(actorOf(accepted.actors, index, 'small')!.trade).toBe(50);
    const rejected = resolveTurn(settleAs(startedGame(index), 'islands', 'reject'), index);
    expect(rejected.flags.treaty).toBeUndefined();
    expect(actorOf(rejected.actors, index, 'small')!.trust).toBe(25);
  });

  it('recomputes derived tracks when trade moves', () => {
    const state = resolveTurn(settleAs(startedGame(index), 'islands', 'accept'), index);
    // trade 60 and 50: shares 54 % and 45 % → 100 − (2916 + 2025) / 100 = 51
    expect(trackValue(state.tracks, index, 'mix')).toBe(51);
    expect(trackValue(state.tracks, index, 'lean')).toBe(54);
  });

  it('charges the extra cost of a counter-offer taken and applies its terms instead', () => {
    const state = settleAs(startedGame(index), 'islands', 'counter', true);
    expect(state.capital).toBe(6 - 4 - 2);
    const resolved = resolveTurn(state, index);
    expect(resolved.flags.treaty).toBe(true);
    expect(actorOf(resolved.actors, index, 'small')!.trade).toBe(20); // the counter's effects carry no trade
    const declined = resolveTurn(settleAs(startedGame(index), 'islands', 'counter', false), index);
    expect(declined.flags.treaty).toBeUndefined();
    expect(actorOf(declined.actors, index, 'small')!.trust).toBe(30); // a declined counter is not a rejection
  });

  it('carries a lasting deal out over its turns after its delay, then ends it', () => {
    let state = resolveTurn(settleAs(startedGame(index), 'pipeline', 'accept'), index); // turn 1, delay 1
    expect(state.agreements).toMatchObject([{ option: 'pipeline', status: 'pending', startTurn: 3, turnsLeft: 3 }]);
    const wealth: number[] = [];
    for (let t = 2; t <= 6; t++) {
      state = resolveTurn({ ...state, turn: t, outcomes: [] }, index);
      wealth.push(trackValue(state.tracks, index, 'wealth'));
    }
    expect(wealth).toEqual([20, 23, 26, 29, 29]);
    expect(state.agreements[0]!.status).toBe('done');
  });

  it('lets an event disrupt an agreement in force, applying onDisrupt', () => {
    let state = resolveTurn(settleAs(startedGame(index), 'pipeline', 'accept'), index);
    state = resolveTurn({ ...state, turn: 3, outcomes: [] }, index); // active now, +3 wealth
    expect(state.agreements[0]!.status).toBe('active');
    const before = trackValue(state.tracks, index, 'wealth');
    state = beginTurn({ ...state, turn: 3 }, index); // turn 4: the "sanction" event's condition holds
    expect(state.agreements[0]!.status).toBe('disrupted');
    expect(trackValue(state.tracks, index, 'wealth')).toBeLessThanOrEqual(before - 2 + 1); // −2 from onDisrupt, +1 at most from luck
    const after = resolveTurn(state, index);
    expect(trackValue(after.tracks, index, 'wealth')).toBe(trackValue(state.tracks, index, 'wealth')); // no more per-turn effects
  });
});

describe('world moves', () => {
  it('weighs each actor\'s best move, rolls for it and records the weighing', () => {
    const state = worldMoves(startedGame(index), index);
    const move = gameLog(state).find((e) => e.kind === 'move');
    expect(move).toMatchObject({ actor: 'big', move: 'offer', chance: 70 }); // 40 + 60 × 50 / 100
    if (move?.kind !== 'move') throw new Error('no move');
    expect(move.happened).toBe(move.roll! < 70);
    expect(trackValue(state.tracks, index, 'wealth')).toBe(move.happened ? 22 : 20);
    expect(gameLog(state).filter((e) => e.kind === 'move' && e.actor === 'small')).toEqual([]); // no moves
  });

  it('stops offering a move after its maxTimes', () => {
    const state = worldMoves(withCounts(startedGame(index), index, { moveTimes: { 'big/offer': 3 } }), index);
    expect(gameLog(state).some((e) => e.kind === 'move')).toBe(false);
  });
});

describe('the end check', () => {
  it('ends early when an early ending holds, and explains it', () => {
    const state = endCheck(withPosition(startedGame(index), index, { tracks: { wealth: 0 } }), index);
    expect(state.ending).toMatchObject({ id: 'collapse', turn: 1 });
    const entry = gameLog(state).at(-1);
    expect(entry).toMatchObject({ kind: 'ending', ending: 'collapse', reasons: [{ text: 'wealth ≤ 0', actual: 0, holds: true }] });
  });

  it('does not end before the last turn otherwise', () => {
    expect(endCheck(startedGame(index), index).ending).toBeNull();
    // Not even when an ending that is not early already holds.
    const early = withPosition({ ...startedGame(index), flags: { treaty: true } }, index, { tracks: { lean: 90 } });
    expect(endCheck(early, index).ending).toBeNull();
  });

  it('takes the first ending that holds on the last turn, else the fallback, and scores it', () => {
    const last = withPosition({ ...startedGame(index), turn: 6 }, index, { tracks: { wealth: 40 } });
    const drift = endCheck(last, index);
    expect(drift.ending).toEqual({ id: 'drift', turn: 6, score: 2 * 40 + 38 });
    const treaty = endCheck({ ...last, flags: { treaty: true } }, index);
    expect(treaty.ending).toEqual({ id: 'treaty', turn: 6, score: 2 * 40 + 38 + 50 });
    // Two endings hold: the first in the file's order is taken.
    const dependent = withPosition(last, index, { tracks: { wealth: 40, lean: 90 } });
    expect(endCheck(dependent, index).ending?.id).toBe('dependent');
    expect(endCheck({ ...dependent, flags: { treaty: true } }, index).ending?.id).toBe('treaty');
  });

  it('records the turn with a checksum chained to the previous one', () => {
    const a = endCheck(startedGame(index), index);
    const b = endCheck(startedGame(index), index);
    expect(a.history[0]!.checksum).toMatch(/^[0-9a-f]{16}$/);
    expect(a.history[0]!.checksum).toBe(b.history[0]!.checksum);
    const other = endCheck(withPosition(startedGame(index), index, { tracks: { wealth: 21 } }), index);
    expect(other.history[0]!.checksum).not.toBe(a.history[0]!.checksum);
    // The next turn's checksum takes in this one's: the same state after a different previous checksum checks otherwise.
    const next = endCheck(a, index);
    const forged = endCheck({ ...a, history: [{ ...a.history[0]!, checksum: '0123456789abcdef' }] }, index);
    expect(next.history).toHaveLength(2);
    expect(forged.history[1]!.checksum).not.toBe(next.history[1]!.checksum);
    expect(endCheck(a, index).history[1]!.checksum).toBe(next.history[1]!.checksum);
  });
});
