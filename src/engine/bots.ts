// Computer players for the command line, batch balancing and the score comparison of the debrief.
// A bot only chooses player events; it has its own seeded generator, apart from the game's, so
// its choices are inputs to a game exactly like a person's.
import { greedyCrisisAnswer, randomCrisisAnswer } from './crisisBots';
import { dealValue, dealValueOn } from './dealValue';
import { scoreBase } from './scoreGain';
import { availableOptions, canPropose, openOptionSlots, planningCopy, queueOnCopy } from './planning';
import { roll, seedRng, type RngState } from './rng';
import type { PendingOffer } from './offers';
import { bargainStatus, counterBackRefusal, roundTerms } from './rounds';
import { must, type ScenarioIndex } from './scenarioIndex';
import type { Decision, GameState } from './state';
import { CHANCE_CEILING, CHANCE_FLOOR, COUNTER_BAND, estimateLowPlusHigh, sumTerms } from './weigh';
import { clamp } from './intmath';
import { counterPerTurn } from './middle';

/** The quick bots, one game in about a millisecond: the bench and the checksum tests play each. */
export const BOT_NAMES = ['random', 'greedy'] as const;
/** Every player bot: the quick ones and the expert, which plans by playing the future out (expertBot.ts). */
export const PLAYER_BOTS = [...BOT_NAMES, 'expert'] as const;
export type BotName = (typeof PLAYER_BOTS)[number];

export type BotChoice =
  | { type: 'PROPOSE'; option: string }
  | { type: 'END_TURN' }
  | { type: 'TAKE_COUNTER' }
  | { type: 'DECLINE_COUNTER' }
  | { type: 'COUNTER_BACK' }
  | { type: 'ANSWER_CRISIS'; answer: string }
  | { type: 'ANSWER_OFFER'; take: boolean };

export interface Bot {
  /** Proposals for this turn, in order, ending with END_TURN. */
  plan(state: GameState, index: ScenarioIndex): BotChoice[];
  answerCounter(state: GameState, index: ScenarioIndex, decision: Decision): BotChoice;
  /** Takes or declines an actor's offer (the scenario's `offers`). */
  answerOffer(state: GameState, index: ScenarioIndex, offer: PendingOffer): BotChoice;
  /** The answer to the open crisis (see crisisBots.ts). */
  answerCrisis(state: GameState, index: ScenarioIndex): BotChoice;
}

/** The offer's cost, when the player can pay it. */
const affordableOffer = (state: GameState, index: ScenarioIndex, offer: PendingOffer) => must(index.offers.get(`${offer.actor}/${offer.offer}`), 'offer').cost <= state.capital;

/** Proposes affordable options at random until it decides to stop or runs out of capital. */
export function randomBot(seed: string): Bot {
  let rng: RngState = seedRng(`${seed}/random-bot`);
  const draw = (sides: number) => {
    const r = roll(rng, sides);
    rng = r.rng;
    return r.value;
  };
  return {
    plan(state, index) {
      const choices: BotChoice[] = [];
      // Each pick is checked against the plan so far: capital, duplicates and exclusions.
      const planned = planningCopy(state);
      for (;;) {
        const open = availableOptions(planned, index);
        if (open.length === 0 || draw(4) === 0) break; // one time in four it saves its capital
        const option = open[draw(open.length)]!;
        choices.push({ type: 'PROPOSE', option });
        queueOnCopy(planned, index, option);
      }
      choices.push({ type: 'END_TURN' });
      return choices;
    },
    answerCounter(state, index, decision) {
      // One time in three it bargains when it may; otherwise take or decline, as before.
      if (counterBackRefusal(state, index, decision) === null && draw(3) === 0) return { type: 'COUNTER_BACK' };
      const affordable = index.options.get(decision.option)!.counter!.extraCost <= state.capital;
      return affordable && draw(2) === 0 ? { type: 'TAKE_COUNTER' } : { type: 'DECLINE_COUNTER' };
    },
    answerOffer(state, index, offer) {
      return { type: 'ANSWER_OFFER', take: affordableOffer(state, index, offer) && draw(2) === 0 };
    },
    answerCrisis: (state, index) => ({ type: 'ANSWER_CRISIS', answer: randomCrisisAnswer(state, index, draw) }),
  };
}

