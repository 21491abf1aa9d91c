// What lists of effects would add to the score, computed on the few numbers the score reads: the
// scored tracks, and the actors' numbers that a scored derived track is made of. The bots ask this
// for every open option, counter-offer, offer and crisis answer, and the advisor's playthroughs
// thousands of times a second, so each list is turned once into steps on numbered slots
// (compiled from the scenario's data, never from text). Effects that cannot move the score (flags,
// options, capital, other numbers) are left out; a list that breaks off an agreement (whose
// onDisrupt depends on the agreements of the moment) is weighed on a scratch copy instead
// (dealValue.ts). tests/engine/quietWeighing.test.ts holds both to applying the effects to a whole draft.
import type { ActorAttribute, Effect, Scenario } from '../scenario/schema';
import { derivedValue, type DerivedTrack } from './derive';
import { effectSteps } from './effectSteps';
import { nextValue } from './effects';
import { clamp } from './intmath';
import type { ScenarioIndex } from './scenarioIndex';
import type { GameState } from './state';

/** One effect on a slot: a scored track's value, or an actor's number (`actor` true). */
interface Step {
  actor: boolean;
  slot: number;
  set: number | undefined;
  add: number;
  min: number;
  max: number;
}

/** Where the score's numbers sit: the scored tracks, then the actors' numbers that scored derived tracks read. */
interface ScoreSlots {
  /** Each scored track with its place in a state's `tracks` (`at`). */
  tracks: { at: number; weight: number }[];
  trackSlot: Map<string, number>;
  /** Each scored derived track, with the slots of its counted actors' numbers, in order. */
  derived: { track: DerivedTrack; weight: number; at: number[] }[];
  /** Each actor's number a scored derived track reads, with the actor's place in a state's `actors` (`at`). */
  numbers: { at: number; attr: ActorAttribute }[];
  numberSlot: Map<string, number>;
  /**
   * The values scoreGain works on, one array of each kind per scenario, reused by every call: a
   * gain is asked for thousands of times a turn, and scoreGain calls nothing that could call it
   * again, so no two calls ever share them. Scratch only: each call fills them before reading.
   */
  trackValues: number[];
  numberValues: number[];
  /** Of the gain worked out on them: whether the actors' numbers were copied in yet, and whether one moved. */
  numbersCopied: boolean;
  numberMoved: boolean;
  /** The base of a single gain (scoreGain), refilled by every call. */
  scratchBase: ScoreBase;
}

/**
 * The score's numbers of one state, read once for every gain weighed on it: the greedy bot weighs
 * each open option on the same state, and reading the numbers from the state's keyed tracks and
 * actors cost a third of a gain. Read by scoreBase, never changed by a gain.
 */
export interface ScoreBase {
  state: GameState;
  /** The scenario's slots (scoreSlots), kept with the base rather than looked up at each gain. */
  readonly slots: ScoreSlots;
  /** The scored tracks' values, by slot. */
  readonly tracks: number[];
  /** The actors' numbers the scored derived tracks read, by slot, and those tracks' values: read at the first gain that moves an actor. */
  readonly numbers: number[];
  readonly derived: number[];
  numbersRead: boolean;
}

/** A list of effects and how many times over it is applied. */
export interface Applied {
  effects: readonly Effect[];
  times: number;
}

const slotsOf = new WeakMap<Scenario, ScoreSlots>();
const stepsOf = new WeakMap<readonly Effect[], Step[] | null>();

const numberKey = (actor: string, attr: ActorAttribute) => `${actor}/${attr}`;

function scoreSlots(index: ScenarioIndex): ScoreSlots {
  const known = slotsOf.get(index.scenario);
  if (known) return known;
  const slots: ScoreSlots = { tracks: [], trackSlot: new Map(), derived: [], numbers: [], numberSlot: new Map(), trackValues: [], numberValues: [], numbersCopied: false, numberMoved: false, scratchBase: null! };
  slots.scratchBase = emptyBase(null, slots);
  for (const { track: id, weight } of index.scenario.score) {
    const derived = index.derived.find((d) => d.track.id === id);
    if (derived) {
      const at = derived.counted.map((actor) => {
        const key = numberKey(actor, derived.attr);
        if (!slots.numberSlot.has(key)) slots.numberSlot.set(key, slots.numbers.push({ at: index.actorSlots.get(actor)!, attr: derived.attr }) - 1);
        return slots.numberSlot.get(key)!;
      });
      slots.derived.push({ track: derived, weight, at });
    } else {
      const slot = slots.trackSlot.get(id);
      if (slot === undefined) slots.trackSlot.set(id, slots.tracks.push({ at: index.trackSlots.get(id)!, weight }) - 1);
      else slots.tracks[slot]!.weight += weight; // a track scored twice counts with both weights
    }
  }
  slots.trackValues = slots.tracks.map(() => 0);
  slots.numberValues = slots.numbers.map(() => 0);
  slotsOf.set(index.scenario, slots);
  return slots;
}

/** The list's effect steps (effectSteps.ts) that reach a slot, with the slot. */
function compile(slots: ScoreSlots, index: ScenarioIndex, effects: readonly Effect[]): Step[] | null {
  const steps: Step[] = [];
  for (const s of effectSteps(index, effects)) {
    if (s.kind === 'disrupt') return null;
    const slot = s.kind === 'track' ? slots.trackSlot.get(s.id) : s.kind === 'actor' ? slots.numberSlot.get(numberKey(s.id, s.attr)) : undefined;
    if (slot !== undefined) steps.push({ actor: s.kind === 'actor', slot, set: s.set, add: s.add, min: s.min, max: s.max });
  }
  return steps;
}

