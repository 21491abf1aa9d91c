// Look-up tables over a validated scenario, built once per game so that rules find an actor or
// an option by id without scanning arrays. Maps keep file order when iterated.
import { turnOfMonth } from './calendar';
import type { ActorMove, ActorOffer, Condition, Effect, Modifier, Scenario, ScenarioActor, ScenarioEvent, ScenarioOption, ScenarioTrack } from '../scenario/schema';
import { middleDealEffects, middlePerTurn } from './middle';
import type { Term } from './state';
import type { EffectStep } from './effectSteps';
import { testOf, type Test } from './conditionTests';
import { interestTermsOf } from './interestTerms';
import { ownTerm } from './termWords';
import { slotsOf, type CountSlots } from './counts';
import { derivedTracks, type DerivedTrack } from './derive';
import { objectListOf } from './lists';

export interface ScenarioIndex {
  scenario: Scenario;
  hash: string;
  actors: Map<string, ScenarioActor>;
  options: Map<string, ScenarioOption>;
  events: Map<string, ScenarioEvent>;
  tracks: Map<string, ScenarioTrack>;
  /** Where each track's value sits in a state's `tracks`: its place in the file. */
  trackSlots: ReadonlyMap<string, number>;
  /** Interest weight by actor, then interest id. */
  interestWeights: Map<string, Map<string, number>>;
  /** Moves keyed `actor/move`. */
  moves: Map<string, ActorMove>;
  /** Actors' own offers to the player, keyed `actor/offer`. */
  offers: Map<string, ActorOffer>;
  /** Each actor's offers in file order, with the slots of their counts. */
  actorOffers: Map<string, { offer: ActorOffer; slot: number }[]>;
  /** Where each id's count sits in the state's tables of counts (counts.ts). */
  slots: CountSlots;
  /** The actors' ids in file order (the order of a game's `actors`). */
  actorIds: string[];
  /** Where each actor's numbers sit in a state's `actors`: its place in the file. */
  actorSlots: ReadonlyMap<string, number>;
  /** Derived tracks, in file order: recomputed after every change. */
  derived: DerivedTrack[];
  /** The turn of each dated event (null when its month falls outside the game). */
  eventTurns: Map<string, number | null>;
  /**
   * The options each option cannot be combined with, both ways round, in file order: indexed by
   * the option's slot (its place in the file), each with its own slot, so that the planning, which
   * asks about every option each turn, looks nothing up by id.
   */
  exclusions: readonly (readonly { id: string; slot: number }[])[];
  /** Each actor's moves in file order, with what their weighing takes from the file alone. */
  weighableMoves: Map<string, WeighableMove[]>;
  /** Each option's weighing by its target, as far as the file alone gives it (options with a target only). */
  proposalWeighing: Map<string, ProposalWeighing>;
  /**
   * What the planning and the greedy bot read of each option, by slot, in one shape: the file's
   * options have several (their keys that may be left out), and reading them where every option
   * is asked about every turn went through V8's slowest lookups (npm run bench:ab --work advice:
   * 0.954 for the greedy bot's reads alone).
   */
  optionDeals: readonly OptionDeal[];
  /** The player's name inside a sentence (names.ts), for the weighings' labels, which every proposal writes. */
  playerInSentence: string;
  /** The capital's income modifiers, and each crisis's (by id), with their tests. */
  capitalModifiers: readonly TestedModifier[];
  crisisModifiers: Map<string, readonly TestedModifier[]>;
  /** Each option's condition as a test, by slot (the planning asks it of every option, every turn). */
  optionTests: readonly Test[];
  /** Each event's condition as a test, by slot (the briefing asks it of every event, every turn). */
  eventTests: readonly Test[];
  /** The middle between each option with a counter-offer and that counter-offer (middle.ts). */
  middles: Map<string, { effects: Effect[]; perTurn: Effect[] }>;
  /** Each list of effects as steps, built on its first application (effectSteps.ts). */
  effectSteps: WeakMap<readonly Effect[], EffectStep[]>;
  /** Each condition as a function of a state (conditionTests.ts): the options', events', moves' and modifiers' built with the index, any other on its first use. */
  conditionTests: WeakMap<Condition, Test>;
}

