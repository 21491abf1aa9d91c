// The turn's checksum, read from the state's numbers: every field of the state but the log and the
// history (which follow from the same draws and numbers), in a fixed order, each number mixed in
// as it is rather than written out as text. The first scheme hashed the state's JSON text: about
// 35 µs for the last state of a 2019 game against 6 µs here, a third of a turn's time; records made
// with it name no scheme and are still checked with it (checksum.ts). The tables of counts are read
// in their own order, the scenario's (counts.ts); the flags in the order the game set them. Ids
// are mixed in as their place in the scenario (the same for every copy of the file), any other
// text character by character.
import { ACTOR_ATTRIBUTES, AGREEMENT_STATUSES } from '../scenario/attributes';
import type { Scenario } from '../scenario/schema';
import { Mix64 } from './hash';
import type { ScenarioIndex } from './scenarioIndex';
import { CRISIS_OUTCOMES, NEGOTIATION_RESULTS, type GameState } from './state';

/** Every id of the scenario numbered: actors, tracks, options, events, moves and offers (`actor/id`), crises, answers, endings, and the statuses and results a state holds. */
const idsOf = new WeakMap<Scenario, Map<string, number>>();

function scenarioIds(index: ScenarioIndex): Map<string, number> {
  const known = idsOf.get(index.scenario);
  if (known) return known;
  const ids = new Map<string, number>();
  const add = (id: string) => {
    if (!ids.has(id)) ids.set(id, ids.size + 1);
  };
  const { scenario } = index;
  add(scenario.player.id);
  for (const list of [scenario.actors, scenario.tracks, scenario.options, scenario.events, scenario.endings, scenario.crises]) for (const item of list) add(item.id);
  for (const key of index.moves.keys()) add(key);
  for (const key of index.offers.keys()) add(key);
  for (const crisis of scenario.crises) for (const answer of crisis.answers) add(answer.id);
  for (const word of [...AGREEMENT_STATUSES, ...NEGOTIATION_RESULTS, ...CRISIS_OUTCOMES]) add(word);
  idsOf.set(index.scenario, ids);
  return ids;
}

/** Where a number is written to read its 64 bits as two words, in one byte order on every machine. */
const bits = new DataView(new ArrayBuffer(8));

/** The turn checksum's mixing (hash.ts) with the state's other kinds of value. */
class Mixer extends Mix64 {
  /** A number that may have a fraction (the generator's state): its 64 bits. */
  real(n: number): void {
    bits.setFloat64(0, n, true);
    this.int(bits.getUint32(0, true));
    this.int(bits.getUint32(4, true));
  }

  text(s: string): void {
    this.int(s.length);
    for (let i = 0; i < s.length; i++) this.int(s.charCodeAt(i));
  }
}

/** The checksum of a state after a turn, chained with the previous turn's (`''` before the first). */
export function stateDigest(state: GameState, index: ScenarioIndex, previous: string): string {
  const ids = scenarioIds(index);
  const m = new Mixer();
  const id = (s: string) => {
    const n = ids.get(s);
    if (n === undefined) m.text(s);
    else m.int(-n); // negative, so that an id never reads as the length of a text
  };
  // In the scenario's order, the tables' own (counts.ts).
  const counts = (table: readonly number[]) => {
    for (const n of table) m.int(n);
  };
  if (previous !== '') {
    m.int(parseInt(previous.slice(0, 8), 16) | 0);
    m.int(parseInt(previous.slice(8), 16) | 0);
  }
  m.text(state.seed);
  m.int(state.rng.c);
  m.real(state.rng.s0);
  m.real(state.rng.s1);
  m.real(state.rng.s2);
  m.int(state.turn);
  m.int(state.capital);
  for (const track of index.scenario.tracks) m.int(state.tracks[track.id]!);
  for (const actor of index.actorIds) for (const attr of ACTOR_ATTRIBUTES) m.int(state.actors[actor]![attr]);
  for (const open of state.optionOpen) m.int(open ? 1 : 0);
  let flags = 0;
  for (const flag in state.flags) {
    m.text(flag);
    m.int(state.flags[flag] ? 1 : 0);
    flags++;
  }
  m.int(flags);
  counts(state.optionTimes);
  counts(state.optionTries);
  counts(state.eventTimes);
  counts(state.moveTimes);
  counts(state.offerTimes);
  m.int(state.proposals.length);
  for (const p of state.proposals) {
    id(p.option);
    m.int(p.cost);
  }
  m.int(state.outcomes.length);
  for (const o of state.outcomes) {
    id(o.option);
    id(o.actor);
    id(o.result);
  }
  m.int(state.agreements.length);
  for (const a of state.agreements) {
    id(a.option);
    id(a.actor);
    id(a.status);
    m.int(a.madeTurn);
    m.int(a.startTurn);
    m.int(a.turnsLeft);
    m.int(a.countered ? 1 : 0);
    m.int(a.middle ? 1 : 0);
  }
  m.int(state.crises.length);
  for (const c of state.crises) {
    id(c.crisis);
    id(c.actor);
    m.int(c.openedTurn);
    m.int(c.rung);
    if (c.lastAnswer === null) m.int(0);
    else id(c.lastAnswer);
    if (c.outcome === null) m.int(0);
    else id(c.outcome);
  }
  if (state.ending === null) m.int(0);
  else {
    id(state.ending.id);
    m.int(state.ending.turn);
    m.int(state.ending.score);
  }
  return m.hex();
}
