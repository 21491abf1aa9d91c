// The expert in another state's seat: it decides every kind of seat question with an answer the
// game accepts, by playthroughs over dice of its own (the game's generator, which decides the
// game's future rolls, changes none of its choices), and for its own state's interests.
import { describe, expect, it } from 'vitest';
import { askingOf, startSession, type GameSession } from '../../src/app/session';
import { playWithBot } from '../../src/app/playBot';
import { seatBotEvent } from '../../src/app/seatBotEvent';
import type { GameState, LogEntry, ScenarioIndex, Seats } from '../../src/engine';
import { seedRng } from '../../src/engine/rng';
import { seatGain } from '../../src/engine/seatGain';
import { scenarioIndex } from '../scenarios/claimHelpers';
import { bargainingCrisisIndex } from './crisisFixture';
import { fixtureData, fixtureScenario } from './fixture';
import { indexScenario } from '../../src/engine';

const index = bargainingCrisisIndex();
const people: Seats = { big: 'person', small: 'person' };

/** The same position, with the game's dice replaced: every roll from here on comes out otherwise. */
const otherDice = (state: GameState): GameState => ({ ...state, rng: seedRng(`${state.seed}/other dice`) });

/** The expert's choice for what the session asks now, on the game's dice and on others: they must agree. */
function expertEventNow(session: GameSession, idx: ScenarioIndex) {
  const q = askingOf(session.snapshot())!;
  const seats: Seats = { [q.actor]: 'expert' };
  const counter = session.snapshot().context.counter;
  const event = seatBotEvent(q, session.game(), idx, seats, counter);
  expect(seatBotEvent(q, otherDice(session.game()), idx, seats, counter)).toEqual(event);
  return event!;
}

