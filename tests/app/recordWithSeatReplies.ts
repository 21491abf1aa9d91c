// A record of a scenario with the random bot in every seat whose events include the seats' crisis
// replies (SEAT_CRISIS_REPLY) and rounds of bargaining (SEAT_ROUND), for the tests of such records
// in Node and in the page. The seed is searched, not named, so that a change of the scenario's
// content (which changes its games) does not leave the tests without one of the two.
import { playWithBot } from '../../src/app/playBot';
import type { GameRecord } from '../../src/app/record';
import type { ScenarioIndex } from '../../src/engine';

const hasBoth = (r: GameRecord) => r.events.some((e) => e.type === 'SEAT_CRISIS_REPLY') && r.events.some((e) => e.type === 'SEAT_ROUND');

export function recordWithSeatReplies(index: ScenarioIndex): GameRecord {
  const seats = Object.fromEntries(index.scenario.actors.map((a) => [a.id, 'random' as const]));
  for (let i = 0; i < 50; i++) {
    const record = playWithBot(index, `both-${i}`, 'random', {}, seats).record();
    if (hasBoth(record)) return record;
  }
  throw new Error(`no game of ${index.scenario.id} on the seeds both-0 … both-49 has both a seat's crisis reply and a round`);
}
