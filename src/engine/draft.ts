// Rules are pure functions of a state; inside, each works on one fresh copy (a draft) and returns
// it. The copy is shallow: a draft owns its tracks (effects and the derived tracks write them in
// place), its list of actors and its log of the present turn (appended to; the log of turns past,
// the longer part, is shared until the next turn begins: gameLog.ts); everything else it shares with the state it
// came from, and a step that changes a shared part replaces it with a new object instead of writing
// into it: an effect on an actor, a flag, an option or an agreement (effects.ts), the agreements a
// resolution makes and counts down (resolution.ts), the event counts in the briefing, the move
// counts in the world moves, the crises in the crisis steps. A turn then costs a few small
// allocations rather than copies of every actor, option and agreement. tests/engine/noMutation.test.ts
// plays games on frozen states to hold every step to that.
import type { GameState } from './state';
import { copyState } from './stateCopy';

export function draft(state: GameState): GameState {
  const next = copyState(state);
  next.tracks = state.tracks.slice();
  next.actors = state.actors.slice();
  next.turnLog = [...state.turnLog];
  return next;
}
