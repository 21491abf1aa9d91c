// Outcome arithmetic is integer-only so that every browser and Node agree to the last digit.

/** Integer division rounding towards zero, as the rules page promises. */
export function div(a: number, b: number): number {
  const quotient = Math.trunc(a / b);
  // A literal 0 for a zero quotient: never -0, nor the 0 that `-0 + 0` gives, which V8 keeps as a
  // boxed double (not a small integer); once such a number sat in a field, V8 kept that field
  // of every object of its kind as a double, and the states of a game took a second hidden class
  // (stateCopy.ts).
  return quotient === 0 ? 0 : quotient;
}

export function clamp(value: number, min: number, max: number): number {
  return value < min ? min : value > max ? max : value;
}
