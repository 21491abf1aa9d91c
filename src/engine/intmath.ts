// Outcome arithmetic is integer-only so that every browser and Node agree to the last digit.

/** Integer division rounding towards zero, as the rules page promises. */
export function div(a: number, b: number): number {
  return Math.trunc(a / b) + 0; // + 0 turns -0 into 0, so a negative zero never reaches the state
}

export function clamp(value: number, min: number, max: number): number {
  return value < min ? min : value > max ? max : value;
}
