// The rules of a crisis: what opens it, the player's answers, the other side's weighed reply.
import { describe, expect, it } from 'vitest';
import { actorOf, answerCrisis, beginTurn, crisisAnswerRefusal, crisisReplyTerms, gameLog, openCrises, openCrisis, replyToCrisis, trackValue, type GameState } from '../../src/engine';
import { HOLD_BAND } from '../../src/engine/crisis';
import { sumTerms } from '../../src/engine/weigh';
import { crisisIndex } from './crisisFixture';
import { startedGame, withPosition } from './helpers';

const index = crisisIndex();

/** Turn 2 of a game, after the price shock: the standoff is open on its first rung. */
function inCrisis(seed = 'c'): GameState {
  const turn2 = beginTurn(startedGame(index, seed), index);
  return openCrises(turn2, index);
}

describe('opening a crisis', () => {
  it('opens when its event fires, on the first rung, whose effects apply', () => {
    const turn1 = openCrises(startedGame(index), index);
    expect(turn1.crises).toEqual([]);
    const turn2 = beginTurn(startedGame(index), index);
    const opened = openCrises(turn2, index);
    expect(opened.crises).toEqual([{ crisis: 'standoff', actor: 'small', openedTurn: 2, rung: 0, lastAnswer: null, outcome: null }]);
    expect(actorOf(opened.actors, index, 'small')!.relation).toBe(actorOf(turn2.actors, index, 'small')!.relation - 5);
    expect(gameLog(opened).at(-1)).toMatchObject({ kind: 'crisis-open', crisis: 'standoff', actor: 'small', turn: 2 });
    expect(openCrisis(opened)?.crisis).toBe('standoff');
  });

  it('opens once a turn and never while already open', () => {
    const opened = inCrisis();
    expect(openCrises(opened, index)).toBe(opened);
  });

  it('does not open when its condition does not hold', () => {
    const guarded = crisisIndex({ when: { track: 'wealth', gte: 99 } });
    expect(openCrises(beginTurn(startedGame(guarded), guarded), guarded).crises).toEqual([]);
  });

  it('opens on a move that happened and on a deal made, not on one refused', () => {
    const byMove = crisisIndex({ opensOn: { move: { actor: 'big', move: 'offer' } } });
    const s = startedGame(byMove);
    const moved = { ...s, turnLog: [...s.turnLog, { kind: 'move' as const, turn: 1, actor: 'big', move: 'offer', terms: [], chance: 40, roll: 10, happened: true, changes: [], weighed: [] }] };
    expect(openCrises(moved, byMove).crises).toHaveLength(1);
    const notMoved = { ...s, turnLog: [...s.turnLog, { kind: 'move' as const, turn: 1, actor: 'big', move: 'offer', terms: [], chance: 40, roll: 90, happened: false, changes: [], weighed: [] }] };
    expect(openCrises(notMoved, byMove).crises).toHaveLength(0);
    const byDeal = crisisIndex({ opensOn: { option: 'loan' } });
    const deal = (result: 'accepted' | 'rejected') => ({ ...s, turnLog: [...s.turnLog, { kind: 'deal' as const, turn: 1, option: 'loan', actor: 'big', result, changes: [] }] });
    expect(openCrises(deal('accepted'), byDeal).crises).toHaveLength(1);
    expect(openCrises(deal('rejected'), byDeal).crises).toHaveLength(0);
  });

  it('opens on any one of the triggers it lists, once', () => {
    const either = crisisIndex({ opensOn: [{ option: 'loan' }, { move: { actor: 'big', move: 'offer' } }] });
    const s = startedGame(either);
    const move = { kind: 'move' as const, turn: 1, actor: 'big', move: 'offer', terms: [], chance: 40, roll: 10, happened: true, changes: [], weighed: [] };
    const deal = { kind: 'deal' as const, turn: 1, option: 'loan', actor: 'big', result: 'accepted' as const, changes: [] };
    expect(openCrises({ ...s, turnLog: [...s.turnLog, move] }, either).crises).toHaveLength(1);
    expect(openCrises({ ...s, turnLog: [...s.turnLog, deal] }, either).crises).toHaveLength(1);
    expect(openCrises({ ...s, turnLog: [...s.turnLog, deal, move] }, either).crises).toHaveLength(1);
    expect(openCrises({ ...s, turnLog: [...s.turnLog, { ...deal, result: 'rejected' as const }] }, either).crises).toHaveLength(0);
  });
});

