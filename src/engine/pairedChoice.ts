// Choosing by playthroughs over common dice: every choice is played out over the same numbered
// playthroughs (playthrough i of each choice on the same dice), so that the choices differ by the
// choice and not by luck. The first choice is the default (a quick bot's); another replaces it only
// when clearly better on the paired differences (clearlyBetter), the largest gain winning.
import { clearlyBetter } from './expertBot';

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
