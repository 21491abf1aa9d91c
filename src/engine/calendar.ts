// Turn numbers to calendar months. A month is counted as year * 12 + (month - 1).
import type { Scenario } from '../scenario/schema';

export interface YearMonth {
  year: number;
  month: number; // 1..12
}

export function monthIndex(text: string): number {
  const [year, month] = text.split('-').map(Number) as [number, number];
  return year * 12 + (month - 1);
}

function toYearMonth(index: number): YearMonth {
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** The first month of a turn (turns count from 1). */
export function turnStart(calendar: Scenario['calendar'], turn: number): YearMonth {
  return toYearMonth(monthIndex(calendar.start) + (turn - 1) * calendar.monthsPerTurn);
}

/** The turn whose months contain a month, or null when it falls outside the game. */
export function turnOfMonth(calendar: Scenario['calendar'], month: string): number | null {
  const offset = monthIndex(month) - monthIndex(calendar.start);
  if (offset < 0) return null;
  const turn = Math.floor(offset / calendar.monthsPerTurn) + 1;
  return turn <= calendar.turns ? turn : null;
}

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Sep 2016" or "Sep–Nov 2016", for news and the log. */
export function turnLabel(calendar: Scenario['calendar'], turn: number): string {
  const first = turnStart(calendar, turn);
  const name = (m: YearMonth) => `${MONTH_NAMES[m.month - 1]} ${m.year}`;
  if (calendar.monthsPerTurn === 1) return name(first);
  const last = toYearMonth(monthIndex(`${first.year}-${String(first.month).padStart(2, '0')}`) + calendar.monthsPerTurn - 1);
  return first.year === last.year
    ? `${MONTH_NAMES[first.month - 1]}–${name(last)}`
    : `${name(first)} – ${name(last)}`;
}
