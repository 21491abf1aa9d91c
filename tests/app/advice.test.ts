// The advisor's playthroughs: the same advisor seed gives the same advice, every open choice is
// advised, the figures add up, and the game's own dice are never read.
import { describe, expect, it } from 'vitest';
import { advise, bestAndNext, nearestRank, sameDice, sameDiceVerdict, type ChoiceAdvice } from '../../src/app/advice';
import { adviceWorker, choiceGatherer, partsOf, type AdvicePart, type FromAdviceWorker } from '../../src/app/adviceWorker';
import { availableOptions, createBot, finishTurn, newGame, openTurn, playOn, propose, type GameState } from '../../src/engine';
import { playThrough } from '../../src/engine/playthrough';
import { seedRng } from '../../src/engine/rng';
import { fixtureIndex } from '../engine/fixture';
import { scenarioIndex } from '../scenarios/claimHelpers';

const index = fixtureIndex();
const greedy = createBot('greedy', 'g');
/** Turn 2's planning of a fixture game, one proposal already queued. */
const position = ((): GameState => {
  const first = openTurn(newGame(index, 'advice-1'), index, greedy);
  const second = openTurn(finishTurn(first, index, greedy, []), index, greedy);
  return propose(second, index, availableOptions(second, index)[0]!);
})();

