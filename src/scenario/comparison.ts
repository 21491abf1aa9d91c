// The fields a comparison is written with (`{ gte: 50 }`), apart from the schema: the error
// wording and the dead-parts check name them too, and the schema's module (with zod's objects)
// must not come with them into chunks that only word errors.
export const COMPARISON_FIELDS = ['gte', 'lte', 'gt', 'lt', 'eq'] as const;

/** The symbols a comparison is written with in a sentence (`economy > 51`), by the field each stands for. */
export const COMPARISON_SYMBOLS: Readonly<Record<string, (typeof COMPARISON_FIELDS)[number]>> = {
  '>': 'gt',
  '>=': 'gte',
  '≥': 'gte',
  '<': 'lt',
  '<=': 'lte',
  '≤': 'lte',
  '=': 'eq',
  '==': 'eq',
};
