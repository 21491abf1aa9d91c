// A number as the player reads it: a negative one with the minus sign (−40), not a hyphen. The
// engine's own labels (a score term's "× −2") and the screens' figures write it the same way.

export const figure = (n: number): string => (n < 0 ? `−${-n}` : String(n));
