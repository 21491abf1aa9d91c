// Where in a record a turn's planning begins: after the turn's news and the actors' offers
// answered, before the first proposal. `advise --turn N` advises there, so that a teacher can ask
// what the advisor would have said at any turn of a finished game.
import type { ScenarioIndex } from '../engine';
import type { GameRecord } from './record';
import { sessionOfRecord } from './replay';
import { phaseOf } from './session';

/** How many of the record's events come before turn `turn`'s planning, or null when the game never planned that turn. */
export function eventsBeforePlanning(index: ScenarioIndex, record: GameRecord, turn: number): number | null {
  const session = sessionOfRecord(index, record);
  const planningNow = () => session.game().turn === turn && phaseOf(session.snapshot()) === 'planning';
  if (planningNow()) return 0;
  for (let i = 0; i < record.events.length; i++) {
    // A refused event ends the search: replayRecord says why.
    if (session.send(record.events[i]!) !== null) return null;
    if (planningNow()) return i + 1;
    if (session.game().turn > turn) return null;
  }
  return null;
}
