// The label-free shortcuts the bots and playthroughs use must give exactly what the labelled
// weighing gives (the figures a player reads in "why?"): proposalScore against proposalTerms,
// estimateLowPlusHigh against estimateChance's range, and dealValue and the greedy bot's
// dealValueOn (worked out on the score's numbers alone, or on a small scratch copy when a list
// breaks off an agreement) against applying the same effects to a whole draft, and a playthrough's
// ending (endWithScore) against the game's (finishGame). Checked at every planning of greedy and
// random games of each shipped scenario, for every option, every ending and every other list of
// effects in the file (events, moves, offers, crises).
import { describe, expect, it } from 'vitest';
import { createBot, newGame, type GameState, type ScenarioIndex } from '../../src/engine';
import { dealValue, dealValueOn, scoreValue } from '../../src/engine/dealValue';
import { scoreBase, scoreGain } from '../../src/engine/scoreGain';
import type { Effect } from '../../src/scenario/schema';
import { draft } from '../../src/engine/draft';
import { applyEffects } from '../../src/engine/effects';
import { finishTurn, openTurn, plannedOptions } from '../../src/engine/playout';
import { estimateChance, estimateLowPlusHigh, proposalScore, proposalTerms, sumTerms } from '../../src/engine/weigh';
import { endWithScore, finishGame } from '../../src/engine/endings';
import { scenarioIndex, shippedScenarioFiles } from '../scenarios/claimHelpers';

const shipped = shippedScenarioFiles();

/** The planning state of every turn of a bot's game. */
function planningStates(index: ScenarioIndex, seed: string, botName: 'random' | 'greedy'): GameState[] {
  const bot = createBot(botName, seed);
  const states: GameState[] = [];
  let s = openTurn(newGame(index, seed), index, bot);
  while (!s.ending) {
    states.push(s);
    s = finishTurn(s, index, bot, plannedOptions(bot, s, index));
    if (!s.ending) s = openTurn(s, index, bot);
  }
  return states;
}

/** dealValue worked out the long way: the effects on a whole draft of the state. */
function wholeDealValue(state: GameState, index: ScenarioIndex, effects: Parameters<typeof dealValue>[2], perTurn: Parameters<typeof dealValue>[3], turns: number) {
  const whole = draft(state);
  applyEffects(whole, index, effects);
  for (let i = 0; i < turns; i++) applyEffects(whole, index, perTurn);
  return scoreValue(whole, index) - scoreValue(state, index);
}

const EFFECT_KEYS = ['track', 'actor', 'capital', 'flag', 'option', 'disrupt'];
const isEffect = (item: unknown) => typeof item === 'object' && item !== null && EFFECT_KEYS.some((key) => key in item);

/** Every non-empty list of effects anywhere in the scenario (options, events, moves, offers, crises…). */
function everyEffectList(value: unknown, lists: Effect[][] = []): Effect[][] {
  if (Array.isArray(value)) {
    if (value.length > 0 && value.every(isEffect)) lists.push(value as Effect[]);
    else for (const item of value) everyEffectList(item, lists);
  } else if (typeof value === 'object' && value !== null) for (const item of Object.values(value)) everyEffectList(item, lists);
  return lists;
}

describe.each(shipped)('the quiet weighing of %s', (file) => {
  it('gives the labelled weighing\'s figures at every planning of bot games', async () => {
    const index = await scenarioIndex(file);
    let compared = 0;
    for (const [seed, bot] of [['quiet-1', 'greedy'], ['quiet-2', 'random'], ['quiet-3', 'random']] as const) {
      for (const state of planningStates(index, seed, bot)) {
        const before = JSON.stringify(state);
        const base = scoreBase(state, index); // one base for every option, as the greedy bot weighs them
        for (const option of index.scenario.options) {
          expect(proposalScore(state, index, option.id)).toBe(option.target === undefined ? 0 : sumTerms(proposalTerms(state, index, option.id)));
          const { low, high } = estimateChance(state, index, option.id);
          expect(estimateLowPlusHigh(state, index.optionDeals[index.slots.options.get(option.id)!]!.weighing)).toBe(low + high);
          for (const turns of [0, 1, 5]) {
            const whole = wholeDealValue(state, index, option.effects, option.perTurn, turns);
            expect(dealValue(state, index, option.effects, option.perTurn, turns)).toBe(whole);
            expect(dealValueOn(base, index, option.effects, option.perTurn, turns)).toBe(whole);
          }
          if (option.counter) expect(dealValue(state, index, option.counter.effects, option.onReject, 2)).toBe(wholeDealValue(state, index, option.counter.effects, option.onReject, 2));
          compared++;
        }
        expect(JSON.stringify(state)).toBe(before);
      }
    }
    expect(compared).toBeGreaterThan(50);
  });

  it("ends a playthrough with the game's ending and score, whichever ending, at every planning", async () => {
    const index = await scenarioIndex(file);
    const scores = new Set<number>();
    for (const state of [...planningStates(index, 'quiet-5', 'greedy'), ...planningStates(index, 'quiet-6', 'random')]) {
      for (const ending of index.scenario.endings) {
        const kept = finishGame(state, index, ending).ending!;
        expect(endWithScore(state, index, ending).ending).toEqual(kept);
        scores.add(kept.score);
      }
    }
    expect(scores.size).toBeGreaterThan(10);
  });

  it('gives the whole draft\'s change in score for every list of effects in the file, on the numbers alone unless it breaks off an agreement', async () => {
    const index = await scenarioIndex(file);
    const lists = everyEffectList(index.scenario);
    let onNumbers = 0;
    for (const state of planningStates(index, 'quiet-4', 'greedy')) {
      for (const effects of lists) {
        const applied = [{ effects, times: 1 }, { effects, times: 2 }];
        const gain = scoreGain(state, index, applied);
        expect(gain === null).toBe(effects.some((e) => 'disrupt' in e));
        if (gain !== null) onNumbers++;
        expect(dealValue(state, index, effects, effects, 2)).toBe(wholeDealValue(state, index, effects, effects, 2));
      }
    }
    expect(onNumbers).toBeGreaterThan(50);
  });
});

