// A thread that plays the advisor's choices out (a Web Worker in the page, a worker thread in the
// command line) is told the position once, then parts (some playthroughs of one choice; the page
// keeps two in each worker's hand), and answers each with the part's endings: so the threads share
// one queue and whoever is free takes the next (the choices differ in cost), and the page's parts
// are small enough that a worker it holds back is soon free. The advice is the same whichever thread plays a part, and
// however a choice is cut: playthrough i's dice come from the seed and i alone.
import type { Scenario } from '../scenario/schema';
import { candidatesAt, indexScenario, playCandidate, stateFromData, type Candidate, type EndingResult, type GameState, type ScenarioIndex } from '../engine';
import { summarise, type ChoiceAdvice } from './advice';

/** The position to advise on. */
export interface AdviceJob {
  scenario: Scenario;
  hash: string;
  state: GameState;
  rollouts: number;
  seed: string;
}

/** Playthroughs `from` … `from + count − 1` of a choice, by its place in candidatesAt's list. */
export interface AdvicePart {
  choice: number;
  from: number;
  count: number;
}

/** `scenario` ahead of any position (the page's workers, started before the advisor is asked) lets the worker index it while nobody waits. */
export type ToAdviceWorker = { type: 'scenario'; scenario: Scenario; hash: string } | { type: 'job'; job: AdviceJob } | { type: 'run'; part: AdvicePart };

/** `ready` once the worker's code has loaded and it can take a part; `done` with the part's choice and endings. */
export type FromAdviceWorker =
  | { type: 'ready' }
  | { type: 'done'; part: AdvicePart; candidate: Candidate; endings: EndingResult[] }
  | { type: 'failed'; message: string };

/** Every choice's playthroughs in parts of at most `size`, choice after choice (so whole choices come back in order). */
export function partsOf(choices: number, rollouts: number, size: number): AdvicePart[] {
  const parts: AdvicePart[] = [];
  for (let choice = 0; choice < choices; choice++) {
    for (let from = 0; from < rollouts; from += size) parts.push({ choice, from, count: Math.min(size, rollouts - from) });
  }
  return parts;
}

/** Gathers each choice's parts: `add` gives the choice's advice once its last part is in, else null. */
export function choiceGatherer(index: ScenarioIndex, rollouts: number): (part: AdvicePart, candidate: Candidate, endings: readonly EndingResult[]) => ChoiceAdvice | null {
  // Each choice's results in playthrough order, whatever order its parts come back in.
  const gathered = new Map<number, { results: EndingResult[]; count: number }>();
  return (part, candidate, endings) => {
    const sofar = gathered.get(part.choice) ?? { results: new Array<EndingResult>(rollouts), count: 0 };
    for (let k = 0; k < endings.length; k++) sofar.results[part.from + k] = endings[k]!;
    sofar.count += endings.length;
    gathered.set(part.choice, sofar);
    if (sofar.count < rollouts) return null;
    gathered.delete(part.choice);
    return summarise(index, candidate, sofar.results);
  };
}

/** The worker's side, on any platform: says it is ready, and returns the handler of its messages. */
export function adviceWorker(send: (message: FromAdviceWorker) => void): (message: ToAdviceWorker) => void {
  let job: { job: AdviceJob; index: ScenarioIndex; candidates: Candidate[] } | null = null;
  // The scenario's index, kept from one position to the next: a game's positions share one scenario.
  let indexed: ScenarioIndex | null = null;
  const indexOf = (scenario: Scenario, hash: string) => (indexed !== null && indexed.hash === hash ? indexed : (indexed = indexScenario(scenario, hash)));
  send({ type: 'ready' });
  return (message) => {
    try {
      if (message.type === 'scenario') {
        indexOf(message.scenario, message.hash);
        return;
      }
      if (message.type === 'job') {
        const index = indexOf(message.job.scenario, message.job.hash);
        // The position came as a copy of data: its lists and objects in the rules' own shapes (stateFromData.ts).
        const position = { ...message.job, state: stateFromData(message.job.state) };
        job = { job: position, index, candidates: candidatesAt(position.state, index) };
        return;
      }
      if (job === null) throw new Error('a part was sent before the position');
      const { part } = message;
      const candidate = job.candidates[part.choice]!;
      send({ type: 'done', part, candidate, endings: playCandidate(job.job.state, job.index, candidate, job.job.seed, part.from, part.from + part.count) });
    } catch (e) {
      send({ type: 'failed', message: e instanceof Error ? e.message : String(e) });
    }
  };
}
