// "1 warning", "3 records": a count with its noun, for the commands' summary lines.
export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
