// The words for a required part left out, shared by the schema's wording and the check that finds
// where a swallowed field went; apart from both, so that neither brings the other (and zod) along.

export const MISSING_FIELD = 'required field is missing';

/**
 * A part of the file's top left out: a section (`score:`, whose value is a mapping or a list),
 * named as a teacher sees the file, or a field of one value (`title:`).
 */
export const missingSection = (name: string, section: boolean): string => `the file has no "${name}:" ${section ? 'section' : 'field'} (required)`;

/** Whether a message says that a required field, or a section of the file, is missing. */
export const saysMissing = (message: string): boolean => message.startsWith(MISSING_FIELD) || /^the file has no "[^"]*:" (section|field)/.test(message);
