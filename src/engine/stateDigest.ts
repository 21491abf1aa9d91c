// The turn's checksum, read from the state's numbers: every field of the state but the log and the
// history (which follow from the same draws and numbers), in a fixed order, each number mixed in
// as it is rather than written out as text. The first scheme hashed the state's JSON text: about
// 35 µs for the last state of a 2019 game against 6 µs here, a third of a turn's time; records made
// with it name no scheme and are still checked with it (checksum.ts). The tables of counts are read
// in their own order, the scenario's (counts.ts); the flags in the order the game set them. Ids
// are mixed in as their place in the scenario (the same for every copy of the file), any other
// text character by character.
import { AGREEMENT_STATUSES } from '../scenario/attributes';
import type { Scenario } from '../scenario/schema';
import { hexWord, mix64 } from './hash';
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

/**
 * The digest's numbers, in order, mixed at once at its end (mix64): scratch, reused by every
 * digest (nothing here calls back into one). Written to a list rather than mixed one by one into
 * an object's lanes (with the hex digits written by hand and the actors' numbers read by name, a
 * 2019 state's digest went from 3.4–3.6 to 2.2 µs, Node 20).
 */
const numbers: number[] = [];

let count = 0;

const int = (n: number) => {
  numbers[count++] = n;
};

/** A number that may have a fraction (the generator's state): its 64 bits. */
function real(n: number): void {
  bits.setFloat64(0, n, true);
  int(bits.getUint32(0, true));
  int(bits.getUint32(4, true));
}

function text(s: string): void {
  int(s.length);
  for (let i = 0; i < s.length; i++) int(s.charCodeAt(i));
}

/** An id as its place in the scenario, negative so that it never reads as the length of a text; any other text as text. */
function id(ids: ReadonlyMap<string, number>, s: string): void {
  const n = ids.get(s);
  if (n === undefined) text(s);
  else int(-n);
}

/** A table of counts, in the scenario's order (counts.ts). */
function counts(table: readonly number[]): void {
  for (const n of table) int(n);
}

/** The checksum of a state after a turn, chained with the previous turn's (`''` before the first). */
export function stateDigest(state: GameState, index: ScenarioIndex, previous: string): string {
  const ids = scenarioIds(index);
  count = 0;
  if (previous !== '') {
    int(hexWord(previous, 0));
    int(hexWord(previous, 8));
  }
  text(state.seed);
  int(state.rng.c);
  real(state.rng.s0);
  real(state.rng.s1);
  real(state.rng.s2);
  int(state.turn);
  int(state.capital);
  for (const track of index.scenario.tracks) int(state.tracks[track.id]!);
  // Each actor's numbers by name, in ACTOR_ATTRIBUTES' order: a read by a name held in a variable
  // cost more than the rest of the digest (tests/engine/stateDigest.test.ts changes each attribute).
  for (const actor of index.actorIds) {
    const { relation, trust, trade, alignment } = state.actors[actor]!;
    int(relation);
    int(trust);
    int(trade);
    int(alignment);
  }
  for (const open of state.optionOpen) int(open ? 1 : 0);
  let flags = 0;
  for (const flag in state.flags) {
    text(flag);
    int(state.flags[flag] ? 1 : 0);
    flags++;
  }
  int(flags);
  counts(state.optionTimes);
  counts(state.optionTries);
  counts(state.eventTimes);
  counts(state.moveTimes);
  counts(state.offerTimes);
  int(state.proposals.length);
  for (const p of state.proposals) {
    id(ids, p.option);
    int(p.cost);
  }
  int(state.outcomes.length);
  for (const o of state.outcomes) {
    id(ids, o.option);
    id(ids, o.actor);
    id(ids, o.result);
  }
  int(state.agreements.length);
  for (const a of state.agreements) {
    id(ids, a.option);
    id(ids, a.actor);
    id(ids, a.status);
    int(a.madeTurn);
    int(a.startTurn);
    int(a.turnsLeft);
    int(a.countered ? 1 : 0);
    int(a.middle ? 1 : 0);
  }
  int(state.crises.length);
  for (const c of state.crises) {
    id(ids, c.crisis);
    id(ids, c.actor);
    int(c.openedTurn);
    int(c.rung);
    if (c.lastAnswer === null) int(0);
    else id(ids, c.lastAnswer);
    if (c.outcome === null) int(0);
    else id(ids, c.outcome);
  }
  if (state.ending === null) int(0);
  else {
    id(ids, state.ending.id);
    int(state.ending.turn);
    int(state.ending.score);
  }
  return mix64(numbers, count);
}
