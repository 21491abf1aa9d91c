// The advisor's "What if?": for each choice open at a turn's planning (ending the turn now, or
// proposing one open option first), playthroughs of the rest of the game from the present state
// with the computer's choices (the greedy bot) over fresh dice of the advisor's own, and the
// distribution of their outcomes: how often each ending comes out, the median score and its
// 10–90 % band. Not a prediction of the game's own dice: the game's generator is never read.
// One pure module for the command line's `advise` and the browser's worker; they time it.
import { candidatesAt, playCandidate, type Candidate, type EndingResult, type GameState, type ScenarioIndex } from '../engine';

/** Playthroughs per choice unless asked otherwise. */
export const DEFAULT_ROLLOUTS = 200;

export interface ChoiceAdvice {
  /** The option proposed first, or null for ending the turn with what is proposed already. */
  option: string | null;
  /** What the playthroughs propose this turn: the option, then the computer's other proposals. */
  plan: string[];
  rollouts: number;
  /** Every ending of the scenario, in file order, with how many playthroughs reached it. */
  endings: { id: string; count: number }[];
  /** Scores by nearest rank: the 10th percentile, the median and the 90th. */
  median: number;
  low: number;
  high: number;
  /** Each playthrough's final score, in playthrough order: playthrough i of every choice was played on the same dice. */
  scores: number[];
}

export interface Advice {
  turn: number;
  /** The seed of the playthroughs' dice: playthrough i of every choice uses `${seed}/${i}`. */
  seed: string;
  rollouts: number;
  options: ChoiceAdvice[];
}

/** The advisor's seed when none is given: the game's seed and the turn, never its generator's state. */
export const adviceSeed = (state: GameState) => `${state.seed}/advisor/${state.turn}`;

/** The value at the nearest rank of `percent` in ascending `sorted` (never empty). */
export function nearestRank(sorted: readonly number[], percent: number): number {
  return sorted[Math.max(0, Math.ceil((percent / 100) * sorted.length) - 1)]!;
}

/** The distribution of a choice's playthroughs, given in playthrough order. */
export function summarise(index: ScenarioIndex, candidate: Candidate, results: readonly EndingResult[]): ChoiceAdvice {
  const scores = results.map((r) => r.score);
  const sorted = [...scores].sort((a, b) => a - b);
  const endings = index.scenario.endings.map((e) => ({ id: e.id, count: results.filter((r) => r.id === e.id).length }));
  return {
    option: candidate.first,
    plan: candidate.plan,
    rollouts: results.length,
    endings,
    median: nearestRank(sorted, 50),
    low: nearestRank(sorted, 10),
    high: nearestRank(sorted, 90),
    scores,
  };
}

/** Two choices played out on the same dice: in how many playthroughs the first scored more, less, or the same. */
export interface SameDice {
  wins: number;
  losses: number;
  ties: number;
  /**
   * Whether the difference between wins and losses could well be the dice's: within two standard
   * deviations of what a coin would give (|wins − losses| ≤ 2·√(wins + losses), the sign test at
   * about 5 %), so that other dice could put the two in the other order.
   */
  tooClose: boolean;
}

export function sameDice(a: ChoiceAdvice, b: ChoiceAdvice): SameDice {
  const played = Math.min(a.scores.length, b.scores.length);
  let wins = 0;
  let losses = 0;
  for (let i = 0; i < played; i++) {
    if (a.scores[i]! > b.scores[i]!) wins++;
    else if (a.scores[i]! < b.scores[i]!) losses++;
  }
  const ties = played - wins - losses;
  const gap = wins - losses;
  // Squared to stay in integers: gap² ≤ 4·(wins + losses).
  return { wins, losses, ties, tooClose: gap * gap <= 4 * (wins + losses) };
}

/** A comparison's counts in words the page and the command line share: "in W of N playthroughs, less in L, the same in T". */
export function sameDiceCounts({ wins, losses, ties }: SameDice): string {
  return `in ${wins} of ${wins + losses + ties} playthroughs, less in ${losses}, the same in ${ties}`;
}

/**
 * What a comparison on the same dice says, in words the page and the command line share.
 * `sameMedian`: the two have the same median, so only the same dice can tell them apart.
 */
export function sameDiceVerdict({ wins, losses, tooClose }: SameDice, sameMedian = false): string {
  // Said when the higher median lost more playthroughs than it won, which read as a contradiction.
  if (tooClose && losses > wins) return `Too close to call: playthrough by playthrough it did a little worse more often, so ${sameMedian ? 'it is not' : 'the highest median does not make it'} the better choice, and other dice could well put them the other way round.`;
  if (tooClose) return 'Too close to call: other dice could well put them the other way round.';
  if (wins > losses) return `${sameMedian ? 'The same median, but a' : 'A'} clear lead on the same dice: more than the dice alone would give.`;
  return `${sameMedian ? 'The same median, and' : 'A higher median, but'} on the same dice the other did clearly better, more often than the dice alone would give: playthrough by playthrough, the other is the better choice.`;
}

/** The sum of a choice's scores: its mean, for choices of as many playthroughs. */
const total = (o: ChoiceAdvice) => o.scores.reduce((sum, score) => sum + score, 0);
/** Whether `o` ranks above `than`: the higher median, and on the same median the higher mean. */
const ranksAbove = (o: ChoiceAdvice, than: ChoiceAdvice) => o.median > than.median || (o.median === than.median && total(o) > total(than));

/**
 * The choice with the highest median and the next highest, which it is compared with on the same
 * dice; on a tie in medians the higher mean first (the first listed on a tie in both).
 */
export function bestAndNext(options: readonly ChoiceAdvice[]): { best: ChoiceAdvice; next: ChoiceAdvice | null } {
  let best = options[0]!;
  for (const o of options) if (ranksAbove(o, best)) best = o;
  let next: ChoiceAdvice | null = null;
  for (const o of options) if (o !== best && (next === null || ranksAbove(o, next))) next = o;
  return { best, next };
}

/** One choice's advice: its `rollouts` playthroughs over the dice of `seed`, summarised. */
export function adviseChoice(state: GameState, index: ScenarioIndex, candidate: Candidate, rollouts: number, seed: string): ChoiceAdvice {
  return summarise(index, candidate, playCandidate(state, index, candidate, seed, 0, rollouts));
}

/** The advice on every choice, in this thread (workers share the choices out: adviceWorker.ts). */
export function advise(state: GameState, index: ScenarioIndex, rollouts = DEFAULT_ROLLOUTS, seed = adviceSeed(state)): Advice {
  return { turn: state.turn, seed, rollouts, options: candidatesAt(state, index).map((c) => adviseChoice(state, index, c, rollouts, seed)) };
}
