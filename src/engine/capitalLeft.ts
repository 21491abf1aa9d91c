// The end of a refusal for want of capital: "only 2 is left", or "none is left" (not "only 0").
export function capitalLeft(capital: number): string {
  return capital <= 0 ? 'none is left' : `only ${capital} is left`;
}
