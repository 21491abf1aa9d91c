// Which of the page's advice workers a run takes (src/ui/advisor/advicePool.ts, runAdvice.ts). The
// Web Workers are stood in for by objects that run the real worker code (src/app/adviceWorker.ts)
// in this thread and hold each answer until the test delivers it, so the order in which workers
// answer, and so how many playthroughs each has played, is the test's to choose rather than a race.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { advise, adviceSeed, type ChoiceAdvice } from '../../../src/app/advice';
import { adviceWorker, type FromAdviceWorker, type ToAdviceWorker } from '../../../src/app/adviceWorker';
import { createBot, indexScenario, newGame, openTurn, availableOptions, type GameState } from '../../../src/engine';
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
  /** Parts answered so far (delivered). */
  answeredCount = 0;
  /** Delivers its answers held so far, in order (each may give it a new part, held in turn); how many. */
  deliver(): number {
    const answers = this.held.splice(0);
    for (const data of answers) this.onmessage?.({ data });
    this.answeredCount += answers.filter((a) => a.type === 'done').length;
    return answers.length;
  }
  /** Delivers its oldest answer to a part (and the 'ready' before it, if still held). */
  deliverOne(): void {
    while (this.held[0]?.type === 'ready') this.onmessage?.({ data: this.held.shift()! });
    const data = this.held.shift()!;
    this.answeredCount++;
    this.onmessage?.({ data });
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

/** The workers a run is shared among: one per core but one, at most four (advicePool.ts, threadsFor). */
const poolOf = (cores: number) => Math.max(1, Math.min(4, cores - 1));

/** The page's workers started before any run, as the play screen starts them (prepareAdvisor.ts). */
async function prepared(): Promise<void> {
  const { prepareWorkers } = await import('../../../src/ui/advisor/advicePool');
  prepareWorkers(index.scenario, index.hash);
}

beforeEach(() => {
  HeldWorker.made = [];
  vi.resetModules(); // the pool and the last advice are the module's: a fresh page each test
  vi.stubGlobal('Worker', HeldWorker);
});
afterEach(() => vi.unstubAllGlobals());

describe("the advisor's workers", () => {
  it.each([1, 2, 3, 8])('on %i cores, are one per core but one (at least one, at most four), every run shared among them all', async (cores) => {
    vi.stubGlobal('navigator', { hardwareConcurrency: cores });
    const { runAdvice } = await import('../../../src/ui/advisor/runAdvice');
    await prepared();
    expect(HeldWorker.made).toHaveLength(poolOf(cores));
    // Each play screen prepares them again: the scenario is copied to each worker once.
    await prepared();
    for (const w of HeldWorker.made) expect(w.sent.filter((m) => m.type === 'scenario')).toHaveLength(1);
    const state = firstPlanning(`pool-${cores}`);
    const watch = watched();
    runAdvice(index, state, 200, adviceSeed(state), watch);
    deliverAll();
    expect(HeldWorker.made).toHaveLength(poolOf(cores));
    expect(watch.result!.workers).toBe(poolOf(cores));
    for (const w of HeldWorker.made) expect(w.givenOn(state)).toBeGreaterThan(0);
    // Every playthrough played once.
    expect(HeldWorker.made.reduce((n, w) => n + w.givenOn(state), 0)).toBe(200 * (1 + availableOptions(state, index).length));
    expect(medians(watch.result!.advice.options)).toEqual(medians(advise(state, index).options));
  });

  it('a run worked out ahead, held while the player used the page, and then asked for goes on where it was, on the same workers', async () => {
    vi.stubGlobal('navigator', { hardwareConcurrency: 3 });
    const { adviseAhead, holdAhead, runAdvice } = await import('../../../src/ui/advisor/runAdvice');
    await prepared();
    const state = firstPlanning('pool-ahead');
    let ready = false;
    expect(adviseAhead(index, state, () => (ready = true))).toBe(true);
    HeldWorker.made[0]!.deliver(); // some parts played ahead
    // The player clicks: the run is held, its workers finish their parts and take no other.
    holdAhead(true);
    deliverAll();
    const before = HeldWorker.made.reduce((n, w) => n + w.givenOn(state), 0);
    expect(before).toBeGreaterThan(0);
    expect(ready).toBe(false);
    const watch = watched();
    runAdvice(index, state, 200, adviceSeed(state), watch);
    deliverAll();
    expect(ready).toBe(true);
    expect(watch.result!.workers).toBe(2);
    // Joined, not begun again: no playthrough played twice.
    expect(HeldWorker.made.reduce((n, w) => n + w.givenOn(state), 0)).toBe(200 * (1 + availableOptions(state, index).length));
    expect(medians(watch.result!.advice.options)).toEqual(medians(advise(state, index).options));
  });

  it('each hold two parts at once, and finish an older run\'s before they are told a new position', async () => {
    vi.stubGlobal('navigator', { hardwareConcurrency: 2 });
    const { PARTS_IN_HAND } = await import('../../../src/ui/advisor/advicePool');
    const { runAdvice } = await import('../../../src/ui/advisor/runAdvice');
    await prepared();
    const [worker] = HeldWorker.made;
    const unanswered = () => worker!.sent.filter((m) => m.type === 'run').length - worker!.answeredCount;
    const first = firstPlanning('pool-hand-1');
    const stopFirst = runAdvice(index, first, 200, adviceSeed(first), watched());
    expect(PARTS_IN_HAND).toBe(2);
    expect(unanswered()).toBe(2); // the next part is in hand while it plays one
    worker!.deliverOne();
    expect(unanswered()).toBe(2);
    // Another position, asked for while two parts of the first are in hand: they are played out first.
    stopFirst();
    const second = firstPlanning('pool-hand-2');
    const watch = watched();
    runAdvice(index, second, 200, adviceSeed(second), watch);
    expect(worker!.givenOn(second)).toBe(0);
    worker!.deliverOne();
    expect(worker!.givenOn(second)).toBe(0);
    worker!.deliverOne();
    expect(worker!.givenOn(second)).toBe(2 * 25);
    deliverAll();
    // The first run's late answers were not taken for the second's.
    expect(medians(watch.result!.advice.options)).toEqual(medians(advise(second, index).options));
  });

  it('tell the page while they have a run, asked for or ahead, so that what can wait (installing for offline play) waits', async () => {
    vi.stubGlobal('navigator', { hardwareConcurrency: 2 });
    const { adviseAhead, runAdvice, stopAhead } = await import('../../../src/ui/advisor/runAdvice');
    const { advisorQuiet } = await import('../../../src/ui/advisor/advisorWorking');
    const quietNow = async () => {
      let quiet = false;
      void advisorQuiet().then(() => (quiet = true));
      await Promise.resolve();
      await Promise.resolve();
      return quiet;
    };
    await prepared();
    expect(await quietNow()).toBe(true); // loaded, but nothing to play
    const state = firstPlanning('pool-quiet');
    const watch = watched();
    runAdvice(index, state, 50, adviceSeed(state), watch);
    let waited = false;
    const waiting = advisorQuiet().then(() => (waited = true));
    HeldWorker.made[0]!.deliver();
    expect(await quietNow()).toBe(false);
    deliverAll();
    expect(watch.result).not.toBeNull();
    await waiting;
    expect(waited).toBe(true);
    // A run ahead counts too, until it is stopped.
    const next = firstPlanning('pool-quiet-ahead');
    expect(adviseAhead(index, next, () => {})).toBe(true);
    expect(await quietNow()).toBe(false);
    stopAhead();
    expect(await quietNow()).toBe(true);
  });
});
