// Bargaining in rounds, in engine terms: the middle's effects and cost, each round's terms, chance
// and die, and how a bargaining ends.
import { describe, expect, it } from 'vitest';
import { actorOf, bargainRound, bargainStatus, counterBackRefusal, gameLog, middleCost, middleDealEffects, proposalRefusal, propose, resolveTurn, roundTerms, settleBargain, settleNegotiation, weighProposal, type Decision, type GameState } from '../../src/engine';
import { middleEffects } from '../../src/engine/middle';
import { seedRng } from '../../src/engine/rng';
import { fixtureData, fixtureIndex } from './fixture';
import { countIn, startedGame } from './helpers';

/** The fixture with the islands' counter-offer open to bargaining. */
const withRounds = (rounds: number, patience = 10) =>
  fixtureIndex({ options: fixtureData.options.map((o) => (o.id === 'islands' ? { ...o, counter: { ...o.counter!, extraCost: 3, rounds, patience } } : o)) });

const index = withRounds(2);

/** A game at turn 1 where the islands were proposed and countered. */
function countered(ix = index): { game: GameState; decision: Decision } {
  for (let i = 0; i < 500; i++) {
    const { state, decision } = weighProposal(propose(startedGame(ix, `r${i}`), ix, 'islands'), ix, 'islands');
    if (decision.outcome === 'counter') return { game: state, decision };
  }
  throw new Error('no seed gives a counter-offer');
}

describe('the middle between a proposal and its counter-offer', () => {
  it('halves the numbers both move (towards zero) and keeps the counter-offer\'s other terms', () => {
    expect(
      middleEffects(
        [{ track: 'wealth', add: 5 }, { actor: 'big', attr: 'trade', add: 10 }, { flag: 'deal', set: true }],
        [{ flag: 'small-deal', set: true }, { track: 'wealth', add: 2 }, { capital: -3 }],
      ),
    ).toEqual([{ flag: 'small-deal', set: true }, { track: 'wealth', add: 3 }, { capital: -1 }, { actor: 'big', attr: 'trade', add: 5 }]);
    expect(middleEffects([{ track: 'wealth', add: -5 }], [])).toEqual([{ track: 'wealth', add: -2 }]);
    expect(middleEffects([{ track: 'wealth', add: 1 }], [{ track: 'wealth', add: -1 }])).toEqual([]);
  });

  it('costs half the counter-offer\'s extra cost, rounded down', () => {
    const option = index.options.get('islands')!;
    expect(middleCost(option.counter!)).toBe(1); // 3 / 2
    // Islands: the proposal gives the treaty and +30 trade with Small; the counter only the treaty.
    expect(middleDealEffects(option)).toEqual([{ flag: 'treaty', set: true }, { actor: 'small', attr: 'trade', add: 15 }]);
  });
});