describe('advise', () => {
  const advice = advise(position, index, 60, 'seed-a');

  it('advises ending the turn now, then every option still open, with the playthroughs counted', () => {
    expect(advice.turn).toBe(2);
    expect(advice.options.map((o) => o.option)).toEqual([null, ...availableOptions(position, index)]);
    for (const o of advice.options) {
      expect(o.rollouts).toBe(60);
      expect(o.endings.map((e) => e.id)).toEqual(index.scenario.endings.map((e) => e.id));
      expect(o.endings.reduce((sum, e) => sum + e.count, 0)).toBe(60);
      expect(o.low).toBeLessThanOrEqual(o.median);
      expect(o.median).toBeLessThanOrEqual(o.high);
      expect(o.plan[0] ?? null).toBe(o.option);
      // Every playthrough's score, in playthrough order: playthrough i on the dice `${seed}/${i}`.
      expect(o.scores).toHaveLength(60);
      expect(nearestRank([...o.scores].sort((a, b) => a - b), 50)).toBe(o.median);
    }
    const [, second] = advice.options;
    for (const i of [0, 17, 59]) expect(second!.scores[i]).toBe(playThrough(position, index, second!.plan, `seed-a/${i}`).score);
    // The second choice's endings and band, from its 60 playthroughs played here.
    const played = Array.from({ length: 60 }, (_, i) => playThrough(position, index, second!.plan, `seed-a/${i}`));
    expect(second!.endings).toEqual(index.scenario.endings.map((e) => ({ id: e.id, count: played.filter((r) => r.id === e.id).length })));
    expect(second!.endings.filter((e) => e.count > 0).length).toBeGreaterThan(1);
    const sorted = played.map((r) => r.score).sort((a, b) => a - b);
    expect([second!.low, second!.median, second!.high]).toEqual([sorted[5], sorted[29], sorted[53]]); // ranks 6, 30 and 54 of 60
    expect(sorted[0]).toBeLessThan(second!.low);
    expect(sorted[59]).toBeGreaterThan(second!.high);
  });

  it('is the same for the same advisor seed, other for another, and the same whatever the game\'s dice', () => {
    expect(advise(position, index, 60, 'seed-a')).toEqual(advice);
    expect(advise({ ...position, rng: seedRng('other game dice') }, index, 60, 'seed-a')).toEqual(advice);
    expect(JSON.stringify(advise(position, index, 60, 'seed-b').options)).not.toBe(JSON.stringify(advice.options));
  });

  it('comes out the same when worker threads play the choices in parts of any size, in any order', () => {
    // The page's parts (25, 25 and 10 of 60 playthroughs) and the command line's (whole choices).
    // Reversed, in order, and interleaved: each choice's first parts, then each choice's next.
    const orders = [(parts: AdvicePart[]) => parts.reverse(), (parts: AdvicePart[]) => parts, (parts: AdvicePart[]) => parts.sort((a, b) => a.from - b.from || a.choice - b.choice)];
    for (const size of [25, 60]) {
      for (const order of orders) {
        const sent: FromAdviceWorker[] = [];
        const handle = adviceWorker((m) => sent.push(m));
        // Sent as a worker is: a structured clone of the message (rebuilt there: stateFromData).
        handle(structuredClone({ type: 'job', job: { scenario: index.scenario, hash: index.hash, state: position, rollouts: 60, seed: 'seed-a' } }));
        const parts = order(partsOf(advice.options.length, 60, size));
        const partsOfChoice = (choice: number) => parts.filter((p) => p.choice === choice).length;
        for (const part of parts) handle({ type: 'run', part });
        expect(sent[0]).toEqual({ type: 'ready' });
        const gather = choiceGatherer(index, 60);
        const gathered: ChoiceAdvice[] = [];
        const arrived = new Map<number, number>();
        for (const message of sent.slice(1)) {
          if (message.type !== 'done') throw new Error(`a worker answered ${JSON.stringify(message)}`);
          const whole = gather(message.part, message.candidate, message.endings);
          arrived.set(message.part.choice, (arrived.get(message.part.choice) ?? 0) + 1);
          // A choice is whole with its last part to arrive, not before.
          expect(whole === null).toBe(arrived.get(message.part.choice)! < partsOfChoice(message.part.choice));
          if (whole !== null) gathered[message.part.choice] = whole;
        }
        expect(gathered).toEqual(advice.options);
      }
    }
  });

  it('takes the scenario before any position, and indexes another scenario a job brings', async () => {
    const shipped = await scenarioIndex('other-asia-2019.yaml');
    const shippedPosition = openTurn(newGame(shipped, 'advice-2'), shipped, greedy);
    const sent: FromAdviceWorker[] = [];
    const handle = adviceWorker((m) => sent.push(m));
    // Started ahead with the fixture's scenario; the job that comes is the shipped scenario's.
    handle({ type: 'scenario', scenario: index.scenario, hash: index.hash });
    handle({ type: 'job', job: { scenario: shipped.scenario, hash: shipped.hash, state: shippedPosition, rollouts: 20, seed: 'seed-c' } });
    handle({ type: 'run', part: { choice: 0, from: 0, count: 20 } });
    // Then the fixture's position: its scenario's index again, not the one last used.
    handle({ type: 'job', job: { scenario: index.scenario, hash: index.hash, state: position, rollouts: 60, seed: 'seed-a' } });
    handle({ type: 'run', part: { choice: 1, from: 0, count: 60 } });
    const done = sent.filter((m) => m.type === 'done');
    expect(sent.filter((m) => m.type === 'failed')).toEqual([]);
    expect(done).toHaveLength(2);
    expect(choiceGatherer(shipped, 20)(done[0]!.part, done[0]!.candidate, done[0]!.endings)).toEqual(advise(shippedPosition, shipped, 20, 'seed-c').options[0]);
    expect(choiceGatherer(index, 60)(done[1]!.part, done[1]!.candidate, done[1]!.endings)).toEqual(advice.options[1]);
  });
});

describe('a playthrough', () => {
  it('ends as the same game played with its checksums and whole log would', () => {
    for (const seed of ['p-1', 'p-2', 'p-3', 'p-4']) {
      const turnEnded = finishTurn({ ...position, rng: seedRng(seed) }, index, greedy, []);
      const full = playOn(openTurn(turnEnded, index, greedy), index, greedy);
      expect(full.history.length).toBe(index.scenario.calendar.turns);
      expect(playThrough(position, index, [], seed)).toEqual(full.ending);
    }
  });

  it('ends as the whole game would on a shipped scenario, crises (read from the turn\'s log) included', async () => {
    const shipped = await scenarioIndex('other-asia-2019.yaml');
    const start = openTurn(newGame(shipped, 'p-crises'), shipped, greedy);
    let crises = 0;
    for (const seed of ['c-1', 'c-2', 'c-3', 'c-4', 'c-5', 'c-6']) {
      const full = playOn(openTurn(finishTurn({ ...start, rng: seedRng(seed) }, shipped, greedy, []), shipped, greedy), shipped, greedy);
      crises += full.crises.length;
      expect(playThrough(start, shipped, [], seed)).toEqual(full.ending);
    }
    expect(crises).toBeGreaterThan(0);
  });
});

