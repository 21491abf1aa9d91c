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
import { optionActor, type ScenarioIndex } from './scenarioIndex';
import { CRISIS_OUTCOMES, NEGOTIATION_RESULTS, type GameState } from './state';

/**
 * Every id of the scenario numbered: actors, tracks, options, events, moves and offers
 * (`actor/id`), crises, answers, endings, and the statuses and results a state holds (a word the
 * file already uses as an id keeps that id's number). Two short cuts for the digest's look-ups
 * (about 9 ns each, some 600 in a 2019 game): each option with its own number and those of the
 * actor it is made with, for the agreements and outcomes, which name both; the words by
 * comparison with the code's own texts.
 */
interface DigestIds {
  ids: Map<string, number>;
  options: Map<string, { option: number; actor: string; actorNumber: number }>;
  statuses: readonly number[];
  results: readonly number[];
  outcomes: readonly number[];
}

const idsOf = new WeakMap<Scenario, DigestIds>();

function scenarioIds(index: ScenarioIndex): DigestIds {
  const known = idsOf.get(index.scenario);
  if (known) return known;
  const ids = new Map<string, number>();
  const add = (id: string) => {
    if (!ids.has(id)) ids.set(id, ids.size + 1);
    return ids.get(id)!;
  };
  const { scenario } = index;
  add(scenario.player.id);
  for (const list of [scenario.actors, scenario.tracks, scenario.options, scenario.events, scenario.endings, scenario.crises]) for (const item of list) add(item.id);
  for (const key of index.moves.keys()) add(key);
  for (const key of index.offers.keys()) add(key);
  for (const crisis of scenario.crises) for (const answer of crisis.answers) add(answer.id);
  const statuses = AGREEMENT_STATUSES.map(add);
  const results = NEGOTIATION_RESULTS.map(add);
  const outcomes = CRISIS_OUTCOMES.map(add);
  const options = new Map(
    scenario.options.map((o) => {
      const actor = optionActor(index, o.id);
      return [o.id, { option: ids.get(o.id)!, actor, actorNumber: ids.get(actor)! }];
    }),
  );
  const numbered = { ids, options, statuses, results, outcomes };
  idsOf.set(index.scenario, numbered);
  return numbered;
}

/** Where a number is written to read its 64 bits as two words, in one byte order on every machine. */
const bits = new DataView(new ArrayBuffer(8));

/**
 * The digest's numbers, in order, mixed at once at its end (mix64): scratch, reused by every
 * digest (nothing here calls back into one). Written to a list rather than mixed one by one into
 * an object's lanes (with the hex digits written by hand and the actors' numbers read by name, a
 * 2019 state's digest went from 3.4–3.6 to 2.2 µs, Node 20). Each writer below takes the place to
 * write at and returns the next, which stays in a register: kept in the module and read and
 * written for every number, it cost the engine alone 4 % of its time (`npm run bench:ab -- REV
 * --work replay`: 0.963).
 */
const numbers: number[] = [];

/** A number that may have a fraction (the generator's state): its 64 bits. */
function real(out: number[], at: number, n: number): number {
  bits.setFloat64(0, n, true);
  out[at] = bits.getUint32(0, true);
  out[at + 1] = bits.getUint32(4, true);
  return at + 2;
}

function text(out: number[], at: number, s: string): number {
  out[at++] = s.length;
  for (let i = 0; i < s.length; i++) out[at++] = s.charCodeAt(i);
  return at;
}

/** An id as its place in the scenario, negative so that it never reads as the length of a text; any other text as text. */
function id(out: number[], at: number, ids: ReadonlyMap<string, number>, s: string): number {
  const n = ids.get(s);
  if (n === undefined) return text(out, at, s);
  out[at] = -n;
  return at + 1;
}

/** An option and the actor it was made with (an agreement's, an outcome's): one look-up when the actor is the option's own. */
function deal(out: number[], at: number, numbered: DigestIds, option: string, actor: string): number {
  const known = numbered.options.get(option);
  if (known === undefined) return id(out, id(out, at, numbered.ids, option), numbered.ids, actor);
  out[at] = -known.option;
  if (actor === known.actor) {
    out[at + 1] = -known.actorNumber;
    return at + 2;
  }
  return id(out, at + 1, numbered.ids, actor);
}

