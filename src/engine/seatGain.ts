// What an actor gains from a stretch of the game, by its own interests as the scenario defines
// them: for each deal struck with it (accepted, counter-offer taken, middle agreed), each of its
// moves that happened, each of its offers the player took and each crisis in which it backed
// down, the interest terms the rules use to weigh that choice (weight × touch / 100; weigh.ts).
// A crisis's `touches` say what giving way serves (usually less than nothing). The expert in another state's seat
// plays for the largest gain (seatExpert.ts).
import { isDeal } from './negotiation';
import { must, type ScenarioIndex } from './scenarioIndex';
import type { LogEntry } from './state';
import { interestTerms, sumTerms } from './weigh';

/** The interest terms of the choice an entry records, summed, when it served `actorId`; else 0. */
function entryGain(index: ScenarioIndex, actorId: string, e: LogEntry): number {
  if (e.kind === 'deal' && e.actor === actorId && isDeal(e.result)) return sumTerms(interestTerms(index, actorId, must(index.options.get(e.option), 'option').touches));
  if (e.kind === 'move' && e.actor === actorId && e.happened) return sumTerms(interestTerms(index, actorId, must(index.moves.get(`${actorId}/${e.move}`), 'move').touches));
  if (e.kind === 'offer' && e.actor === actorId && e.taken) return sumTerms(interestTerms(index, actorId, must(index.offers.get(`${actorId}/${e.offer}`), 'offer').touches));
  if (e.kind === 'crisis-end' && e.actor === actorId && e.outcome === 'other-backed-down') {
    return sumTerms(interestTerms(index, actorId, must(index.scenario.crises.find((c) => c.id === e.crisis), 'crisis').touches));
  }
  return 0;
}

/** The actor's gain over these log entries. */
export function seatGain(index: ScenarioIndex, actorId: string, entries: readonly LogEntry[]): number {
  let total = 0;
  for (const e of entries) total += entryGain(index, actorId, e);
  return total;
}