describe('nearestRank', () => {
  it('takes the value at the rank ceil(p × n)', () => {
    const ten = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect([nearestRank(ten, 10), nearestRank(ten, 50), nearestRank(ten, 90), nearestRank([7], 10)]).toEqual([1, 5, 9, 7]);
    // p × n not whole: rounded up (2.5 → rank 3; 0.5 → rank 1).
    expect([nearestRank([1, 2, 3, 4, 5], 50), nearestRank([1, 2, 3, 4, 5], 10), nearestRank([1, 2, 3, 4, 5], 90)]).toEqual([3, 1, 5]);
  });
});

describe('two choices on the same dice', () => {
  const choice = (median: number, scores: number[]): ChoiceAdvice => ({ option: `o${median}`, plan: [], rollouts: scores.length, endings: [], median, low: 0, high: 0, scores });

  it('counts the playthroughs where the first scored more, less and the same', () => {
    expect(sameDice(choice(5, [3, 5, 7, 7]), choice(4, [1, 5, 9, 2]))).toEqual({ wins: 2, losses: 1, ties: 1, tooClose: true });
  });

  it('calls it too close within two standard deviations of a coin (sign test), and a clear lead beyond', () => {
    const of = (wins: number, losses: number, ties = 0) =>
      sameDice(choice(1, [...Array(wins).fill(1), ...Array(losses).fill(0), ...Array(ties).fill(0)]), choice(0, [...Array(wins).fill(0), ...Array(losses).fill(1), ...Array(ties).fill(0)]));
    expect(of(60, 40).tooClose).toBe(true); // a gap of 20 = 2·√100
    expect(of(61, 39).tooClose).toBe(false);
    expect(of(61, 39, 100).tooClose).toBe(false); // ties say nothing either way
    expect(sameDiceVerdict(of(61, 39))).toMatch(/^A clear lead/);
    expect(sameDiceVerdict(of(39, 61))).toBe('A higher median, but on the same dice the other did clearly better, more often than the dice alone would give: playthrough by playthrough, the other is the better choice.');
    // Two choices of the same median: nothing is said to be ahead by it.
    expect(sameDiceVerdict(of(25, 171), true)).toBe('The same median, and on the same dice the other did clearly better, more often than the dice alone would give: playthrough by playthrough, the other is the better choice.');
    expect(sameDiceVerdict(of(61, 39), true)).toMatch(/^The same median, but a clear lead on the same dice/);
    expect(sameDiceVerdict(of(46, 54), true)).toMatch(/^Too close to call: playthrough by playthrough it did a little worse more often, so it is not the better choice/);
    expect(sameDiceVerdict(of(50, 50))).toBe('Too close to call: other dice could well put them the other way round.');
    expect(sameDiceVerdict(of(46, 54))).toMatch(/^Too close to call: playthrough by playthrough it did a little worse more often, so the highest median does not make it the better choice/);
  });

  it('puts the higher mean first on a tie in medians', () => {
    const [low, high] = [{ ...choice(7, [1, 7, 8]), option: 'lower-mean' }, { ...choice(7, [6, 7, 9]), option: 'higher-mean' }];
    expect(bestAndNext([low, high])).toEqual({ best: high, next: low });
    const third = choice(5, [5, 5, 5]);
    expect(bestAndNext([third, low, high])).toEqual({ best: high, next: low });
  });

  it('compares the highest median (the first on a tie) with the next highest', () => {
    const [a, b, c, d] = [choice(3, []), { ...choice(7, []), option: 'first-of-the-tie' }, { ...choice(7, []), option: 'second-of-the-tie' }, choice(5, [])];
    expect(bestAndNext([a!, b!, c!, d!])).toEqual({ best: b, next: c });
    expect(bestAndNext([a!, b!, c!, d!]).best).toBe(b);
    expect(bestAndNext([a!, d!])).toEqual({ best: d, next: a });
    expect(bestAndNext([a!])).toEqual({ best: a, next: null });
  });
});
