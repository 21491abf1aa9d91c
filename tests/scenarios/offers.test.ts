// The source scenarios' offers, where the sources show one: Xi's welcome at Hangzhou, Abe's
// economic plan and Park's plea in 2016 (Rozman ¶4, ¶5–6, ¶9–10); Abe's faster peace talks and
// Indonesia's Sukhoi purchase in the 2019 scenario (Diplomaatia ¶13, ¶17).
import { describe, expect, it } from 'vitest';
import { playWithBot } from '../../src/app/playBot';
import { replayRecord } from '../../src/app/replay';
import { askingOf, phaseOf, startSession } from '../../src/app/session';
import { scenarioIndex } from './claimHelpers';
import { gameLog, holds } from '../../src/engine';

const mother = await scenarioIndex('mother-russia-2016.yaml');
const other = await scenarioIndex('other-asia-2019.yaml');

describe('offers in the source scenarios', () => {
  it('2016: on the first turn Xi, Abe and Park make their offers, in file order, each answered before planning', () => {
    const session = startSession(mother, 'offers-1');
    const asked: string[] = [];
    while (phaseOf(session.snapshot()) === 'offer') {
      const q = askingOf(session.snapshot())!;
      asked.push(`${q.actor}/${(q as { offer: string }).offer}`);
      expect(session.send({ type: 'ANSWER_OFFER', take: q.actor !== 'south-korea' })).toBeNull();
    }
    expect(asked).toEqual(['china/xi-guest-of-honour', 'japan/abe-economic-plan', 'south-korea/park-plea']);
    expect(phaseOf(session.snapshot())).toBe('planning');
    const offers = gameLog(session.game()).filter((e) => e.kind === 'offer');
    expect(offers.map((e) => e.kind === 'offer' && e.taken)).toEqual([true, true, false]);
  });

  it('2016: a person in Japan\'s seat may keep Abe\'s plan back', () => {
    const session = startSession(mother, 'offers-2', { seats: { japan: 'person' } });
    expect(session.send({ type: 'ANSWER_OFFER', take: false })).toBeNull(); // Xi's
    expect(askingOf(session.snapshot())).toEqual({ kind: 'offer', actor: 'japan' });
    expect(session.send({ type: 'SEAT_OFFER', actor: 'japan', offer: null })).toBeNull();
    expect(askingOf(session.snapshot())).toEqual({ kind: 'take-offer', actor: 'south-korea', offer: 'park-plea' });
  });

  it('2019: Abe\'s offer comes from turn 10 and Jakarta\'s from turn 8; solo bot games with them replay', () => {
    const game = playWithBot(other, 'offers-3', 'greedy');
    const offers = gameLog(game.game()).filter((e) => e.kind === 'offer');
    expect(offers.map((e) => (e.kind === 'offer' ? `${e.turn}:${e.actor}/${e.offer}` : ''))).toEqual(['8:indonesia/more-sukhois', '10:japan/abe-speeds-up-talks']);
    expect(game.record().format).toBe('pivot-east-record/2');
    expect(replayRecord(game.record(), other)).toMatchObject({ ok: true });
    expect(replayRecord(playWithBot(mother, 'offers-4', 'random').record(), mother)).toMatchObject({ ok: true });
  });

  it("2019: taking Abe's offer is the agreement to accelerate the talks: its flags set, the option that makes it closed", () => {
    const record = playWithBot(other, 'offers-3', 'greedy').record();
    const session = startSession(other, 'offers-3');
    const asksAbe = () => {
      const q = askingOf(session.snapshot());
      return q?.kind === 'take-offer' && q.offer === 'abe-speeds-up-talks';
    };
    for (const event of record.events) {
      if (asksAbe()) break;
      expect(session.send(event)).toBeNull();
    }
    expect(asksAbe()).toBe(true);
    const before = session.game();
    expect(holds(before, other, { flag: 'talks-accelerated' })).toBe(false);
    expect(holds(before, other, { option: 'accelerate-peace-talks', open: true })).toBe(true);
    expect(session.send({ type: 'ANSWER_OFFER', take: true })).toBeNull();
    const after = session.game();
    expect(holds(after, other, { flag: 'talks-accelerated' })).toBe(true);
    expect(holds(after, other, { flag: 'islands-talks' })).toBe(true);
    expect(holds(after, other, { option: 'accelerate-peace-talks', open: false })).toBe(true);
  });

  it('bots in every other seat play both source scenarios to the end, and the records replay', () => {
    for (const index of [mother, other]) {
      index.scenario.actors.forEach((actor, i) => {
        const seats = Object.fromEntries(index.scenario.actors.map((a, j) => [a.id, (i + j) % 2 === 0 ? 'greedy' : 'random'] as const));
        const record = playWithBot(index, `seated-${actor.id}`, i % 2 === 0 ? 'greedy' : 'random', {}, seats).record();
        expect(record.result).not.toBeNull();
        expect(replayRecord(record, index), `${index.scenario.id}, seed seated-${actor.id}`).toMatchObject({ ok: true });
      });
    }
  });
});
