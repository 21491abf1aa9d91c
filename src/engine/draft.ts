// Rules are pure functions of a state; inside, each works on one fresh copy (a draft) and returns
// it. The copy is shallow where nothing is ever mutated in place (log entries, history rows,
// the rng state), so a turn costs a few small allocations rather than a deep clone.
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
    optionTimes: { ...state.optionTimes },
    optionTries: { ...state.optionTries },
    eventTimes: { ...state.eventTimes },
    moveTimes: { ...state.moveTimes },
    proposals: [...state.proposals],
    outcomes: [...state.outcomes],
    agreements: state.agreements.map((a) => ({ ...a })),
    crises: state.crises.map((c) => ({ ...c })),
    log: [...state.log],
    history: [...state.history],
  };
}
