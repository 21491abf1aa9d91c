// Choosing by playthroughs over common dice: every choice is played out over the same numbered
// playthroughs (playthrough i of each choice on the same dice), so that the choices differ by the
// choice and not by luck. The first choice is the default (a quick bot's); another replaces it only
// when clearly better on the paired differences (clearlyBetter), the largest gain winning, the
// earlier on a tie. The expert's plans (expertBot.ts) and its seat choices (seatExpert.ts) use it.

/**
 * How sure a challenger must be: its mean gain over the default choice above this many standard
 * errors, squared. Measured on 20 seeds: 2 (1.4 errors) gave up half the gain on the 2016
 * scenario; 0 (the best mean alone) chased luck and lost to the greedy bot on the tutorial.
 */
export const SWITCH_MARGIN_SQUARED = 1;

/**
 * The mean of the paired differences d is above k standard errors, k² = SWITCH_MARGIN_SQUARED:
 * Σd > 0 and (Σd)²·(n − 1) > k²·(n·Σd² − (Σd)²), in integers (no square root).
 */
export function clearlyBetter(sum: number, sumOfSquares: number, n: number): boolean {
  return sum > 0 && sum * sum * (n - 1) > SWITCH_MARGIN_SQUARED * (n * sumOfSquares - sum * sum);
}

/** The choice to make; `value(choice, i)` is the outcome of playthrough `i` of that choice. */
export function pairedChoice<T>(choices: readonly T[], value: (choice: T, playthrough: number) => number, playthroughs: number): T {
  if (choices.length < 2) return choices[0]!;
  const baseline = Array.from({ length: playthroughs }, (_, i) => value(choices[0]!, i));
  let best: { choice: T; gain: number } = { choice: choices[0]!, gain: 0 };
  for (const choice of choices.slice(1)) {
    let sum = 0;
    let sumOfSquares = 0;
    for (let i = 0; i < playthroughs; i++) {
      const d = value(choice, i) - baseline[i]!;
      sum += d;
      sumOfSquares += d * d;
    }
    if (sum > best.gain && clearlyBetter(sum, sumOfSquares, playthroughs)) best = { choice, gain: sum };
  }
  return best.choice;
}