function stepsFor(slots: ScoreSlots, index: ScenarioIndex, effects: readonly Effect[]): Step[] | null {
  let steps = stepsOf.get(effects);
  if (steps === undefined) stepsOf.set(effects, (steps = compile(slots, index, effects)));
  return steps;
}

/** A base not yet read; the scratch base's state (null) is set by each scoreGain before it is read. */
function emptyBase(state: GameState | null, slots: ScoreSlots): ScoreBase {
  return { state: state!, slots, tracks: [], numbers: [], derived: [], numbersRead: false };
}

function readTracks(base: ScoreBase, slots: ScoreSlots): ScoreBase {
  const { tracks } = slots;
  for (let i = 0; i < tracks.length; i++) base.tracks[i] = base.state.tracks[tracks[i]!.at]!;
  base.numbersRead = false;
  return base;
}

function readNumbers(base: ScoreBase, slots: ScoreSlots): void {
  const { numbers, derived } = slots;
  const { state } = base;
  for (let i = 0; i < numbers.length; i++) base.numbers[i] = state.actors[numbers[i]!.at]![numbers[i]!.attr];
  for (let i = 0; i < derived.length; i++) base.derived[i] = state.tracks[derived[i]!.track.slot]!;
  base.numbersRead = true;
}

/** The score's numbers of `state`, for many gains on it (dealGainOn). */
export function scoreBase(state: GameState, index: ScenarioIndex): ScoreBase {
  const slots = scoreSlots(index);
  return readTracks(emptyBase(state, slots), slots);
}

/**
 * The change in score from applying each list its number of times, in order; null when a list
 * breaks off an agreement (the caller weighs it on a scratch copy).
 */
export function scoreGain(state: GameState, index: ScenarioIndex, applied: readonly Applied[]): number | null {
  const slots = scoreSlots(index);
  slots.scratchBase.state = state;
  return gainOn(readTracks(slots.scratchBase, slots), index, applied);
}

/** scoreGain on the state of `base`. */
function gainOn(base: ScoreBase, index: ScenarioIndex, applied: readonly Applied[]): number | null {
  const slots = startGain(base);
  for (const { effects, times } of applied) if (!addGain(slots, base, index, effects, times)) return null;
  return gainMade(slots, base);
}

/**
 * gainOn of a deal: its effects once, then its per-turn effects `turns` times, without a list of
 * the two made for it (the greedy bot asks this of every open option, every turn).
 */
export function dealGainOn(base: ScoreBase, index: ScenarioIndex, effects: readonly Effect[], perTurn: readonly Effect[], turns: number): number | null {
  const slots = startGain(base);
  if (!addGain(slots, base, index, effects, 1) || !addGain(slots, base, index, perTurn, turns)) return null;
  return gainMade(slots, base);
}

/** The scratch values set to the base's, for a gain to be worked out on them. */
function startGain(base: ScoreBase): ScoreSlots {
  const { slots } = base;
  const { tracks, trackValues } = slots;
  for (let i = 0; i < tracks.length; i++) trackValues[i] = base.tracks[i]!;
  slots.numbersCopied = false;
  slots.numberMoved = false;
  return slots;
}

/**
 * Applies a list `times` over to the scratch values; false when it breaks off an agreement (the
 * caller weighs it on a scratch copy). Left half-applied then on the scratch arrays, which the
 * next gain fills afresh.
 */
function addGain(slots: ScoreSlots, base: ScoreBase, index: ScenarioIndex, effects: readonly Effect[], times: number): boolean {
  if (effects.length === 0) return true;
  const steps = stepsFor(slots, index, effects);
  if (steps === null) return false;
  const { numbers, trackValues, numberValues } = slots;
  for (let time = 0; time < times; time++) {
    for (const step of steps) {
      if (!step.actor) {
        trackValues[step.slot] = clamp(nextValue(trackValues[step.slot]!, step), step.min, step.max);
        continue;
      }
      if (!slots.numbersCopied) {
        if (!base.numbersRead) readNumbers(base, slots);
        for (let i = 0; i < numbers.length; i++) numberValues[i] = base.numbers[i]!;
        slots.numbersCopied = true;
      }
      const after = clamp(nextValue(numberValues[step.slot]!, step), step.min, step.max);
      if (after !== numberValues[step.slot]) slots.numberMoved = true;
      numberValues[step.slot] = after;
    }
  }
  return true;
}

/** The change in score the scratch values make against the base's. */
function gainMade(slots: ScoreSlots, base: ScoreBase): number {
  const { tracks, trackValues, numberValues } = slots;
  let gain = 0;
  for (let i = 0; i < tracks.length; i++) gain += tracks[i]!.weight * (trackValues[i]! - base.tracks[i]!);
  // A derived track is kept up to date with the actors after every change, so only the ones read here can move.
  if (slots.numberMoved) {
    const { derived } = slots;
    for (let i = 0; i < derived.length; i++) gain += derived[i]!.weight * (derivedValue(derived[i]!.track, numberValues, derived[i]!.at) - base.derived[i]!);
  }
  return gain;
}
