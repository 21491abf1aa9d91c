// The player's counter to a counter-offer: "the middle" between the option as proposed and the
// target's counter-offer, computed from the two so that a scenario only says how many rounds.
import type { Effect, ScenarioOption } from '../scenario/schema';
import { div } from './intmath';

type Counter = NonNullable<ScenarioOption['counter']>;

/** The key of an effect that adds to a number, or null for every other effect. */
function numberKey(e: Effect): string | null {
  if ('track' in e) return e.set === undefined ? `track:${e.track}` : null;
  if ('actor' in e) return e.set === undefined ? `actor:${e.actor}.${e.attr}` : null;
  if ('capital' in e) return 'capital';
  return null;
}

function addOf(e: Effect): number {
  return 'capital' in e ? e.capital : 'add' in e ? (e.add ?? 0) : 0;
}

function withAdd(e: Effect, add: number): Effect {
  return 'capital' in e ? { capital: add } : { ...e, add } as Effect;
}

/**
 * Halfway between two lists of effects: every number both (or either) lists add to gets the half
 * of the two additions together, rounded towards zero (a missing one counts 0); every other
 * effect (flags, options, `set`, disrupt) is the counter-offer's, since those are its terms.
 * The counter-offer's order first, then the numbers only the proposal moved.
 */
export function middleEffects(proposal: readonly Effect[], counter: readonly Effect[]): Effect[] {
  const totals = new Map<string, { first: Effect; proposal: number; counter: number }>();
  const order: string[] = [];
  const add = (e: Effect, side: 'proposal' | 'counter') => {
    const key = numberKey(e)!;
    let slot = totals.get(key);
    if (!slot) {
      slot = { first: e, proposal: 0, counter: 0 };
      totals.set(key, slot);
      order.push(key);
    }
    slot[side] += addOf(e);
  };
  const out: (Effect | string)[] = [];
  for (const e of counter) {
    const key = numberKey(e);
    if (key === null) out.push(e);
    else {
      if (!totals.has(key)) out.push(key);
      add(e, 'counter');
    }
  }
  for (const e of proposal) {
    const key = numberKey(e);
    if (key === null) continue;
    if (!totals.has(key)) out.push(key);
    add(e, 'proposal');
  }
  const result: Effect[] = [];
  for (const item of out) {
    if (typeof item !== 'string') {
      result.push(item);
      continue;
    }
    const slot = totals.get(item)!;
    const half = div(slot.proposal + slot.counter, 2);
    if (half !== 0) result.push(withAdd(slot.first, half));
  }
  return result;
}

/** What taking the middle costs on top of the proposal: half the counter-offer's extra cost, rounded down. */
export function middleCost(counter: Counter): number {
  return div(counter.extraCost, 2);
}

/** The middle's effects when the deal is made. */
export function middleDealEffects(option: ScenarioOption): Effect[] {
  return middleEffects(option.effects, option.counter!.effects);
}

/** The counter-offer's per-turn effects: its own, or, when it has none, the option's (they go on under its terms). */
export function counterPerTurn(option: ScenarioOption): Effect[] {
  return option.counter?.perTurn ?? option.perTurn;
}

/** The middle's per-turn effects, between the option's and the counter-offer's (counterPerTurn). */
export function middlePerTurn(option: ScenarioOption): Effect[] {
  return middleEffects(option.perTurn, counterPerTurn(option));
}
