/** `text` as a regular expression that matches it literally: its special characters escaped. */
export const regexText = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
