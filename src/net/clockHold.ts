// Why a class game's room takes no student's event now, by its clock: not started, or paused. The
// class server refuses with these words, and the students' screens show their buttons unavailable
// for the same reason (BrowserGame.heldBack), so the two cannot say different things.
export function clockHold(clock: { started: boolean; paused: boolean }): string | null {
  if (!clock.started) return 'the game has not started yet: the teacher starts it';
  if (clock.paused) return 'the game is paused by the teacher';
  return null;
}
