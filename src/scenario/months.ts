// Calendar months written YYYY-MM, counted as whole numbers so that they can be compared and added.

export function monthNumber(text: string): number {
  const [year, month] = text.split('-').map(Number) as [number, number];
  return year * 12 + (month - 1);
}

export function monthText(n: number): string {
  return `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`;
}

/** The last month of the game: turn 1 starts at `start`, each turn lasts `monthsPerTurn` months. */
export function lastMonth(calendar: { start: string; monthsPerTurn: number; turns: number }): number {
  return monthNumber(calendar.start) + calendar.turns * calendar.monthsPerTurn - 1;
}
