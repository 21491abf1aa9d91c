// A student's deals as the class view says them: each option once, with how many times
// ("Build a pipeline ×2"), in the order they were first made.

export function dealCounts(items: readonly { title: string }[]): { title: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const { title } of items) counts.set(title, (counts.get(title) ?? 0) + 1);
  return [...counts].map(([title, count]) => ({ title, count }));
}

/** The same in one line of plain text, for the CSV: "Build a pipeline ×2; Sell gas". */
export function dealsLine(items: readonly { title: string }[]): string {
  return dealCounts(items)
    .map(({ title, count }) => (count === 1 ? title : `${title} ×${count}`))
    .join('; ');
}
