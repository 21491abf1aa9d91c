// "1 warning", "3 records": a count with its noun, for every message — the checker's, the
// commands', the screens'. A module with no imports, so that any chunk may take it.
export const plural = (n: number | bigint, one: string, many = `${one}s`): string => `${n} ${Number(n) === 1 ? one : many}`;
