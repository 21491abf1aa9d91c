// A hot-seat game resumed (or taken over) from its record goes on as the game itself would: the
// bots in other seats answer again. Replaying takes their decisions from the record's events; a
// resumed game once kept that, and asked a person for the expert's seat, recording the person's
// choices as the expert's.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { replayBrowserGame, type LoadedScenario } from '../../src/app/browser/game';
import { botChoices, planOf } from '../../src/app/playBot';
import { askingOf, phaseOf, startSession, type GameSession } from '../../src/app/session';
import { seatBotEvent } from '../../src/app/seatBotEvent';
import { createBot, indexScenario, type Seats } from '../../src/engine';
import { loadScenario } from '../../src/scenario/load';

const file = 'scenarios/mother-russia-2016.yaml';
const loaded = loadScenario(readFileSync(file, 'utf8'), file);
if (!loaded.ok) throw new Error(`${file} does not load`);
const index = indexScenario(loaded.scenario, loaded.hash);
const scenario: LoadedScenario = { index, source: { kind: 'shipped', id: index.scenario.id }, fileName: file };
// China is a person's seat on this device, Japan the greedy bot's.
const seats: Seats = { china: 'person', japan: 'greedy' };
const bot = createBot('greedy', 'resume');

/** One step of the game: Russia's greedy choices, or China's person answering as the greedy bot would. */
function step(session: GameSession): void {
  const phase = phaseOf(session.snapshot());
  if (phase === 'seat') {
    const asking = askingOf(session.snapshot())!;
    // Only the person's seat is ever asked: a bot's seat answers at once.
    expect(asking.actor).toBe('china');
    const event = seatBotEvent(asking, session.game(), index, { china: 'greedy' }, session.snapshot().context.counter)!;
    expect(session.send(event)).toBeNull();
    return;
  }
  const choices = botChoices(bot, session);
  expect(session.send(phase === 'planning' ? planOf(choices) : choices[0]!)).toBeNull();
}

describe('a hot-seat game resumed from its record', () => {
  it("lets the bots in other seats answer again, and goes on exactly as the game itself", () => {
    const original = startSession(index, 'resume-seats', { seats });
    // Play until China's person is asked something, in the second turn or later.
    while (!(original.game().turn >= 2 && phaseOf(original.snapshot()) === 'seat')) step(original);
    const resumed = replayBrowserGame(scenario, original.record());
    if (!resumed.ok) throw new Error(resumed.reason);
    const session = resumed.game.session;
    expect(session.events).toEqual(original.events);
    const atResume = original.events.length;
    while (phaseOf(original.snapshot()) !== 'over') {
      step(original);
      step(session);
      expect(session.events).toEqual(original.events);
    }
    expect(phaseOf(session.snapshot())).toBe('over');
    expect(session.record()).toEqual(original.record());
    // Japan's bot did answer after the resume: its events are in the record, as in the game's own.
    expect(session.events.slice(atResume).filter((e) => 'actor' in e && e.actor === 'japan').length).toBeGreaterThan(0);
  });
});
