// Where in a record a turn's planning begins: after the turn's news and the actors' offers
// answered, before the first proposal. `advise --turn N` advises there, so that a teacher can ask
// what the advisor would have said at any turn of a finished game.
import type { ScenarioIndex } from '../engine';
import type { GameRecord } from './record';
import { sessionOfRecord } from './replay';
import { phaseOf, type GameSession } from './session';

/**
 * The record's game at turn `turn`'s planning, and how many of its events came before it; null
 * when the game never planned that turn. The events are not checked against the record's
 * checksums here: replay the record first (replayRecord).
 */
export function planningAt(index: ScenarioIndex, record: GameRecord, turn: number): { session: GameSession; events: number } | null {
  const session = sessionOfRecord(index, record);
  const planningNow = () => session.game().turn === turn && phaseOf(session.snapshot()) === 'planning';
  if (planningNow()) return { session, events: 0 };
  for (let i = 0; i < record.events.length; i++) {
    if (session.send(record.events[i]!) !== null) return null;
    if (planningNow()) return { session, events: i + 1 };
    if (session.game().turn > turn) return null;
  }
  return null;
}

/**
 * What the record's player proposed in the turn whose planning begins after `from` of its events
 * (planningAt's count), in order, withdrawals taken out; null when the record stops before the
 * turn ends. `advise --turn N` sets it beside the advice: what was chosen against what was advised.
 */
export function proposalsAfter(record: GameRecord, from: number): string[] | null {
  const proposed: string[] = [];
  for (const event of record.events.slice(from)) {
    if (event.type === 'END_TURN') return proposed;
    if (event.type === 'PROPOSE') proposed.push(event.option);
    else if (event.type === 'WITHDRAW' && proposed.includes(event.option)) proposed.splice(proposed.indexOf(event.option), 1);
  }
  return null;
}
