// The expert plans by playthroughs over dice of its own: the game's generator, which decides the
// game's future rolls, must change none of its choices.
import { describe, expect, it } from 'vitest';
import { clearlyBetter, pairedChoice } from '../../src/engine/pairedChoice';
import { expertCandidates, trimmedPlans } from '../../src/engine/expertCandidates';
import { candidatesAt } from '../../src/engine/lookahead';
import { availableOptions, proposalRefusal, propose } from '../../src/engine/planning';
import { greedyFill } from '../../src/engine/playthrough';
import { createBot, expertPlan, finishTurn, newGame, openTurn, playOn, type GameState } from '../../src/engine';
import { seedRng } from '../../src/engine/rng';
import { playWithBot } from '../../src/app/playBot';
import { scenarioIndex } from '../scenarios/claimHelpers';
import { fixtureIndex } from './fixture';

/** The same position, with the game's dice replaced: every roll from here on comes out otherwise. */
const otherDice = (state: GameState): GameState => ({ ...state, rng: seedRng(`${state.seed}/other dice`) });

describe('the expert', () => {
  it('makes the same plan at every turn of a game whatever the game\'s dice, which do change the game', () => {
    const index = fixtureIndex();
    const expert = createBot('expert', 'x');
    let s = openTurn(newGame(index, 'expert-1'), index, expert);
    let turns = 0;
    let gamesDiffer = false;
    while (!s.ending) {
      const plan = expertPlan(s, index);
      expect(expertPlan(otherDice(s), index)).toEqual(plan);
      const next = finishTurn(s, index, expert, plan);
      // The check is worth something only if the game's dice change the game itself.
      if (JSON.stringify(finishTurn(otherDice(s), index, expert, plan).tracks) !== JSON.stringify(next.tracks)) gamesDiffer = true;
      s = next.ending ? next : openTurn(next, index, expert);
      turns++;
    }
    expect(turns).toBe(index.scenario.calendar.turns);
    expect(gamesDiffer).toBe(true);
  });

  it('plans the same on a shipped scenario whatever the game\'s dice, and not always as the greedy bot', async () => {
    const index = await scenarioIndex('other-asia-2019.yaml');
    const greedy = createBot('greedy', 'g');
    let s = openTurn(newGame(index, 'expert-2'), index, greedy);
    let differs = false;
    for (let turn = 1; turn <= 3; turn++) {
      const plan = expertPlan(s, index, 4);
      expect(expertPlan(otherDice(s), index, 4)).toEqual(plan);
      const greedyPlan = greedy.plan(s, index).flatMap((c) => (c.type === 'PROPOSE' ? [c.option] : []));
      if (JSON.stringify(plan) !== JSON.stringify(greedyPlan)) differs = true;
      s = openTurn(finishTurn(s, index, greedy, greedyPlan), index, greedy);
    }
    expect(differs).toBe(true);
  });

  it('plays a whole game through the statechart (play, batch) as by engine calls, with legal moves only', () => {
    const index = fixtureIndex();
    const expert = createBot('expert', 'x');
    const end = playOn(openTurn(newGame(index, 'expert-3'), index, expert), index, expert);
    expect(end.ending).not.toBeNull();
    expect(playWithBot(index, 'expert-3', 'expert').game().history).toEqual(end.history);
  });
});

describe('pairedChoice (the expert\'s choice over common dice)', () => {
  // Outcomes by playthrough: the default 100 each time; challengers around it.
  const outcomes: Record<string, (i: number) => number> = {
    default: () => 100,
    lucky: (i) => (i === 0 ? 700 : 99), // a higher mean from one playthrough's luck
    steadyLoss: () => 95,
    steadyGain: (i) => 103 + (i % 3),
    biggerGain: (i) => 110 + (i % 2),
  };
  const choose = (names: string[]) => pairedChoice(names, (name, i) => outcomes[name]!(i), 32);
  it('keeps the default unless a challenger is clearly better, and then takes the largest clear gain', () => {
    expect(choose(['default', 'lucky', 'steadyLoss'])).toBe('default');
    expect(choose(['default', 'lucky', 'steadyGain', 'steadyLoss'])).toBe('steadyGain');
    expect(choose(['default', 'steadyGain', 'biggerGain', 'lucky'])).toBe('biggerGain');
    expect(choose(['default'])).toBe('default');
  });
});

describe('clearlyBetter (the expert leaves the greedy plan only for a clear gain)', () => {
  const sums = (d: number[]) => [d.reduce((a, x) => a + x, 0), d.reduce((a, x) => a + x * x, 0), d.length] as const;
  it('switches on a steady gain, not on none, not on a gain that luck explains', () => {
    expect(clearlyBetter(...sums(Array(16).fill(5)))).toBe(true);
    expect(clearlyBetter(...sums(Array(16).fill(0)))).toBe(false);
    expect(clearlyBetter(...sums([...Array(8).fill(30), ...Array(8).fill(-10)]))).toBe(true);
    expect(clearlyBetter(...sums([...Array(8).fill(30), ...Array(8).fill(-28)]))).toBe(false);
    expect(clearlyBetter(...sums([200, ...Array(15).fill(0)]))).toBe(false);
    // A steady loss is no gain, however sure.
    expect(clearlyBetter(...sums(Array(16).fill(-5)))).toBe(false);
    expect(clearlyBetter(...sums([...Array(8).fill(-30), ...Array(8).fill(-29)]))).toBe(false);
  });
});

describe('the expert\'s candidate plans', () => {
  it('leave out one option of the greedy plan, or cut it short', () => {
    expect(trimmedPlans(['a', 'b', 'c'])).toEqual([['b', 'c'], ['a', 'c'], ['a', 'b'], ['a'], ['a', 'b']]);
    expect(trimmedPlans([])).toEqual([]);
  });

  it('are each legal, each once, and never the greedy plan itself', async () => {
    const index = await scenarioIndex('mother-russia-2016.yaml');
    const greedy = createBot('greedy', 'g');
    const s = openTurn(newGame(index, 'candidates'), index, greedy);
    const reference = greedyFill(s, index);
    expect(reference.length).toBeGreaterThan(1);
    const plans = expertCandidates(s, index, reference).map((c) => c.plan);
    const keys = plans.map((p) => p.join(','));
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).not.toContain(reference.join(','));
    expect(plans).toContainEqual(reference.slice(1));
    expect(plans).toContainEqual([]);
    for (const plan of plans) {
      let planned = s;
      for (const option of plan) {
        expect(proposalRefusal(planned, index, option)).toBeNull();
        planned = propose(planned, index, option);
      }
    }
  });

  it('propose each open option first, then what the greedy bot would add after it (the advisor\'s choices too)', async () => {
    const index = await scenarioIndex('mother-russia-2016.yaml');
    const s = openTurn(newGame(index, 'candidates'), index, createBot('greedy', 'g'));
    const firsts = candidatesAt(s, index);
    expect(firsts[0]).toEqual({ first: null, plan: [] });
    expect(firsts.slice(1).map((c) => c.first)).toEqual(availableOptions(s, index));
    for (const c of firsts.slice(1)) expect(c.plan).toEqual([c.first, ...greedyFill(propose(s, index, c.first!), index)]);
    // The fill is there to be kept: most first options leave room for more.
    expect(firsts.filter((c) => c.plan.length > 1).length).toBeGreaterThan(firsts.length / 2);
  });
});
