// Who decided for each seat of a record, read from its events. A person's seat in a class game is
// decided by the student on it, or, for a seat nobody took, when time ran out, the teacher ended
// the turn or gave the seat to the computer, by a bot: such an event names it (`by`, see
// deciderOf). So "a player" is said of a seat only as far as its events bear it out. The same
// holds for the class's own decisions as the player (Russia), which the computer makes at time-up.
import { deciderOf, type SeatHolder } from '../engine';
import { standInOf } from '../machines/events';
import type { GameRecord } from './record';

export interface SeatDecisions {
  actor: string;
  /** Who held the seat, as the record's seats say. */
  holder: Exclude<SeatHolder, 'rule'>;
  /** The seat's decisions (answers, moves, offers, crisis replies, bargaining rounds). */
  decisions: number;
  /** How many of them each decided: the person, or the bot standing in. */
  by: Partial<Record<SeatHolder, number>>;
}

/** Every seat not held by the rules, in the record's order, with who decided its events. */
export function seatDecisions(record: Pick<GameRecord, 'seats' | 'events'>): SeatDecisions[] {
  const seats = record.seats ?? {};
  const tally = new Map<string, SeatDecisions>(Object.entries(seats).map(([actor, holder]) => [actor, { actor, holder, decisions: 0, by: {} }]));
  for (const event of record.events) {
    if (!('actor' in event)) continue;
    const seat = tally.get(event.actor);
    if (!seat) continue;
    tallied(seat, deciderOf(seats, event.actor, event.by));
  }
  return [...tally.values()];
}

/** One decision more for the seat, by `decider`. */
function tallied(seat: SeatDecisions, decider: SeatHolder): void {
  seat.decisions += 1;
  seat.by[decider] = (seat.by[decider] ?? 0) + 1;
}

/**
 * The player's own decisions (its events name no other actor) as a seat held by a person, with
 * who decided them: only a class game's computer names itself on them (`by`). A withdrawal undoes
 * a proposal rather than deciding anything: it is not counted.
 */
export function playerDecisions(playerId: string, record: Pick<GameRecord, 'events'>): SeatDecisions {
  const player: SeatDecisions = { actor: playerId, holder: 'person', decisions: 0, by: {} };
  for (const event of record.events) if (!('actor' in event) && event.type !== 'WITHDRAW') tallied(player, standInOf(event) ?? 'person');
  return player;
}
