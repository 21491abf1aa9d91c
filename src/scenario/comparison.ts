// The fields a comparison is written with (`{ gte: 50 }`), apart from the schema: the error
// wording and the dead-parts check name them too, and the schema's module (with zod's objects)
// must not come with them into chunks that only word errors.
export const COMPARISON_FIELDS = ['gte', 'lte', 'gt', 'lt', 'eq'] as const;
