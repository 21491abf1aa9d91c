// The turn calendar of a scenario: which months each turn covers, and on which turn each dated
// event falls (an event dated outside the game never happens: worth telling the author). Pure: the
// editor's calendar panel and the command line's balance report both show it.
import { turnLabel, turnOfMonth } from '../engine/calendar';
import type { Scenario } from '../scenario/schema';

export interface CalendarEvent {
  id: string;
  title: string;
  /** The month it is dated, YYYY-MM. */
  at: string;
}

export interface CalendarTurn {
  turn: number;
  /** "Sep 2016" or "Sep–Nov 2016". */
  months: string;
  events: CalendarEvent[];
}

export interface TurnCalendar {
  turns: CalendarTurn[];
  /** Dated events whose month is before the first turn or after the last: they never fire. */
  outside: CalendarEvent[];
}

export function turnCalendar(scenario: Pick<Scenario, 'calendar' | 'events'>): TurnCalendar {
  const { calendar } = scenario;
  const turns: CalendarTurn[] = Array.from({ length: calendar.turns }, (_, i) => ({ turn: i + 1, months: turnLabel(calendar, i + 1), events: [] }));
  const outside: CalendarEvent[] = [];
  for (const e of scenario.events) {
    if (e.at === undefined) continue;
    const dated = { id: e.id, title: e.title, at: e.at };
    const turn = turnOfMonth(calendar, e.at);
    if (turn === null) outside.push(dated);
    else turns[turn - 1]!.events.push(dated);
  }
  return { turns, outside };
}
