// Every game state is made here, field by field in one fixed order, and a step changes its copy
// by plain stores. V8 gives objects made by object spreads at different places hidden classes of
// their own even when their fields are the same: the states of 20 games of 2019 had 14, so every
// place that copied a state took V8's slow path (planningCopy 356 ns a copy, 29 ns now; draft
// 720 ns, 210 ns now; Node 20), and the advisor's playthroughs took a quarter longer.
// `npm run bench -- --profile` counts the classes (bench/stateShapes.ts): it should say 1.
import { objectList } from './lists';
import type { GameState } from './state';

/** A shallow copy of a state: each table is shared until the caller replaces it. */
export function copyState(s: GameState): GameState {
  return {
    seed: s.seed,
    rng: s.rng,
    turn: s.turn,
    capital: s.capital,
    tracks: s.tracks,
    actors: s.actors,
    flags: s.flags,
    optionOpen: s.optionOpen,
    optionTimes: s.optionTimes,
    optionTries: s.optionTries,
    eventTimes: s.eventTimes,
    moveTimes: s.moveTimes,
    offerTimes: s.offerTimes,
    proposals: s.proposals,
    outcomes: s.outcomes,
    agreements: s.agreements,
    crises: s.crises,
    pastLog: s.pastLog,
    turnLog: s.turnLog,
    history: s.history,
    ending: s.ending,
  };
}

/** A copy with another log of the present turn: the same state with an entry more. */
export function withTurnLog(s: GameState, turnLog: GameState['turnLog']): GameState {
  const next = copyState(s);
  next.turnLog = turnLog;
  return next;
}

/** A copy with no log at all: a playthrough's, whose rules read only the present turn's entries (playthrough.ts). */
export function withoutLog(s: GameState): GameState {
  const next = copyState(s);
  next.pastLog = objectList();
  next.turnLog = objectList();
  return next;
}
