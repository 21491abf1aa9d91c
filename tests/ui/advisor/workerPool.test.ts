// Which of the page's advice workers a run takes (src/ui/advisor/advicePool.ts, runAdvice.ts). The
// Web Workers are stood in for by objects that run the real worker code (src/app/adviceWorker.ts)
// in this thread and hold each answer until the test delivers it, so the order in which workers
// answer, and so how many playthroughs each has played, is the test's to choose rather than a race.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { advise, adviceSeed, type ChoiceAdvice } from '../../../src/app/advice';
import { adviceWorker, type FromAdviceWorker, type ToAdviceWorker } from '../../../src/app/adviceWorker';
import { createBot, indexScenario, newGame, openTurn, proposeAll, availableOptions, type GameState } from '../../../src/engine';
import { loadScenario } from '../../../src/scenario/load';
import type { AdviceResult, AdviceWatch } from '../../../src/ui/advisor/runAdvice';

const loaded = loadScenario(readFileSync(new URL('../../../scenarios/tutorial.yaml', import.meta.url), 'utf8'), 'scenarios/tutorial.yaml');
if (!loaded.ok) throw new Error('the tutorial does not load');
const index = indexScenario(loaded.scenario, loaded.hash);

/** A worker of the pool, played in this thread: what it was sent, and its answers held back. */
class HeldWorker {
  static made: HeldWorker[] = [];
  onmessage: ((e: { data: FromAdviceWorker }) => void) | null = null;
  onerror: ((e: unknown) => void) | null = null;
  readonly sent: ToAdviceWorker[] = [];
  private readonly held: FromAdviceWorker[] = [];
  private readonly handle = adviceWorker((message) => this.held.push(message));
  constructor() {
    HeldWorker.made.push(this);
  }
  postMessage(message: ToAdviceWorker): void {
    this.sent.push(message);
    this.handle(structuredClone(message));
  }
  terminate(): void {}
  /** Delivers its answers held so far, in order (each may give it a new part, held in turn); how many. */
  deliver(): number {
    const answers = this.held.splice(0);
    for (const data of answers) this.onmessage?.({ data });
    return answers.length;
  }
  /** The playthroughs it was given on the position `state` (the very object a run was asked for). */
  givenOn(state: GameState): number {
    let holds: GameState | null = null;
    let playthroughs = 0;
    for (const m of this.sent) {
      if (m.type === 'job') holds = m.job.state;
      else if (m.type === 'run' && holds === state) playthroughs += m.part.count;
    }
    return playthroughs;
  }
}

/** Delivers the workers' answers, each in turn, until none is left. */
function deliverAll(): void {
  while (HeldWorker.made.reduce((n, w) => n + w.deliver(), 0) > 0);
}

/** A watch that keeps the advice it is given. */
function watched(): AdviceWatch & { result: AdviceResult | null } {
  const watch = {
    result: null as AdviceResult | null,
    progress() {},
    done(r: AdviceResult) {
      watch.result = r;
    },
    failed(error: string) {
      throw new Error(error);
    },
  };
  return watch;
}

const firstPlanning = (seed: string) => openTurn(newGame(index, seed), index, createBot('greedy', seed));
const medians = (options: readonly ChoiceAdvice[]) => options.map((c) => c.median);

beforeEach(() => {
  HeldWorker.made = [];
  vi.resetModules(); // the pool and the last advice are the module's: a fresh page each test
  vi.stubGlobal('Worker', HeldWorker);
  vi.stubGlobal('navigator', { hardwareConcurrency: 2 }); // the work ahead on one worker, a run asked for on two
});
afterEach(() => vi.unstubAllGlobals());

describe("the advisor's workers", () => {
  it('a run worked out ahead and then asked for goes on without a cold worker', async () => {
    const { adviseAhead, prepareAdvisor, runAdvice } = await import('../../../src/ui/advisor/runAdvice');
    prepareAdvisor(index);
    expect(HeldWorker.made).toHaveLength(2);
    const state = firstPlanning('pool-cold');
    let ready = false;
    expect(adviseAhead(index, state, () => (ready = true))).toBe(true);
    HeldWorker.made[0]!.deliver(); // some parts played ahead
    const watch = watched();
    runAdvice(index, state, 200, adviceSeed(state), watch);
    deliverAll();
    expect(ready).toBe(true);
    expect(watch.result!.workers).toBe(1);
    expect(HeldWorker.made[1]!.givenOn(state)).toBe(0);
    expect(medians(watch.result!.advice.options)).toEqual(medians(advise(state, index).options));
  });

  it('a run worked out ahead and then asked for widens to a worker warmed by an earlier run', async () => {
    const { adviseAhead, prepareAdvisor, runAdvice } = await import('../../../src/ui/advisor/runAdvice');
    prepareAdvisor(index);
    // An earlier run asked for on both cold workers: each plays well over 3,000 playthroughs.
    const earlier = firstPlanning('pool-warm');
    const warmUp = watched();
    const rollouts = Math.ceil(8000 / (1 + availableOptions(earlier, index).length));
    runAdvice(index, earlier, rollouts, adviceSeed(earlier), warmUp);
    deliverAll();
    expect(warmUp.result!.workers).toBe(2);
    for (const w of HeldWorker.made) expect(w.givenOn(earlier)).toBeGreaterThanOrEqual(3000);

    // A new position, worked out ahead on one worker, then asked for: the warm second joins.
    const state = proposeAll(earlier, index, availableOptions(earlier, index).slice(0, 1));
    adviseAhead(index, state, () => {});
    expect(HeldWorker.made[1]!.givenOn(state)).toBe(0);
    HeldWorker.made[0]!.deliver();
    const watch = watched();
    runAdvice(index, state, 200, adviceSeed(state), watch);
    expect(HeldWorker.made[1]!.givenOn(state)).toBeGreaterThan(0);
    deliverAll();
    expect(watch.result!.workers).toBe(2);
    expect(medians(watch.result!.advice.options)).toEqual(medians(advise(state, index).options));
  });
});
