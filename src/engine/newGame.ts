// A new game from a scenario and a seed: the starting tracks and actors, nothing drawn yet.
import { actorCopy } from './actorCopy';
import { zeroCounts } from './counts';
import { recomputeDerived } from './derive';
import { noEntries } from './entries';
import { objectList } from './lists';
import { seedRng } from './rng';
import type { ScenarioIndex } from './scenarioIndex';
import type { GameState } from './state';
import { copyState } from './stateCopy';

export function newGame(index: ScenarioIndex, seed: string): GameState {
  const { scenario, slots } = index;
  const state: GameState = {
    seed,
    rng: seedRng(seed),
    turn: 0, // the first briefing opens turn 1
    capital: scenario.capital.start,
    tracks: scenario.tracks.map((t) => t.start ?? 0),
    actors: scenario.actors.map((a) => actorCopy(a.start)),
    flags: noEntries(),
    optionOpen: scenario.options.map((o) => o.open),
    optionTimes: zeroCounts(slots.options),
    optionTries: zeroCounts(slots.options),
    eventTimes: zeroCounts(slots.events),
    moveTimes: zeroCounts(slots.moves),
    offerTimes: zeroCounts(slots.offers),
    proposals: objectList(),
    outcomes: objectList(),
    agreements: objectList(),
    crises: objectList(),
    pastLog: objectList(),
    turnLog: objectList(),
    history: objectList(),
    ending: null,
  };
  recomputeDerived(state, index);
  return copyState(state); // the one field order of every state (stateCopy.ts)
}
