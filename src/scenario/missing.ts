// The words for a required part left out, shared by the schema's wording and the check that finds
// where a swallowed field went; apart from both, so that neither brings the other (and zod) along.

export const MISSING_FIELD = 'required field is missing';

/** A section of the file left out (`score:`): named as a section, as a teacher sees the file, not as a field. */
export const missingSection = (name: string): string => `the file has no "${name}:" section (required)`;

/** Whether a message says that a required field, or a section of the file, is missing. */
export const saysMissing = (message: string): boolean => message.startsWith(MISSING_FIELD) || /^the file has no "[^"]*:" section/.test(message);
