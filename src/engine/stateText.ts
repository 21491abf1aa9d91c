// The state as the first checksum scheme ('text', checksum.ts) wrote it in JSON. Games of that
// scheme kept their counts as objects keyed by id, holding only the counts made, in the order
// first made, and had no `offerTimes` until an actor's first offer; the state now keeps every count
// in an array (counts.ts). The order in which each count was first made is read back from the log,
// where every count the rules add has its entry: a proposal weighed ('decision'), a deal resolved
// ('deal'), an event, a move that happened, an offer answered. A log that does not hold them all
// (cut short) is refused rather than give a wrong checksum.
import { COUNT_TABLES, countOf, type CountTable } from './counts';
import { actorsById } from './actorOf';
import { noEntries } from './entries';
import { tracksById } from './trackValue';
import { gameLog } from './gameLog';
import { isDeal } from './negotiation';
import type { ScenarioIndex } from './scenarioIndex';
import type { GameState } from './state';

type Table = Record<string, number>;

/** The JSON text the first scheme hashed: the state without its log and history. */
export function firstSchemeText(state: GameState, index: ScenarioIndex): string {
  const fromLog = { optionTimes: noEntries<number>(), optionTries: noEntries<number>(), eventTimes: noEntries<number>(), moveTimes: noEntries<number>(), offerTimes: noEntries<number>() };
  const { optionTimes, optionTries, eventTimes, moveTimes, offerTimes } = fromLog;
  const add = (table: Table, key: string) => void (table[key] = (table[key] ?? 0) + 1);
  for (const e of gameLog(state)) {
    if (e.kind === 'decision') add(optionTries, e.decision.option);
    else if (e.kind === 'deal' && isDeal(e.result)) add(optionTimes, e.option);
    else if (e.kind === 'event') add(eventTimes, e.event);
    else if (e.kind === 'move' && e.happened) add(moveTimes, `${e.actor}/${e.move}`);
    else if (e.kind === 'offer') add(offerTimes, `${e.actor}/${e.offer}`);
  }
  for (const table of Object.keys(COUNT_TABLES) as CountTable[]) sameCounts(fromLog[table], state[table], index.slots[COUNT_TABLES[table]]);
  // The first scheme's order of fields; `offerTimes` last, and left out before the first offer.
  return JSON.stringify({
    seed: state.seed,
    rng: state.rng,
    turn: state.turn,
    capital: state.capital,
    tracks: tracksById(state.tracks, index),
    actors: actorsById(state.actors, index),
    flags: state.flags,
    optionOpen: Object.fromEntries(index.scenario.options.map((o, slot) => [o.id, state.optionOpen[slot]])),
    optionTimes,
    optionTries,
    eventTimes,
    moveTimes,
    proposals: state.proposals,
    outcomes: state.outcomes,
    agreements: state.agreements,
    crises: state.crises,
    ending: state.ending,
    offerTimes: Object.keys(offerTimes).length > 0 ? offerTimes : undefined,
  });
}

function sameCounts(fromLog: Table, table: readonly number[], slots: ReadonlyMap<string, number>): void {
  let counted = 0;
  for (const key in fromLog) {
    if (countOf(table, slots, key) !== fromLog[key]) throw new Error(`the game's log does not hold its count of ${key}: the first checksum scheme cannot be computed`);
    counted += fromLog[key]!;
  }
  let total = 0;
  for (const n of table) total += n;
  if (total !== counted) throw new Error("the game's log does not hold all its counts: the first checksum scheme cannot be computed");
}