/** An open option and its expected gain per unit of capital, in hundredths of a point. */
interface Ranked {
  id: string;
  value: number;
}

/**
 * Puts `item` after every item of `ranked` worth as much or more: the list stays best first, ties
 * in the order met, as a stable sort would leave them, without the copy a sort makes.
 */
function insertRanked(ranked: Ranked[], item: Ranked): void {
  let at = ranked.length;
  ranked.push(item);
  for (; at > 0 && ranked[at - 1]!.value < item.value; at--) ranked[at] = ranked[at - 1]!;
  ranked[at] = item;
}

/** Proposes the options with the best expected gain in score per unit of capital. */
export function greedyBot(): Bot {
  return {
    plan(state, index) {
      const turnsLeft = index.scenario.calendar.turns - state.turn;
      const ranked: Ranked[] = [];
      const base = scoreBase(state, index); // every option weighed on this state
      for (const slot of openOptionSlots(state, index)) {
        const option = index.optionDeals[slot]!;
        const carried = Math.min(option.duration, Math.max(0, turnsLeft - option.delay));
        const gain = dealValueOn(base, index, option.effects, option.perTurn, carried);
        // Without a gain no chance makes the value positive: the chance is weighed only for the rest.
        if (gain <= 0) continue;
        // Expected gain in hundredths of a point (the middle of the estimated chance), per unit of capital (at least one).
        const value = Math.trunc((gain * estimateLowPlusHigh(state, option.weighing)) / 2 / Math.max(1, option.cost));
        if (value > 0) insertRanked(ranked, { id: option.id, value });
      }
      const choices: BotChoice[] = [];
      const planned = planningCopy(state);
      for (const o of ranked) {
        if (!canPropose(planned, index, o.id)) continue; // unaffordable or excluded now
        choices.push({ type: 'PROPOSE', option: o.id });
        queueOnCopy(planned, index, o.id);
      }
      choices.push({ type: 'END_TURN' });
      return choices;
    },
    answerCounter(state, index, decision) {
      const option = must(index.options.get(decision.option), 'option');
      const counter = option.counter!;
      const turnsLeft = index.scenario.calendar.turns - state.turn;
      const carried = Math.min(option.duration, Math.max(0, turnsLeft - option.delay));
      const gain = dealValue(state, index, counter.effects, counterPerTurn(option), carried);
      const take = gain > 0 && counter.extraCost <= state.capital;
      if (counterBackRefusal(state, index, decision) === null) {
        // Bargain when the middle's expected value beats what is on the table: accepted, the
        // middle; held, the counter-offer again (worth taking or not); walked away, nothing.
        const { effects, perTurn } = index.middles.get(option.id)!;
        const middle = dealValue(state, index, effects, perTurn, carried);
        const round = bargainStatus(state, index, decision).used + 1;
        const chance = clamp(sumTerms(roundTerms(index, decision, round)), CHANCE_FLOOR, CHANCE_CEILING);
        const hold = Math.min(100, chance + COUNTER_BAND) - chance;
        const onTable = take ? gain : 0;
        if (chance * middle + hold * onTable > 100 * onTable) return { type: 'COUNTER_BACK' };
      }
      return take ? { type: 'TAKE_COUNTER' } : { type: 'DECLINE_COUNTER' };
    },
    // Takes an offer whose effects raise the score more than declining it would.
    answerOffer(state, index, pending) {
      const offer = must(index.offers.get(`${pending.actor}/${pending.offer}`), 'offer');
      const take = affordableOffer(state, index, pending) && dealValue(state, index, offer.effects, [], 0) > dealValue(state, index, offer.onDecline, [], 0);
      return { type: 'ANSWER_OFFER', take };
    },
    answerCrisis: (state, index) => ({ type: 'ANSWER_CRISIS', answer: greedyCrisisAnswer(state, index) }),
  };
}
