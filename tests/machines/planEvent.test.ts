// A bot's whole turn plan as one PLAN event (src/machines/events.ts): the same game and the same
// record as its proposals and END_TURN sent one by one, refused whole when any of them is.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planOf, playWithBot } from '../../src/app/playBot';
import { replayRecord } from '../../src/app/replay';
import { phaseOf, startSession } from '../../src/app/session';
import { indexScenario } from '../../src/engine';
import { loadScenario } from '../../src/scenario/load';
import { fixtureIndex } from '../engine/fixture';

const index = fixtureIndex();

describe('a whole plan in one event', () => {
  it('plays the turn as its proposals and END_TURN would, and records those events', () => {
    const planned = startSession(index, 'plan-a');
    const oneByOne = startSession(index, 'plan-a');
    expect(planned.send({ type: 'PLAN', options: ['loan', 'forum'] })).toBeNull();
    for (const event of [{ type: 'PROPOSE', option: 'loan' }, { type: 'PROPOSE', option: 'forum' }, { type: 'END_TURN' }] as const) expect(oneByOne.send(event)).toBeNull();
    expect(planned.game().turn).toBe(2);
    expect(planned.game()).toEqual(oneByOne.game());
    expect(planned.events).toEqual(oneByOne.events);
    expect(planned.record()).toEqual(oneByOne.record());
  });

  it('refuses the whole plan with its first refused proposal, changing and recording nothing', () => {
    const session = startSession(index, 'plan-b');
    const before = session.game();
    // 'islands' costs 4 of 6: the pipeline (3) no longer fits, though it would alone.
    expect(session.send({ type: 'PLAN', options: ['islands', 'pipeline'] })?.reason).toBe('"Build a pipeline" costs 3 diplomatic capital and only 2 is left');
    expect(session.send({ type: 'PLAN', options: ['loan', 'loan'] })?.reason).toMatch(/"[^"]+" is already proposed this turn/);
    expect(session.send({ type: 'PLAN', options: ['nowhere'] })?.reason).toMatch(/no option "nowhere"/);
    // Two refused proposals: the first one's reason is given.
    expect(session.send({ type: 'PLAN', options: ['nowhere', 'secret'] })?.reason).toMatch(/no option "nowhere"/);
    expect(session.send({ type: 'PLAN', options: ['secret', 'nowhere'] })?.reason).toMatch(/"A closed option" is not open/);
    expect(session.game()).toBe(before);
    expect(session.events).toEqual([]);
    expect(phaseOf(session.snapshot())).toBe('planning');
  });

  it('is refused where no plan is made: while a counter-offer waits', () => {
    for (let i = 0; i < 500; i++) {
      const session = startSession(index, `plan-counter-${i}`);
      session.send({ type: 'PLAN', options: ['islands'] });
      if (phaseOf(session.snapshot()) !== 'counter') continue;
      const events = [...session.events];
      expect(session.send({ type: 'PLAN', options: [] })?.reason).toMatch(/answer the counter-offer first/);
      expect(session.events).toEqual(events);
      return;
    }
    throw new Error('no seed gives a counter-offer');
  });

  it('gives a bot game whose record replays event by event to the same checksums, on a shipped scenario', () => {
    const loaded = loadScenario(readFileSync(new URL('../../scenarios/other-asia-2019.yaml', import.meta.url), 'utf8'), 'scenarios/other-asia-2019.yaml');
    if (!loaded.ok) throw new Error('the 2019 scenario does not load');
    const shipped = indexScenario(loaded.scenario, loaded.hash);
    for (const seed of ['plan-1', 'plan-2', 'plan-3']) {
      const record = playWithBot(shipped, seed, 'greedy').record();
      expect(record.events.filter((e) => e.type === 'PROPOSE').length).toBeGreaterThan(10);
      const replayed = replayRecord(record, shipped);
      expect(replayed.ok).toBe(true);
      expect(replayed.session!.game().history.map((h) => h.checksum)).toEqual(record.checksums);
      expect(replayed.session!.game().ending!.score).toBe(record.result!.score);
    }
  });

  it('is made only from a plan that ends the turn', () => {
    expect(planOf([{ type: 'PROPOSE', option: 'a' }, { type: 'END_TURN' }])).toEqual({ type: 'PLAN', options: ['a'] });
    expect(() => planOf([{ type: 'PROPOSE', option: 'a' }])).toThrow(/then END_TURN/);
  });
});
