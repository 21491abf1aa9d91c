// Rules are pure functions of a state; inside, each works on one fresh copy (a draft) and returns
// it. The copy is shallow where nothing is ever mutated in place (log entries, history rows,
// the rng state), so a turn costs a few small allocations rather than a deep clone. A draft copies
// what effects change (tracks, actors, flags, options, agreements) and the log; the rest is shared
// with the state it was made from: what no step changes in place (proposals, outcomes, the deal and
// try counts, the history) and what one step alone changes, which copies it itself (the event
// counts in the briefing, the move counts in the world moves, the crises in the crisis steps).
// tests/engine/noMutation.test.ts plays games on frozen states to hold every step to that.
import type { GameState } from './state';

/** Each actor's numbers copied: effects change them in place. */
export function copyActors(state: GameState): GameState['actors'] {
  const actors: GameState['actors'] = {};
  for (const id in state.actors) actors[id] = { ...state.actors[id]! };
  return actors;
}

export function draft(state: GameState): GameState {
  return {
    ...state,
    tracks: { ...state.tracks },
    actors: copyActors(state),
    flags: { ...state.flags },
    optionOpen: { ...state.optionOpen },
    agreements: state.agreements.map((a) => ({ ...a })),
    log: [...state.log],
  };
}
