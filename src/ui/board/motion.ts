// Whether the reader has asked the system for less motion (prefers-reduced-motion). The board then
// shows each new picture at once: markers jump to their places, no ring spreads or breathes, and
// the size of a change stands still beside its actor before it fades. Read live, so a change of
// the setting counts from the next change on the board.
const query = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)');

export function reducedMotion(): boolean {
  return query?.matches ?? false;
}