describe("the player's answer", () => {
  it('is refused in plain words when there is no crisis, no such answer or too little capital', () => {
    expect(crisisAnswerRefusal(startedGame(index), index, 'yield')).toBe('no crisis is waiting for an answer');
    expect(crisisAnswerRefusal(inCrisis(), index, 'surrender')).toBe('"Standoff over the islands" has no answer "surrender"; the answers are "yield", "protest", "retaliate"');
    expect(crisisAnswerRefusal(withPosition(inCrisis(), index, { capital: 1 }), index, 'retaliate')).toBe('"Send the fleet" costs 2 diplomatic capital and only 1 is left');
    expect(crisisAnswerRefusal(inCrisis(), index, 'protest')).toBeNull();
  });

  it('backing down ends the crisis with its cost, without a die', () => {
    const before = inCrisis();
    const after = answerCrisis(before, index, 'yield');
    expect(after.rng).toEqual(before.rng);
    expect(after.crises[0]).toMatchObject({ outcome: 'player-backed-down', rung: 0, lastAnswer: 'yield' });
    expect(trackValue(after.tracks, index, 'wealth')).toBe(trackValue(before.tracks, index, 'wealth') - 3);
    expect(actorOf(after.actors, index, 'small')!.relation).toBe(actorOf(before.actors, index, 'small')!.relation + 3);
    expect(gameLog(after).slice(-2).map((e) => e.kind)).toEqual(['crisis-answer', 'crisis-end']);
    expect(openCrisis(after)).toBeNull();
  });

  it('escalating pays its cost and climbs one rung, applying the rung', () => {
    const before = inCrisis();
    const after = answerCrisis(before, index, 'retaliate');
    expect(after.capital).toBe(before.capital - 2);
    expect(after.crises[0]).toMatchObject({ rung: 1, outcome: null });
    expect(trackValue(after.tracks, index, 'wealth')).toBe(trackValue(before.tracks, index, 'wealth') - 2);
  });

  it('escalating onto the last rung ends the crisis there with its cost', () => {
    const twoRungs = crisisIndex({ ladder: [{ title: 'A', text: 'a', effects: [] }, { title: 'B', text: 'b', effects: [{ track: 'wealth', add: -6 }] }] });
    const before = openCrises(beginTurn(startedGame(twoRungs), twoRungs), twoRungs);
    const after = answerCrisis(before, twoRungs, 'retaliate');
    expect(after.crises[0]).toMatchObject({ rung: 1, outcome: 'top-rung' });
    expect(trackValue(after.tracks, index, 'wealth')).toBe(trackValue(before.tracks, index, 'wealth') - 6);
  });
});

describe("the other side's reply", () => {
  it('adds up its terms: interests, relation, trust, the rung and the answer', () => {
    const state = answerCrisis(inCrisis(), index, 'retaliate'); // rung 2, pressure 10; the answer's pressure 10
    const terms = crisisReplyTerms(state, index, state.crises[0]!, 'retaliate');
    expect(terms.map((t) => t.label)).toEqual([
      'The islands',
      `Relation with Land (${actorOf(state.actors, index, 'small')!.relation})`,
      `Trust in Land (${actorOf(state.actors, index, 'small')!.trust})`,
      'Rung 2: Patrols',
      "Land's answer: Send the fleet",
    ]);
    expect(terms[0]!.value).toBe(-16); // 80 × -20 / 100
    // The relation and trust counted at the actor's weights (30 % each by default), rounded toward 0.
    const small = actorOf(state.actors, index, 'small')!;
    const { relationWeight, trustWeight } = index.actors.get('small')!;
    expect([small.relation, small.trust - 50].every((n) => n !== 0)).toBe(true);
    expect(terms[1]!.value).toBe(Math.trunc((small.relation * relationWeight) / 100));
    expect(terms[2]!.value).toBe(Math.trunc(((small.trust - 50) * trustWeight) / 100));
    expect(terms[1]!.value).not.toBe(0);
    expect(terms[2]!.value).not.toBe(0);
    expect(terms.slice(3).map((t) => t.value)).toEqual([10, 10]);
  });

  it('backs down below the chance, holds up to HOLD_BAND above it, escalates beyond, with the game\'s die', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 60; i++) {
      const answered = answerCrisis(inCrisis(`r${i}`), index, 'protest');
      const { state, reply } = replyToCrisis(answered, index);
      expect(state.rng).not.toEqual(answered.rng);
      expect(reply.score).toBe(sumTerms(reply.terms));
      expect(reply.chance).toBe(Math.min(97, Math.max(3, 50 + reply.score)));
      expect(reply.holdBelow).toBe(Math.min(100, reply.chance + HOLD_BAND));
      const expected = reply.roll! < reply.chance ? 'back-down' : reply.roll! < reply.holdBelow ? 'hold' : 'escalate';
      expect(reply.reply).toBe(expected);
      // A hold answered by a hold settles; the other side backing down ends it; an escalation climbs.
      const outcome = { 'back-down': 'other-backed-down', hold: 'settled', escalate: null }[reply.reply];
      expect(state.crises[0]!.outcome).toBe(outcome);
      expect(state.crises[0]!.rung).toBe(reply.reply === 'escalate' ? 1 : 0);
      expect(gameLog(state).at(-1)!.kind).toBe(reply.reply === 'escalate' ? 'crisis-reply' : 'crisis-end');
      seen.add(reply.reply);
    }
    expect([...seen].sort()).toEqual(['back-down', 'escalate', 'hold']);
  });

  it('holds on a roll of exactly its chance, and escalates on a roll of exactly the top of the hold', () => {
    const boundaries = new Set<string>();
    for (let i = 0; i < 5000 && boundaries.size < 2; i++) {
      const { reply } = replyToCrisis(answerCrisis(inCrisis(`b${i}`), index, 'protest'), index);
      if (reply.roll === reply.chance) {
        expect(reply.reply).toBe('hold');
        boundaries.add('chance');
      }
      if (reply.roll === reply.holdBelow) {
        expect(reply.reply).toBe('escalate');
        boundaries.add('holdBelow');
      }
    }
    expect([...boundaries].sort()).toEqual(['chance', 'holdBelow']);
  });

  it('an escalation answered by a hold leaves the crisis open for the next answer', () => {
    for (let i = 0; i < 100; i++) {
      const answered = answerCrisis(inCrisis(`h${i}`), index, 'retaliate');
      const { state, reply } = replyToCrisis(answered, index);
      if (reply.reply !== 'hold') continue;
      expect(state.crises[0]).toMatchObject({ rung: 1, outcome: null });
      return;
    }
    throw new Error('no seed gave a hold');
  });
});