describe('the expert in another state\'s seat', () => {
  it('answers a proposal, a move and a crisis with events the game accepts, whatever the game\'s dice', () => {
    const asked = new Set<string>();
    for (const seed of ['e1', 'e2', 'e3']) {
      const session = startSession(index, seed, { seats: people });
      // The islands are proposed each turn, so that Small answers, and counter-offers are bargained.
      for (let guard = 0; guard < 500 && !session.game().ending; guard++) {
        const q = askingOf(session.snapshot());
        if (q === null) {
          const phase = session.snapshot().context.counter ? 'counter' : 'planning';
          if (phase === 'counter') expect(session.send({ type: 'COUNTER_BACK' }) ?? session.send({ type: 'DECLINE_COUNTER' })).toBeNull();
          else {
            session.send({ type: 'PROPOSE', option: 'islands' });
            session.send({ type: 'END_TURN' });
            if (askingOf(session.snapshot()) === null && session.snapshot().context.game.crises.some((c) => c.outcome === null)) session.send({ type: 'ANSWER_CRISIS', answer: 'protest' });
          }
          continue;
        }
        if (q.kind === 'take-offer') {
          expect(session.send({ type: 'ANSWER_OFFER', take: false })).toBeNull();
          continue;
        }
        asked.add(q.kind);
        expect(session.send(expertEventNow(session, index))).toBeNull();
      }
      expect(session.game().ending).not.toBeNull();
    }
    expect([...asked].sort()).toEqual(['answer', 'crisis-reply', 'move']);
  });

  it('answers the middle the player offers, round after round, with events the game accepts', () => {
    let rounds = 0;
    for (const seed of ['b1', 'b2', 'b3']) {
      const session = startSession(index, seed, { seats: { small: 'person' } });
      session.send({ type: 'PROPOSE', option: 'islands' });
      session.send({ type: 'END_TURN' });
      expect(session.send({ type: 'SEAT_ANSWER', actor: 'small', answer: 'counter' })).toBeNull();
      while (session.send({ type: 'COUNTER_BACK' }) === null && askingOf(session.snapshot())?.kind === 'round') {
        rounds++;
        expect(session.send(expertEventNow(session, index))).toBeNull();
      }
    }
    expect(rounds).toBeGreaterThan(0);
  });

  it('makes and answers offers on a shipped scenario the same whatever the game\'s dice', async () => {
    const shipped = await scenarioIndex('mother-russia-2016.yaml');
    let offers = 0;
    let notTheDefault = 0;
    // Whole games on several seeds: among their offers, some where the expert leaves the greedy
    // seat bot's choice, so that its own dice decide (a choice that followed the game's dice would differ).
    for (let k = 1; k <= 6; k++) {
      const session = startSession(shipped, `offers-${k}`, { seats: { china: 'person', japan: 'person' } });
      for (let guard = 0; guard < 300 && !session.game().ending; guard++) {
        const q = askingOf(session.snapshot());
        if (q === null) {
          if (session.snapshot().context.counter) expect(session.send({ type: 'DECLINE_COUNTER' })).toBeNull();
          else {
            const open = session.game().crises.find((c) => c.outcome === null);
            const crisis = open && shipped.scenario.crises.find((c) => c.id === open.crisis);
            expect(session.send(crisis ? { type: 'ANSWER_CRISIS', answer: crisis.answers[0]!.id } : { type: 'END_TURN' })).toBeNull();
          }
          continue;
        }
        if (q.kind === 'take-offer') {
          expect(session.send({ type: 'ANSWER_OFFER', take: true })).toBeNull();
          continue;
        }
        const event = expertEventNow(session, shipped);
        if (q.kind === 'offer') {
          offers++;
          if (JSON.stringify(event) !== JSON.stringify(seatBotEvent(q, session.game(), shipped, { [q.actor]: 'greedy' }, null))) notTheDefault++;
        }
        expect(session.send(event)).toBeNull();
      }
      expect(session.game().ending).not.toBeNull();
    }
    expect(offers).toBeGreaterThan(5);
    expect(notTheDefault).toBeGreaterThan(0);
  });

  it('plays a whole game in a seat, and its choices are not simply the greedy seat bot\'s', async () => {
    const shipped = await scenarioIndex('mother-russia-2016.yaml');
    const seatEvents = (holder: 'greedy' | 'expert') =>
      playWithBot(shipped, 'seat-expert', 'greedy', {}, { china: holder })
        .record()
        .events.filter((e) => e.type.startsWith('SEAT_'));
    const expert = seatEvents('expert');
    expect(expert.length).toBeGreaterThan(5);
    expect(expert).not.toEqual(seatEvents('greedy'));
  });

  it('weighs a choice by the actor\'s interests, by the rules\' own terms', () => {
    // Big's interests: money 60. A loan touches money 40 (24), Big's move touches money 50 (30).
    const deal: Extract<LogEntry, { kind: 'deal' }> = { kind: 'deal', turn: 1, option: 'loan', actor: 'big', result: 'accepted', changes: [] };
    const move: Extract<LogEntry, { kind: 'move' }> = { kind: 'move', turn: 1, actor: 'big', move: 'offer', terms: [], chance: 0, roll: null, happened: true, changes: [], weighed: [] };
    expect(seatGain(index, 'big', [deal, move])).toBe(54);
    expect(seatGain(index, 'small', [deal, move])).toBe(0);
    expect(seatGain(index, 'big', [{ ...deal, result: 'rejected' }, { ...move, happened: false }])).toBe(0);
    // Small backing down in the standoff goes against the islands (80 × −20 / 100).
    expect(seatGain(index, 'small', [{ kind: 'crisis-end', turn: 2, crisis: 'standoff', actor: 'small', outcome: 'other-backed-down', rung: 0, changes: [] }])).toBe(-16);
    // A crisis that ended otherwise is no choice of Small's to give way.
    for (const outcome of ['player-backed-down', 'settled', 'top-rung'] as const) {
      expect(seatGain(index, 'small', [{ kind: 'crisis-end', turn: 2, crisis: 'standoff', actor: 'small', outcome, rung: 0, changes: [] }])).toBe(0);
    }
    // An offer counts when the player took it: Small's fishing deal touches trade 40 (its weight 30: 12).
    const [big, small] = fixtureData.actors;
    const withOffer = indexScenario(
      fixtureScenario({ actors: [big, { ...small, offers: [{ id: 'fish', title: 'A fishing deal', text: 'Fish.', cost: 1, touches: { trade: 40 }, effects: [], sources: [{ source: 'doc', paragraph: 1, note: 'A test citation.' }] }] }] }),
      '0123456789abcdef',
    );
    const offer: Extract<LogEntry, { kind: 'offer' }> = { kind: 'offer', turn: 1, actor: 'small', offer: 'fish', taken: true, changes: [] };
    expect(seatGain(withOffer, 'small', [offer])).toBe(12);
    expect(seatGain(withOffer, 'small', [{ ...offer, taken: false }])).toBe(0);
    expect(seatGain(withOffer, 'big', [offer])).toBe(0);
  });
});
