// A team member's suggestion is only shown to the seat's submitter, never played, but it is shown:
// so it must be for the suggester's own seat, decided by a student, and name only what the scenario
// has (a forged option id would otherwise reach the team's screens as "propose “x”"), a crisis
// answer only one of the open crisis's.
import { possessive, type ScenarioIndex } from '../engine';
import { standInOf, type PlayerEvent } from '../machines/events';
import { seatOfEvent } from '../net/protocol';

/**
 * Why the suggestion is refused, or null. `seat`: the suggester's; `player`: the scenario's player
 * actor; `name`: a seat's name in a sentence; `openCrisis`: the id of the crisis waiting for an
 * answer, if any (an answer is one of its answers: the team reads it by that crisis's titles).
 */
export function suggestionProblem(index: ScenarioIndex, event: PlayerEvent, seat: string, player: string, name: (actor: string) => string, openCrisis: string | null): string | null {
  if (standInOf(event) !== undefined) return 'a student suggests as a student: the suggestion names no bot';
  const forSeat = seatOfEvent(event, player);
  if (forSeat !== seat) return `you hold ${possessive(name(seat))} seat: you cannot suggest for ${name(forSeat)}`;
  if (event.type === 'ANSWER_CRISIS') {
    if (openCrisis === null) return 'no crisis waits for an answer now';
    const answers = index.scenario.crises.find((c) => c.id === openCrisis)?.answers ?? [];
    return answers.some((a) => a.id === event.answer) ? null : `the open crisis has no answer "${event.answer}"`;
  }
  const unknown = unknownName(index, event);
  return unknown === null ? null : `this scenario has no ${unknown}`;
}

/** The first thing the event names that the scenario lacks, in words ("option “x”"), or null. */
function unknownName(index: ScenarioIndex, event: PlayerEvent): string | null {
  switch (event.type) {
    case 'PROPOSE':
    case 'WITHDRAW':
      return index.options.has(event.option) ? null : `option "${event.option}"`;
    case 'SEAT_MOVE':
      return event.move === null || index.moves.has(`${event.actor}/${event.move}`) ? null : `move "${event.move}" of ${event.actor}`;
    case 'SEAT_OFFER':
      return event.offer === null || index.offers.has(`${event.actor}/${event.offer}`) ? null : `offer "${event.offer}" of ${event.actor}`;
    default:
      return null;
  }
}