/** One of the code's words (a status, a result, an outcome), found by comparison; as any text otherwise. */
function word(out: number[], at: number, numbered: DigestIds, words: readonly string[], numbers: readonly number[], s: string): number {
  for (let i = 0; i < words.length; i++) {
    if (words[i] === s) {
      out[at] = -numbers[i]!;
      return at + 1;
    }
  }
  return id(out, at, numbered.ids, s);
}

/** A table of counts, in the scenario's order (counts.ts). */
function counts(out: number[], at: number, table: readonly number[]): number {
  for (let i = 0; i < table.length; i++) out[at++] = table[i]!;
  return at;
}

/** The checksum of a state after a turn, chained with the previous turn's (`''` before the first). */
export function stateDigest(state: GameState, index: ScenarioIndex, previous: string): string {
  const numbered = scenarioIds(index);
  const { ids } = numbered;
  const out = numbers;
  let at = 0;
  if (previous !== '') {
    out[at++] = hexWord(previous, 0);
    out[at++] = hexWord(previous, 8);
  }
  at = text(out, at, state.seed);
  out[at++] = state.rng.c;
  at = real(out, at, state.rng.s0);
  at = real(out, at, state.rng.s1);
  at = real(out, at, state.rng.s2);
  out[at++] = state.turn;
  out[at++] = state.capital;
  for (const value of state.tracks) out[at++] = value; // in the file's order, as before
  // Each actor's numbers by name, in ACTOR_ATTRIBUTES' order: a read by a name held in a variable
  // cost more than the rest of the digest (tests/engine/stateDigest.test.ts changes each attribute).
  for (const { relation, trust, trade, alignment } of state.actors) {
    out[at++] = relation;
    out[at++] = trust;
    out[at++] = trade;
    out[at++] = alignment;
  }
  for (const open of state.optionOpen) out[at++] = open ? 1 : 0;
  let flags = 0;
  for (const flag in state.flags) {
    at = text(out, at, flag);
    out[at++] = state.flags[flag] ? 1 : 0;
    flags++;
  }
  out[at++] = flags;
  at = counts(out, at, state.optionTimes);
  at = counts(out, at, state.optionTries);
  at = counts(out, at, state.eventTimes);
  at = counts(out, at, state.moveTimes);
  at = counts(out, at, state.offerTimes);
  out[at++] = state.proposals.length;
  for (const p of state.proposals) {
    at = id(out, at, ids, p.option);
    out[at++] = p.cost;
  }
  out[at++] = state.outcomes.length;
  for (const o of state.outcomes) {
    at = deal(out, at, numbered, o.option, o.actor);
    at = word(out, at, numbered, NEGOTIATION_RESULTS, numbered.results, o.result);
  }
  out[at++] = state.agreements.length;
  for (const a of state.agreements) {
    at = deal(out, at, numbered, a.option, a.actor);
    at = word(out, at, numbered, AGREEMENT_STATUSES, numbered.statuses, a.status);
    out[at++] = a.madeTurn;
    out[at++] = a.startTurn;
    out[at++] = a.turnsLeft;
    out[at++] = a.countered ? 1 : 0;
    out[at++] = a.middle ? 1 : 0;
  }
  out[at++] = state.crises.length;
  for (const c of state.crises) {
    at = id(out, at, ids, c.crisis);
    at = id(out, at, ids, c.actor);
    out[at++] = c.openedTurn;
    out[at++] = c.rung;
    if (c.lastAnswer === null) out[at++] = 0;
    else at = id(out, at, ids, c.lastAnswer);
    if (c.outcome === null) out[at++] = 0;
    else at = word(out, at, numbered, CRISIS_OUTCOMES, numbered.outcomes, c.outcome);
  }
  if (state.ending === null) out[at++] = 0;
  else {
    at = id(out, at, ids, state.ending.id);
    out[at++] = state.ending.turn;
    out[at++] = state.ending.score;
  }
  return mix64(out, at);
}
