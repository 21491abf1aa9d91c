// The seats' crisis replies and rounds of bargaining in the engine: certain (no die), logged with
// the rules' weighing, the same outcome rules as the die's; and the bots' choices.
import { describe, expect, it } from 'vitest';
import {
  answerCrisis,
  bargainRound,
  bargainRoundBySeat,
  beginTurn,
  botCrisisReply,
  botRound,
  crisisReplyRefusal,
  crisisReplyWeighing,
  gameLog,
  openCrises,
  replyToCrisis,
  replyToCrisisBySeat,
  roundAnswerRefusal,
  roundWeighing,
  weighProposal,
  type CrisisStep,
  type Decision,
  type GameState,
} from '../../src/engine';
import { crisisIndex } from './crisisFixture';
import { fixtureData, fixtureIndex } from './fixture';
import { startedGame, withPosition } from './helpers';

const crisis = crisisIndex();
/** Turn 2, the standoff open, and the player's answer given: the other side's reply is due. */
const answered = (answer = 'protest', seed = 'c'): GameState => answerCrisis(openCrises(beginTurn(startedGame(crisis, seed), crisis), crisis), crisis, answer);

const bargaining = fixtureIndex({ options: fixtureData.options.map((o) => (o.id === 'islands' ? { ...o, counter: { ...o.counter!, rounds: 2, patience: 30 } } : o)) });
/** A counter-offer on the islands, as the target's seat would make it. */
function countered(): { state: GameState; decision: Decision } {
  const { state, decision } = weighProposal(startedGame(bargaining), bargaining, 'islands');
  return { state, decision: { ...decision, outcome: 'counter' } };
}

describe('a crisis reply by a seat', () => {
  it('draws no die, keeps the rules\' weighing with an empty roll, and ends the crisis as the die\'s reply would', () => {
    const before = answered();
    const { state, reply } = replyToCrisisBySeat(before, crisis, 'hold', 'person');
    expect(state.rng).toEqual(before.rng);
    expect(reply).toEqual({ turn: 2, ...crisisReplyWeighing(before, crisis), roll: null, reply: 'hold', decidedBy: 'person' });
    expect(state.crises[0]!.outcome).toBe('settled');
    // The rules' reply on the same state: same weighing, a roll, and the die's generator moved on.
    const ruled = replyToCrisis(before, crisis);
    expect({ ...ruled.reply, roll: null, reply: 'hold', decidedBy: 'person' }).toEqual(reply);
    expect(ruled.state.rng).not.toEqual(before.rng);
  });

  it('escalating climbs a rung; backing down ends it for the other side', () => {
    expect(replyToCrisisBySeat(answered(), crisis, 'escalate', 'greedy').state.crises[0]).toMatchObject({ rung: 1, outcome: null });
    expect(replyToCrisisBySeat(answered(), crisis, 'back-down', 'random').state.crises[0]!.outcome).toBe('other-backed-down');
  });

  it('refuses what is not a reply', () => {
    expect(crisisReplyRefusal('hold')).toBeNull();
    expect(crisisReplyRefusal('run')).toBe('"run" is not a reply to a crisis; reply back-down, hold, escalate');
  });
});

describe('a round of bargaining decided by a seat', () => {
  it('draws no die and logs the round with the rules\' weighing', () => {
    const { state, decision } = countered();
    const { state: after, round } = bargainRoundBySeat(state, bargaining, decision, 'walk-away', 'greedy');
    expect(after.rng).toEqual(state.rng);
    expect(round).toEqual({ ...roundWeighing(state, bargaining, decision), roll: null, outcome: 'walk-away', decidedBy: 'greedy' });
    expect(gameLog(after).at(-1)).toEqual({ kind: 'bargain', turn: 1, option: 'islands', actor: 'small', round });
    const ruled = bargainRound(state, bargaining, decision).round;
    expect({ ...ruled, roll: null, outcome: 'walk-away', decidedBy: 'greedy' }).toEqual(round);
    expect(roundAnswerRefusal('maybe')).toBe('"maybe" is not an answer to the middle; answer accept, hold, walk-away');
  });
});

describe('the bots\' replies', () => {
  it('greedy backs down at a chance of 50 % or more, holds from 10 % (the hold band reaches 50), else escalates', () => {
    const at = (relation: number, trust: number) => {
      const state = withPosition(answered(), crisis, { actors: { small: { relation, trust } } });
      return { chance: crisisReplyWeighing(state, crisis).chance, reply: botCrisisReply('greedy', state, crisis) };
    };
    const seen = [at(100, 100), at(-100, 100), at(-100, 0)];
    for (const { chance, reply } of seen) expect(reply).toBe(chance >= 50 ? 'back-down' : chance >= 10 ? 'hold' : 'escalate');
    expect(new Set(seen.map((s) => s.reply)).size).toBe(3);
  });

  it('greedy takes the middle at 50 % or more, keeps its counter-offer from 25 %, else walks away', () => {
    const { state, decision } = countered();
    const cases = [97, 30, 3].map((chance) => ({ chance, answer: botRound('greedy', state, bargaining, { ...decision, chance }) }));
    for (const { chance, answer } of cases) {
      const weighed = roundWeighing(state, bargaining, { ...decision, chance }).chance;
      expect(answer).toBe(weighed >= 50 ? 'accept' : weighed + 25 >= 50 ? 'hold' : 'walk-away');
    }
    expect(new Set(cases.map((c) => c.answer)).size).toBe(3);
  });

  it('random uses its own generator: the same question gets the same answer, the game\'s generator is untouched, every reply comes up', () => {
    const replies = new Set<CrisisStep>();
    const answers = new Set<string>();
    for (let i = 0; i < 40; i++) {
      const state = answered('protest', `r${i}`);
      const reply = botCrisisReply('random', state, crisis);
      expect(botCrisisReply('random', { ...state, rng: { ...state.rng, s0: 0.5 } } as GameState, crisis)).toBe(reply);
      replies.add(reply);
      const { state: s, decision } = countered();
      answers.add(botRound('random', { ...s, seed: `r${i}` }, bargaining, decision));
    }
    expect([...replies].sort()).toEqual(['back-down', 'escalate', 'hold']);
    expect([...answers].sort()).toEqual(['accept', 'hold', 'walk-away']);
  });
});
