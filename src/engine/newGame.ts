// A new game from a scenario and a seed: the starting tracks and actors, nothing drawn yet.
// A game's checksum scheme (checksum.ts) decides how it keeps its counts of deals, tries, events,
// moves and offers. The first scheme, 'text', hashes the state's JSON, which holds only the counts
// made, in the order first made: such a game keeps them so. Under 'numbers' every count is there
// from the start, at 0, in the scenario's order: all the states of a scenario then share one
// shape of each table in V8, and a count is read and copied at the cost of a plain field's.
import { CHECKSUM_SCHEME, type ChecksumScheme } from './checksum';
import { recomputeDerived } from './derive';
import { noEntries } from './entries';
import { seedRng } from './rng';
import type { ScenarioIndex } from './scenarioIndex';
import type { GameState } from './state';
import { copyState } from './stateCopy';

export function newGame(index: ScenarioIndex, seed: string, scheme: ChecksumScheme = CHECKSUM_SCHEME): GameState {
  const { scenario } = index;
  const zero = index.noCounts;
  const counts =
    scheme === 'text'
      ? { optionTimes: noEntries<number>(), optionTries: noEntries<number>(), eventTimes: noEntries<number>(), moveTimes: noEntries<number>() }
      : { optionTimes: { ...zero.options }, optionTries: { ...zero.options }, eventTimes: { ...zero.events }, moveTimes: { ...zero.moves }, offerTimes: { ...zero.offers } };
  const state: GameState = {
    seed,
    rng: seedRng(seed),
    turn: 0, // the first briefing opens turn 1
    capital: scenario.capital.start,
    tracks: Object.fromEntries(scenario.tracks.map((t) => [t.id, t.start ?? 0])),
    actors: Object.fromEntries(scenario.actors.map((a) => [a.id, { ...a.start }])),
    flags: noEntries(),
    optionOpen: Object.fromEntries(scenario.options.map((o) => [o.id, o.open])),
    ...counts,
    proposals: [],
    outcomes: [],
    agreements: [],
    crises: [],
    log: [],
    history: [],
    ending: null,
  };
  recomputeDerived(state, index);
  return copyState(state); // the one field order of every state (stateCopy.ts)
}