describe('one round of bargaining', () => {
  it('weighs the middle from the chance the proposal had, halfway to 100, minus the patience per round', () => {
    const { decision } = countered();
    const terms = roundTerms(index, decision, 2);
    expect(terms).toEqual([
      { label: 'Chance it gave the proposal', value: decision.chance, kind: 'chance' },
      { label: 'Halfway towards its own counter-offer', value: Math.trunc((100 - decision.chance) / 2), kind: 'middle' },
      { label: 'Patience: round 2 × −10', value: -20, kind: 'patience' },
    ]);
  });

  it('draws one die from the game, logs the round, and decides accept / hold / walk away by it', () => {
    const { game, decision } = countered();
    const { state, round } = bargainRound(game, index, decision);
    expect(state.rng).not.toEqual(game.rng);
    expect(round.round).toBe(1);
    expect(round.of).toBe(2);
    expect(round.chance).toBe(decision.chance + Math.trunc((100 - decision.chance) / 2) - 10);
    expect(round.holdBelow).toBe(Math.min(100, round.chance + 25));
    expect(round.outcome).toBe(round.roll! < round.chance ? 'accept' : round.roll! < round.holdBelow ? 'hold' : 'walk-away');
    expect(gameLog(state).at(-1)).toEqual({ kind: 'bargain', turn: 1, option: 'islands', actor: 'small', round });
    expect(bargainStatus(state, index, decision)).toMatchObject({ allowed: 2, used: 1, left: 1 });
  });

  it('accepts below the chance, holds from it up to the top of the hold, walks away from there, on other dice', () => {
    const { game, decision } = countered();
    const seen = new Set<string>();
    for (let i = 0; i < 5000 && seen.size < 5; i++) {
      const { round } = bargainRound({ ...game, rng: seedRng(`round-${i}`) }, index, decision);
      const roll = round.roll!;
      expect(round.outcome).toBe(roll < round.chance ? 'accept' : roll < round.holdBelow ? 'hold' : 'walk-away');
      seen.add(round.outcome);
      if (roll === round.chance) seen.add('a roll of the chance');
      if (roll === round.holdBelow) seen.add('a roll of the top of the hold');
    }
    expect([...seen].sort()).toEqual(['a roll of the chance', 'a roll of the top of the hold', 'accept', 'hold', 'walk-away']);
  });

  it('lowers the chance with every round by the patience', () => {
    const { game, decision } = countered(withRounds(3, 15));
    const ix = withRounds(3, 15);
    let g = game;
    const chances: number[] = [];
    for (let r = 0; r < 3; r++) {
      const out = bargainRound(g, ix, decision);
      chances.push(out.round.chance);
      g = out.state;
    }
    expect(chances[0]! - chances[1]!).toBe(15);
    expect(chances[1]! - chances[2]!).toBe(15);
  });

  it('refuses in plain words: no bargaining allowed, no rounds left, not enough capital', () => {
    const none = withRounds(0);
    const c0 = countered(none);
    expect(counterBackRefusal(c0.game, none, c0.decision)).toBe('Small will not bargain over "Small asks for all four": take it or decline it');
    const { game, decision } = countered();
    expect(counterBackRefusal(game, index, decision)).toBeNull();
    expect(counterBackRefusal({ ...game, capital: 0 }, index, decision)).toBe('offering the middle costs 1 more diplomatic capital and none is left');
    const twice = bargainRound(bargainRound(game, index, decision).state, index, decision).state;
    expect(counterBackRefusal(twice, index, decision)).toBe('no round of bargaining is left (2 allowed): take the counter-offer or decline it');
  });
});

describe('how a bargaining ends', () => {
  it('an agreed middle is a deal: paid for, counted against maxTimes, its effects applied at resolution', () => {
    const { game, decision } = countered();
    const settled = settleBargain(game, index, decision, 'accept');
    expect(settled.capital).toBe(game.capital - 1);
    expect(settled.outcomes).toEqual([{ option: 'islands', actor: 'small', result: 'middle-taken' }]);
    expect(countIn(settled, index, 'optionTimes', 'islands')).toBe(1);
    const resolved = resolveTurn(settled, index);
    expect(resolved.flags.treaty).toBe(true);
    expect(actorOf(resolved.actors, index, 'small')!.trade).toBe(actorOf(game.actors, index, 'small')!.trade + 15);
    expect(resolved.agreements[0]).toMatchObject({ option: 'islands', middle: true, countered: false });
  });

  it('a walk-away is a rejection: onReject applies and no deal is counted', () => {
    const { game, decision } = countered();
    const settled = settleBargain(game, index, decision, 'walk-away');
    expect(settled.outcomes[0]!.result).toBe('rejected');
    expect(countIn(settled, index, 'optionTimes', 'islands')).toBe(0);
    expect(actorOf(resolveTurn(settled, index).actors, index, 'small')!.trust).toBe(actorOf(game.actors, index, 'small')!.trust - 5);
  });

  it('a declined counter-offer is not a deal: the option can be proposed again next turn', () => {
    const { game, decision } = countered();
    const declined = settleNegotiation(game, index, decision, false);
    expect(countIn(declined, index, 'optionTimes', 'islands')).toBe(0);
    const nextTurn = { ...resolveTurn(declined, index), turn: 2, proposals: [], outcomes: [], capital: 10 };
    expect(proposalRefusal(nextTurn, index, 'islands')).toBeNull();
  });
});
