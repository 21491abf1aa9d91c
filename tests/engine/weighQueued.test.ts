// weighQueued weighs a turn's queued proposals on one copy of the state rather than three copies a
// proposal: it must leave exactly the state that weighing them one by one leaves (weighProposal,
// then settleNegotiation for an acceptance or a refusal), stop at the same counter-offer, and stop
// before the first proposal whose target `weighs` refuses. Checked at every planning of greedy and
// random games of the shipped scenarios, with the bot's plan queued.
import { describe, expect, it } from 'vitest';
import { createBot, newGame, settleNegotiation, weighProposal, weighQueued, type Decision, type GameState, type ScenarioIndex } from '../../src/engine';
import { finishTurn, openTurn, plannedOptions } from '../../src/engine/playout';
import { queuePlan } from '../../src/engine/planning';
import { scenarioIndex, shippedScenarioFiles } from '../scenarios/claimHelpers';

const shipped = shippedScenarioFiles();

/** Weighing one proposal at a time, each on a copy of its own: what the rules did before weighQueued. */
function oneByOne(state: GameState, index: ScenarioIndex, weighs: (target: string | undefined) => boolean): { state: GameState; counter: Decision | null } {
  let s = state;
  for (let p = s.proposals[s.outcomes.length]; p !== undefined && weighs(index.options.get(p.option)!.target); p = s.proposals[s.outcomes.length]) {
    const weighed = weighProposal(s, index, p.option);
    if (weighed.decision.outcome === 'counter') return { state: weighed.state, counter: weighed.decision };
    s = settleNegotiation(weighed.state, index, weighed.decision, false);
  }
  return { state: s, counter: null };
}

/** Each turn of a bot's game with the bot's plan queued, before anything is weighed. */
function queuedTurns(index: ScenarioIndex, seed: string, botName: 'random' | 'greedy'): GameState[] {
  const bot = createBot(botName, seed);
  const queued: GameState[] = [];
  let s = openTurn(newGame(index, seed), index, bot);
  while (!s.ending) {
    const plan = plannedOptions(bot, s, index);
    const planned = queuePlan(s, index, plan);
    if (planned.state === null) throw new Error(planned.refusal);
    queued.push(planned.state);
    s = finishTurn(s, index, bot, plan);
    if (!s.ending) s = openTurn(s, index, bot);
  }
  return queued;
}

describe.each(shipped)('weighQueued on %s', (file) => {
  it('leaves the state that weighing one proposal at a time leaves, and stops where it stops', async () => {
    const index = await scenarioIndex(file);
    const everyone = () => true;
    let weighed = 0;
    let counters = 0;
    let heldBack = 0;
    for (const [seed, bot] of [['queued-1', 'greedy'], ['queued-2', 'random'], ['queued-3', 'random'], ['queued-4', 'greedy']] as const) {
      for (const state of queuedTurns(index, seed, bot)) {
        const before = JSON.stringify(state);
        const all = weighQueued(state, index, everyone);
        expect(all).toEqual(oneByOne(state, index, everyone));
        weighed += all.state.outcomes.length - state.outcomes.length;
        // And by the rules' own counts, read apart from the code both share: each weighed proposal a
        // try and a decision in the log, each one settled an outcome, each acceptance a deal.
        const decided = all.state.turnLog.slice(state.turnLog.length).flatMap((e) => (e.kind === 'decision' ? [e.decision] : []));
        expect(decided.map((d) => d.option)).toEqual(all.state.proposals.slice(state.outcomes.length, state.outcomes.length + decided.length).map((p) => p.option));
        const settled = all.state.outcomes.slice(state.outcomes.length);
        expect(settled.map((o) => o.result)).toEqual(decided.slice(0, settled.length).map((d) => (d.outcome === 'accept' ? 'accepted' : 'rejected')));
        for (const [option, slot] of index.slots.options) {
          expect(all.state.optionTries[slot]! - state.optionTries[slot]!).toBe(decided.filter((d) => d.option === option).length);
          expect(all.state.optionTimes[slot]! - state.optionTimes[slot]!).toBe(settled.filter((o) => o.option === option && o.result === 'accepted').length);
        }
        if (all.counter) counters++;
        // A seat that must be asked: the rules stop before the first proposal aimed at the last proposal's target.
        const last = index.options.get(state.proposals.at(-1)?.option ?? '')?.target;
        if (last !== undefined) {
          const notLast = (target: string | undefined) => target !== last;
          const until = weighQueued(state, index, notLast);
          expect(until).toEqual(oneByOne(state, index, notLast));
          if (until.state.outcomes.length < all.state.outcomes.length && until.counter === null) heldBack++;
        }
        expect(JSON.stringify(state)).toBe(before);
      }
    }
    expect(weighed).toBeGreaterThan(10);
    if (file !== 'tutorial.yaml') expect(counters + heldBack).toBeGreaterThan(0);
  });
});
