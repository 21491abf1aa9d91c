// `--seat ACTOR=BOT` for play and batch: which bot holds another state's seat. `rule` is the
// scenario's own behaviour (the default); a person's seat needs the browser's hot-seat.
import { SEAT_BOTS, type ScenarioIndex, type SeatBot } from '../engine';
import { UsageError } from './args';

const CHOICES = ['rule', ...SEAT_BOTS] as const;

/** The seats given on the command line; mistakes name the actors or the bots to choose from. */
export function seatArgs(values: readonly string[], index: ScenarioIndex, command: string): Record<string, SeatBot> {
  const seats: Record<string, SeatBot> = {};
  const actors = [...index.actors.keys()];
  const given = new Set<string>();
  for (const value of values) {
    const match = /^([^=]+)=(.*)$/.exec(value);
    if (!match) throw new UsageError(`--seat takes ACTOR=BOT, e.g. --seat ${actors[0]}=greedy (got "${value}")`, command);
    const [, actor, holder] = match as unknown as [string, string, string];
    if (!index.actors.has(actor)) {
      const player = actor === index.scenario.player.id ? `; ${actor} is the player's seat, played by --bot` : '';
      throw new UsageError(`--seat: there is no actor "${actor}" in this scenario${player}; the actors are ${actors.join(', ')}`, command);
    }
    if (!(CHOICES as readonly string[]).includes(holder)) {
      const person = holder === 'person' ? ' (a person\'s seat is played in the browser)' : '';
      throw new UsageError(`--seat ${actor}=${holder}: unknown bot "${holder}"${person}; the choices are ${CHOICES.join(', ')}`, command);
    }
    if (given.has(actor)) throw new UsageError(`--seat: ${actor}'s seat is given more than once`, command);
    given.add(actor);
    if (holder !== 'rule') seats[actor] = holder as SeatBot;
  }
  return seats;
}

/** "china=greedy, japan=random", or "rule" when every other seat is the rules'. */
export function seatsText(seats: Readonly<Record<string, string>>): string {
  const entries = Object.entries(seats);
  return entries.length === 0 ? 'rule' : entries.map(([a, b]) => `${a}=${b}`).join(', ');
}