/**
 * A modifier with its condition built into a test, every modifier of the file: the weighings take
 * their tests from here rather than asking the index's cache of tests, keyed by condition, at each
 * call (about 15 ns a look-up, some 430 a greedy 2019 game).
 */
export interface TestedModifier {
  /** Its term, labelled with the modifier's label: read-only, shared by every weighing it counts in. */
  term: Readonly<Term>;
  /** The term's value, kept flat for the bots' label-free sum (weigh.ts), which never reads the term. */
  value: number;
  holds: Test;
}

/** A move with the slot of its count and the terms of its weighing that never change in a game. */
export interface WeighableMove {
  move: ActorMove;
  /** The move's id and how often it may be made, read here in one shape: the file's moves have several (weighMoves reads them for every actor every turn). */
  id: string;
  maxTimes: number;
  /** Where its count sits in the state's `moveTimes`. */
  slot: number;
  /** The base chance, then the actor's interests the move touches: read-only, shared by every weighing. */
  fixedTerms: readonly Term[];
  /** The move's condition as a test. */
  when: Test;
  modifiers: readonly TestedModifier[];
}

/** An option's id, cost, limits, timing and effects: what the planning asks of every option each turn, and the greedy bot weighs. */
export interface OptionDeal {
  id: string;
  cost: number;
  maxTimes: number;
  maxTries: number | undefined;
  delay: number;
  duration: number;
  effects: readonly Effect[];
  perTurn: readonly Effect[];
  /** How its target weighs it (proposalWeighing's); null for a step the player takes alone. */
  weighing: ProposalWeighing | null;
}

/** An option's weighing by its target, as far as the file alone gives it. */
export interface ProposalWeighing {
  /**
   * The first terms, which never change in a game: how the proposal stands on its own (when
   * not 0), then the target's interests it touches. Read-only, shared by every weighing (weigh.ts
   * adds the relation, the trust and the modifiers).
   */
  fixedTerms: readonly Term[];
  /** Their sum, for the weighing without labels (proposalScore). */
  fixedScore: number;
  /** The target's place in a state's `actors`, and how much its relation and its trust weigh. */
  targetSlot: number;
  relationWeight: number;
  trustWeight: number;
  modifiers: readonly TestedModifier[];
}

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

export function indexScenario(scenario: Scenario, hash: string): ScenarioIndex {
  const moves = new Map<string, ActorMove>();
  for (const actor of scenario.actors) for (const move of actor.moves) moves.set(`${actor.id}/${move.id}`, move);
  const offers = new Map<string, ActorOffer>();
  for (const actor of scenario.actors) for (const offer of actor.offers) offers.set(`${actor.id}/${offer.id}`, offer);
  const slots: CountSlots = { options: slotsOf(scenario.options.map((o) => o.id)), events: slotsOf(scenario.events.map((e) => e.id)), moves: slotsOf(moves.keys()), offers: slotsOf(offers.keys()) };
  const middles = new Map(scenario.options.filter((o) => o.counter).map((o) => [o.id, { effects: middleDealEffects(o), perTurn: middlePerTurn(o) }]));
  const trackSlots = slotsOf(scenario.tracks.map((t) => t.id));
  const actorSlots = slotsOf(scenario.actors.map((a) => a.id));
  const tests = { slots, trackSlots, actorSlots, conditionTests: new WeakMap<Condition, Test>() };
  // The lists the rules loop over, each in one kind whether empty or not (lists.ts).
  const tested = (modifiers: readonly Modifier[]) => objectListOf(modifiers, (m) => ({ term: ownTerm(m.label, m.value, 'modifier'), value: m.value, holds: testOf(m.when, tests) }));
  const proposalWeighing = proposalWeighingOf(scenario, tested);
  return {
    scenario,
    hash,
    actors: byId(scenario.actors),
    options: byId(scenario.options),
    events: byId(scenario.events),
    tracks: byId(scenario.tracks),
    trackSlots,
    interestWeights: new Map(
      scenario.actors.map((a) => [a.id, new Map(a.interests.map((i) => [i.id, i.weight]))]),
    ),
    moves,
    offers,
    actorOffers: new Map(scenario.actors.map((a) => [a.id, objectListOf(a.offers, (offer) => ({ offer, slot: slots.offers.get(`${a.id}/${offer.id}`)! }))])),
    slots,
    actorIds: scenario.actors.map((a) => a.id),
    actorSlots,
    derived: derivedTracks(scenario),
    exclusions: exclusionsOf(scenario),
    weighableMoves: new Map(
      scenario.actors.map((a) => [a.id, objectListOf(a.moves, (move) => ({ move, id: move.id, maxTimes: move.maxTimes, slot: slots.moves.get(`${a.id}/${move.id}`)!, fixedTerms: moveFixedTerms(a, move), when: testOf(move.when, tests), modifiers: tested(move.modifiers) }))]),
    ),
    proposalWeighing,
    optionDeals: objectListOf(scenario.options, (o) => ({
      id: o.id,
      cost: o.cost,
      maxTimes: o.maxTimes,
      maxTries: o.maxTries,
      delay: o.delay,
      duration: o.duration,
      effects: o.effects,
      perTurn: o.perTurn,
      weighing: proposalWeighing.get(o.id) ?? null,
    })),
    playerInSentence: scenario.player.inSentence ?? scenario.player.name,
    capitalModifiers: tested(scenario.capital.modifiers),
    crisisModifiers: new Map(scenario.crises.map((c) => [c.id, tested(c.modifiers)])),
    optionTests: scenario.options.map((o) => testOf(o.when, tests)),
    eventTests: scenario.events.map((e) => testOf(e.when, tests)),
    middles,
    effectSteps: new WeakMap(),
    conditionTests: tests.conditionTests,
    eventTurns: new Map(scenario.events.filter((e) => e.at !== undefined).map((e) => [e.id, turnOfMonth(scenario.calendar, e.at!)])),
  };
}

