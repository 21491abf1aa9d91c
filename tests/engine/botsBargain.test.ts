// The bots answer counter-offers with rounds sensibly: both bargain at times, never with a refused event.
import { describe, expect, it } from 'vitest';
import { playWithBot } from '../../src/app/playBot';
import { createBot, propose, weighProposal, type GameState } from '../../src/engine';
import { fixtureData, fixtureIndex } from './fixture';
import { startedGame } from './helpers';

const withRounds = (rounds: number) =>
  fixtureIndex({ options: fixtureData.options.map((o) => (o.counter ? { ...o, counter: { ...o.counter, rounds, patience: 10 } } : o)) });

function counteredIslands(index: ReturnType<typeof withRounds>): { game: GameState; decision: ReturnType<typeof weighProposal>['decision'] } {
  for (let i = 0; i < 500; i++) {
    const { state, decision } = weighProposal(propose(startedGame(index, `q${i}`), index, 'islands'), index, 'islands');
    if (decision.outcome === 'counter') return { game: state, decision };
  }
  throw new Error('no counter');
}

describe('bots and bargaining in rounds', () => {
  it('the greedy bot offers the middle when it is worth more than the counter-offer, and never when bargaining is not allowed', () => {
    const index = withRounds(2);
    const { game, decision } = counteredIslands(index);
    // The middle of the islands keeps the treaty and adds half the trade: worth more than the counter alone.
    expect(createBot('greedy', 's').answerCounter(game, index, decision)).toEqual({ type: 'COUNTER_BACK' });
    const none = withRounds(0);
    const plain = counteredIslands(none);
    expect(createBot('greedy', 's').answerCounter(plain.game, none, plain.decision).type).not.toBe('COUNTER_BACK');
    // A counter-offer worth more than the middle, from a target soon out of patience (its first
    // round's chance about halved): what is on the table is taken rather than bargained away.
    const impatient = fixtureIndex({
      options: fixtureData.options.map((o) => (o.id === 'islands' ? { ...o, counter: { ...o.counter!, rounds: 2, patience: 50, effects: [...o.counter!.effects, { track: 'wealth', add: 30 }] } } : o)),
    });
    const short = counteredIslands(impatient);
    expect(createBot('greedy', 's').answerCounter(short.game, impatient, short.decision)).toEqual({ type: 'TAKE_COUNTER' });
  });

  it('both bots play whole games with rounds, using COUNTER_BACK, with no refused event', () => {
    const index = withRounds(2);
    for (const bot of ['random', 'greedy'] as const) {
      let counters = 0;
      for (let i = 0; i < 30; i++) counters += playWithBot(index, `g${i}`, bot).events.filter((e) => e.type === 'COUNTER_BACK').length;
      expect(counters).toBeGreaterThan(0);
    }
  });
});
