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

/** How the schema writes a month. */
export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * The month meant by a value not written YYYY-MM, as a hint (`: write 2019-08`): a month without
 * its leading zero (`2019-8`), written with a slash or a point (`2019/08`), month first
 * (`08/2019`), or with its day (`2019-08-15`); '' when none is clear.
 */
export function monthHint(value: string): string {
  const text = value.trim();
  const yearFirst = /^(\d{4})[-/.](\d{1,2})(?:[-/.]\d{1,2})?$/.exec(text);
  const monthFirst = /^(\d{1,2})[-/.](\d{4})$/.exec(text);
  const [year, month] = yearFirst ? [yearFirst[1]!, yearFirst[2]!] : monthFirst ? [monthFirst[2]!, monthFirst[1]!] : [];
  if (year === undefined || Number(month) < 1 || Number(month) > 12) return '';
  return `: write ${year}-${month!.padStart(2, '0')}`;
}