function moveFixedTerms(actor: ScenarioActor, move: ActorMove): Term[] {
  return [{ label: 'Base chance', value: move.chance, kind: 'chance' }, ...interestTermsOf(actor, move.touches)];
}

function proposalWeighingOf(scenario: Scenario, tested: (modifiers: readonly Modifier[]) => TestedModifier[]): Map<string, ProposalWeighing> {
  const actors = byId(scenario.actors);
  const weighing = new Map<string, ProposalWeighing>();
  for (const o of scenario.options) {
    const target = o.target === undefined ? undefined : actors.get(o.target);
    if (!target) continue;
    const base: Term[] = o.base === 0 ? [] : [{ label: 'How the proposal stands on its own', value: o.base, kind: 'base' }];
    const fixedTerms = [...base, ...interestTermsOf(target, o.touches)];
    weighing.set(o.id, {
      fixedTerms,
      fixedScore: fixedTerms.reduce((sum, t) => sum + t.value, 0),
      targetSlot: scenario.actors.indexOf(target),
      relationWeight: target.relationWeight,
      trustWeight: target.trustWeight,
      modifiers: tested(o.modifiers),
    });
  }
  return weighing;
}

/** `excludes` read both ways: if A excludes B, B excludes A too. */
function exclusionsOf(scenario: Scenario): { id: string; slot: number }[][] {
  const pairs = new Map(scenario.options.map((o) => [o.id, new Set<string>()]));
  for (const o of scenario.options) {
    for (const other of o.excludes) {
      pairs.get(o.id)!.add(other);
      pairs.get(other)?.add(o.id);
    }
  }
  const inOrder = scenario.options.map((o, slot) => ({ id: o.id, slot }));
  return scenario.options.map((o) => objectListOf(inOrder.filter((x) => pairs.get(o.id)!.has(x.id))));
}

/** Who an option is made with: its target, or the player itself for a step it takes alone. */
export function optionActor(index: ScenarioIndex, optionId: string): string {
  return index.options.get(optionId)?.target ?? index.scenario.player.id;
}

/** Ids are validated when the scenario loads; a miss here is a programming error. */
export function must<T>(value: T | undefined, what: string, id?: string): T {
  if (value === undefined) throw new Error(`unknown ${what}${id === undefined ? '' : ` ${id}`}`);
  return value;
}
