// A new game from a scenario and a seed: the starting tracks and actors, nothing drawn yet.
import { actorCopy } from './actorCopy';
import { zeroCounts } from './counts';
import { recomputeDerived } from './derive';
import { noEntries } from './entries';
import { numberListOf, objectList, objectListOf } from './lists';
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
    // Not made by `map`: once V8 optimizes newGame (some thousand games in), its `map` makes lists
    // of another kind, and every rule optimized for the first was thrown away (lists.ts).
    tracks: numberListOf(scenario.tracks, (t) => t.start ?? 0),
    actors: objectListOf(scenario.actors, (a) => actorCopy(a.start)),
    flags: noEntries(),
    optionOpen: objectListOf(scenario.options, (o) => o.open),
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
